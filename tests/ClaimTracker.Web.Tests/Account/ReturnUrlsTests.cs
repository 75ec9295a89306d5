using ClaimTracker.Web.Components.Account;

namespace ClaimTracker.Web.Tests.Account;

/// <summary>The one return-URL check behind sign-in and sign-out: only paths in this app are followed.</summary>
public sealed class ReturnUrlsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("//evil.example/")]
    [InlineData("///evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("\\evil.example")]
    [InlineData("\\\\evil.example")]
    [InlineData("/statements\\..\\x")]
    [InlineData("https://evil.example/")]
    [InlineData("http:evil.example")]
    [InlineData("HTTPS://evil.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("~//evil.example")]
    [InlineData("~/\\evil.example")]
    [InlineData("/\tevil")]
    [InlineData("/\r\nLocation: https://evil.example")]
    [InlineData(" //evil.example")]
    public void A_hostile_or_missing_return_url_goes_home(string? returnUrl) =>
        Assert.Equal("/", ReturnUrls.ToLocalPath(returnUrl));

    [Theory]
    [InlineData("/statements/5", "/statements/5")]
    [InlineData("statements/5", "/statements/5")]
    [InlineData("~/statements/5", "/statements/5")]
    [InlineData("/statements?q=a:b&page=2", "/statements?q=a:b&page=2")]
    [InlineData("statements?speaker=3#top", "/statements?speaker=3#top")]
    [InlineData("/", "/")]
    public void A_path_in_the_app_is_kept(string returnUrl, string expected) =>
        Assert.Equal(expected, ReturnUrls.ToLocalPath(returnUrl));
}
