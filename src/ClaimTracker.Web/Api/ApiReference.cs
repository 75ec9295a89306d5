using System.IO.Compression;
using System.Reflection;
using Scalar.AspNetCore;

namespace ClaimTracker.Web.Api;

/// <summary>
/// The interactive API reference at <c>/api-reference</c>, for signed-in members (anyone else is sent to sign in):
/// Scalar's browser bundle, taken from the Scalar.AspNetCore package and served by the app itself, drawn from the
/// document at <c>/openapi/v1.json</c>. The package's own page starts Scalar with an inline script, which our
/// Content-Security-Policy (script-src 'self') refuses; this page has none: the bundle and a small start-up file
/// (wwwroot/js/api-reference.js) are both files of this app, so the policy stays as strict as everywhere else. The
/// element is not called "api-reference": the bundle starts a second, unconfigured reference on an element of that
/// name by itself (with fonts from elsewhere).
/// </summary>
public static class ApiReference
{
    public const string Path = "/api-reference";
    public const string BundlePath = Path + "/scalar.js";

    private const string Page = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>API reference · ClaimTracker</title>
            <!-- Named, as on every other page: without it the browser asks for /favicon.ico, which is not there. -->
            <link rel="icon" type="image/png" href="favicon.png" />
        </head>
        <body>
            <div id="claimtracker-api" data-document="openapi/v1.json"></div>
            <script src="api-reference/scalar.js"></script>
            <script src="js/api-reference.js"></script>
        </body>
        </html>
        """;

    /// <summary>Read once from the package, unzipped when it ships compressed.</summary>
    private static readonly Lazy<byte[]> Bundle = new(ReadBundle);

    public static void MapApiReference(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, () => Results.Content(Page, "text/html; charset=utf-8"))
            .RequireAuthorization()
            .ExcludeFromDescription();
        app.MapGet(BundlePath, (HttpContext http) =>
        {
            // Private: only signed-in members fetch it; a day is long enough, the file changes only with the package.
            http.Response.Headers.CacheControl = "private, max-age=86400";
            return Results.Bytes(Bundle.Value, "text/javascript; charset=utf-8");
        })
            .RequireAuthorization()
            .ExcludeFromDescription();
    }

    private static byte[] ReadBundle()
    {
        var assembly = typeof(ScalarOptions).Assembly;
        var name = assembly.GetManifestResourceNames()
            .FirstOrDefault(n => n.EndsWith("scalar.js", StringComparison.Ordinal) && !n.EndsWith("aspnetcore.js", StringComparison.Ordinal))
            ?? throw new InvalidOperationException(
                $"Scalar.AspNetCore {assembly.GetName().Version} holds no scalar.js resource: check ApiReference after a package update.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.ToArray();
        if (bytes is [0x1f, 0x8b, ..])
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var plain = new MemoryStream();
            gzip.CopyTo(plain);
            return plain.ToArray();
        }
        return bytes;
    }

    /// <summary>The package version the bundle comes from, for the README and a test.</summary>
    public static string? ScalarVersion =>
        typeof(ScalarOptions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
}
