using ClaimTracker.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace ClaimTracker.BrowserTests;

/// <summary>The app in the Production environment, on its own port.</summary>
public sealed class ProductionApp : IAsyncLifetime
{
    private readonly ClaimTrackerAppFactory _app = new("Production");

    public IPlaywright Playwright { get; private set; } = null!;

    public IAPIRequestContext Api { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _app.Start();
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Api = await Playwright.APIRequest.NewContextAsync(new() { BaseURL = _app.BaseUrl });
    }

    public async Task DisposeAsync()
    {
        await Api.DisposeAsync();
        Playwright.Dispose();
        await _app.DisposeAsync();
    }
}

/// <summary>
/// Bad input to the API gets ProblemDetails JSON in Production too, where the framework would otherwise answer a
/// binding failure with an empty 400 and a missing route with the HTML not-found page. Anonymous: Production has
/// no demo accounts, and the query string is read before anyone is asked who they are.
/// </summary>
public sealed class ApiProductionTests(ProductionApp app) : IClassFixture<ProductionApp>
{
    public static TheoryData<string, int> BadRequests => new()
    {
        { "/api/statements?pageSize=abc", 400 },
        { "/api/statements?pageSize=1.5", 400 },
        { "/api/statements?pageSize=", 400 },
        { "/api/statements?pageSize=5&pageSize=6", 400 },
        { "/api/statements?unrated=maybe", 400 },
        { "/api/statements?speaker=99999999999", 400 },
        { "/api/statements?topic=abc", 400 },
        { "/api/speakers?pageSize=abc", 400 },
        { "/api/statements/abc", 404 },
        { "/api/statements/99999999999", 404 },
        { "/api/speakers/abc/x", 404 },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Bad_input_gets_a_problem_json_answer_in_production(string url, int status)
    {
        var response = await app.Api.GetAsync(url);

        await ReadApiTests.AssertProblemAsync(response, status);
    }

    [Fact]
    public async Task A_good_request_without_a_session_gets_a_401_problem_in_production()
    {
        var response = await app.Api.GetAsync("/api/statements?q=mediate");

        Assert.Equal(401, response.Status);
        Assert.StartsWith("application/problem+json", response.Headers["content-type"], StringComparison.Ordinal);
    }
}
