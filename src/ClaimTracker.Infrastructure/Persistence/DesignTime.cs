using ClaimTracker.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Infrastructure.Persistence;

/// <summary>Builds the context the way dotnet-ef needs it, without the web host.</summary>
public static class DesignTime
{
    /// <summary>
    /// Identity reads its schema version (Version3 brings the passkeys table) from IdentityOptions in the app's
    /// service provider. Design-time tools have no app, so the same options are supplied here; otherwise the
    /// migrations would describe fewer tables than the running app expects.
    /// </summary>
    public static ClaimTrackerDbContext Create(DatabaseProvider provider, string connectionString)
    {
        var services = new ServiceCollection()
            .Configure<IdentityOptions>(IdentityStore.Configure)
            .BuildServiceProvider();
        var options = new DbContextOptionsBuilder<ClaimTrackerDbContext>().UseApplicationServiceProvider(services);
        DependencyInjection.UseProvider(options, provider, connectionString);
        return new ClaimTrackerDbContext(options.Options);
    }
}
