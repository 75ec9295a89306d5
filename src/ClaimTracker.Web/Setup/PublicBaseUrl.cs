namespace ClaimTracker.Web.Setup;

/// <summary>
/// The one place absolute links to this app are made from (JSON-LD ids, anything shared outside the browser).
/// Outside Development it is <c>Desk:PublicBaseUrl</c>, required at start-up: the request's Host header is chosen
/// by whoever sends the request (AllowedHosts is "*"), so building ids from it would let a caller mint ids on any
/// site. In Development, where the app runs on whatever port a developer or test picked, the request's own address
/// is used when the setting is absent.
/// </summary>
public sealed class PublicBaseUrl
{
    public const string Setting = "Desk:PublicBaseUrl";

    private readonly Uri? _configured;

    public PublicBaseUrl(IConfiguration configuration, IHostEnvironment environment)
    {
        var value = configuration[Setting];
        if (string.IsNullOrWhiteSpace(value))
        {
            if (!environment.IsDevelopment())
            {
                throw new InvalidOperationException(
                    $"Set {Setting} (environment variable Desk__PublicBaseUrl) to the address members use, e.g. https://claims.example.org/.");
            }
            return;
        }
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            throw new InvalidOperationException($"{Setting} must be an absolute http(s) address without query or fragment; it is '{value}'.");
        }
        _configured = new Uri(uri.AbsoluteUri.EndsWith('/') ? uri.AbsoluteUri : uri.AbsoluteUri + "/");
    }

    /// <summary>The configured base; null when Development left it out (the command line then has no address to use).</summary>
    public Uri? Configured => _configured;

    /// <summary>For components, which have no request: the configured base, else the app's own base address (Development only).</summary>
    public Uri For(string appBaseUri) => _configured ?? new Uri(appBaseUri);

    /// <summary>The base every absolute link starts with, ending in '/'.</summary>
    public Uri For(HttpRequest request) =>
        _configured ?? new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");
}
