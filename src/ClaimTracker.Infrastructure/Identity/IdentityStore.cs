using Microsoft.AspNetCore.Identity;

namespace ClaimTracker.Infrastructure.Identity;

public static class IdentityStore
{
    /// <summary>Store settings shared by the app and the design-time tools, so both see the same tables.</summary>
    public static void Configure(IdentityOptions options) => options.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
}
