namespace ClaimTracker.Web.Components.Account;

/// <summary>
/// The one check of a return URL after sign-in or sign-out: only a path in this app is followed. Anything else
/// (another site, a scheme, "//host", "/\host" which browsers read as "//host", control characters) goes home, so a
/// hostile link can neither send a member elsewhere nor make the redirect fail.
/// </summary>
public static class ReturnUrls
{
    public const string Home = "/";

    /// <summary>
    /// An app-relative path ("/statements/5?x=1") for <paramref name="returnUrl"/>, which may be written with a leading
    /// "/", "~/" or relative to the base ("statements/5"); <see cref="Home"/> when it is missing or not local.
    /// </summary>
    public static string ToLocalPath(string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl) || returnUrl.Any(c => c == '\\' || char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            return Home;
        }
        var path = returnUrl.StartsWith("~/", StringComparison.Ordinal) ? returnUrl[1..] : returnUrl;
        if (!path.StartsWith('/'))
        {
            // A colon before the first '/', '?' or '#' names a scheme (https:, javascript:): not a path of ours.
            var end = path.IndexOfAny(['/', '?', '#']);
            if ((end < 0 ? path : path[..end]).Contains(':'))
            {
                return Home;
            }
            path = "/" + path;
        }
        return path.StartsWith("//", StringComparison.Ordinal) ? Home : path;
    }
}
