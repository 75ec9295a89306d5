using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Statements;
using ClaimTracker.BrowserTests.Infrastructure;
using ClaimTracker.Web.Setup;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClaimTracker.BrowserTests.ApiDocs;

/// <summary>The OpenAPI document at /openapi/v1.json and the reference page drawn from it.</summary>
public sealed class ApiDescriptionTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private async Task<JsonElement> DocumentAsync()
    {
        var page = await NewAnonymousPageAsync();
        var response = await page.Context.APIRequest.GetAsync("/openapi/v1.json");
        Assert.Equal(200, response.Status);
        return (await response.JsonAsync())!.Value;
    }

    /// <summary>Every GET (or other method) route the app maps under /api, as the routing system knows it.</summary>
    private List<(string Method, string Path)> ApiRoutes() =>
        Fixture.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => (Path: "/" + e.RoutePattern.RawText!.TrimStart('/'), Methods: e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["ANY"]))
            .Where(e => e.Path.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(e => e.Methods.Select(m => (m, e.Path)))
            .ToList();

    [Fact]
    public async Task Every_api_endpoint_the_app_maps_is_in_the_document()
    {
        var document = await DocumentAsync();
        var paths = document.GetProperty("paths");
        var routes = ApiRoutes();

        Assert.True(routes.Count >= 7, $"Only {routes.Count} /api routes were found; the test would prove nothing.");
        var missing = routes.Where(r => !paths.TryGetProperty(r.Path, out var item) || !item.TryGetProperty(r.Method.ToLowerInvariant(), out _))
            .Select(r => $"{r.Method} {r.Path}").ToList();
        Assert.True(missing.Count == 0, "Missing from /openapi/v1.json: " + string.Join(", ", missing));
        // And nothing beyond the API (pages, account endpoints) is described as part of it.
        Assert.All(paths.EnumerateObject(), p => Assert.StartsWith("/api/", p.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_statement_list_is_described_with_the_filters_parameters_its_page_and_its_problems()
    {
        var document = await DocumentAsync();
        var list = document.GetProperty("paths").GetProperty("/api/statements").GetProperty("get");

        var parameters = list.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        Assert.Equal(StatementFilter.Names.All.Order(), parameters.Keys.Order());
        Assert.All(parameters.Values, p => Assert.Equal("query", p.GetProperty("in").GetString()));
        Assert.Equal("date", parameters["from"].GetProperty("schema").GetProperty("format").GetString());
        Assert.Contains("Published", parameters["status"].GetProperty("schema").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(100, parameters["pageSize"].GetProperty("schema").GetProperty("maximum").GetInt32());

        var responses = list.GetProperty("responses");
        Assert.Equal("#/components/schemas/PageOfStatementSummary", Schema(responses, "200", "application/json"));
        Assert.Equal("#/components/schemas/HttpValidationProblemDetails", Schema(responses, "400", "application/problem+json"));
        Assert.Equal("#/components/schemas/ProblemDetails", Schema(responses, "401", "application/problem+json"));
        Assert.Equal("#/components/schemas/ProblemDetails", Schema(responses, "403", "application/problem+json"));

        var schemas = document.GetProperty("components").GetProperty("schemas");
        var summary = schemas.GetProperty("StatementSummary").GetProperty("properties");
        Assert.Equal("date", summary.GetProperty("saidOn").GetProperty("format").GetString());
        Assert.Equal("#/components/schemas/StatementSummary",
            schemas.GetProperty("PageOfStatementSummary").GetProperty("properties").GetProperty("items").GetProperty("items").GetProperty("$ref").GetString());

        var one = document.GetProperty("paths").GetProperty("/api/statements/{id}").GetProperty("get");
        var id = Assert.Single(one.GetProperty("parameters").EnumerateArray());
        Assert.Equal(("id", "path", "integer"), (id.GetProperty("name").GetString(), id.GetProperty("in").GetString(), id.GetProperty("schema").GetProperty("type").GetString()));
        Assert.Equal("#/components/schemas/ProblemDetails", Schema(one.GetProperty("responses"), "404", "application/problem+json"));
        Assert.Equal("#/components/schemas/StatementDetails", Schema(one.GetProperty("responses"), "200", "application/json"));

        var csv = document.GetProperty("paths").GetProperty("/api/statements.csv").GetProperty("get");
        Assert.True(csv.GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("text/csv", out _));
        Assert.DoesNotContain("after", csv.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
    }

    /// <summary>
    /// The document is honest about sign-in: an operation that lists the sign-in cookie as its security answers an
    /// anonymous caller with 401, and one that does not (the public side) answers them.
    /// </summary>
    [Fact]
    public async Task Each_operation_needs_sign_in_exactly_when_the_document_says_so()
    {
        var document = await DocumentAsync();
        var anonymous = await NewAnonymousPageAsync();
        var wrong = new List<string>();

        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var membersOnly = operation.Value.TryGetProperty("security", out var security) && security.GetArrayLength() > 0;
                var url = path.Name.Replace("{id}", "1", StringComparison.Ordinal);
                var status = (await anonymous.Context.APIRequest.GetAsync(url)).Status;
                if (membersOnly != (status == 401))
                {
                    wrong.Add($"{path.Name}: documented {(membersOnly ? "members only" : "anonymous")}, answered {status}");
                }
                if (membersOnly)
                {
                    Assert.True(operation.Value.GetProperty("responses").TryGetProperty("401", out _), $"{path.Name} does not document its 401.");
                }
            }
        }
        Assert.True(wrong.Count == 0, string.Join("; ", wrong));
        Assert.Equal("cookie", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("signInCookie").GetProperty("in").GetString());
    }

    [Fact]
    public async Task The_reference_page_sends_anonymous_visitors_to_sign_in()
    {
        var page = await NewAnonymousPageAsync();

        await page.GotoAsync("/api-reference");

        await Expect(page).ToHaveURLAsync(new Regex(@"/Account/Login\?ReturnUrl=%2Fapi-reference$"));
    }

    [Fact]
    public async Task The_reference_page_draws_the_api_from_files_of_the_app_under_the_strict_policy()
    {
        var page = await NewSignedInPageAsync(Roles.Viewer);
        var elsewhere = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(Fixture.BaseUrl, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                lock (elsewhere)
                {
                    elsewhere.Add(request.Url);
                }
            }
        };

        var response = await page.GotoAsync("/api-reference");

        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, response!.Headers["content-security-policy"]);
        await Expect(page.GetByText("ClaimTracker API").First).ToBeVisibleAsync();
        await Expect(page.GetByText("Statements matching a filter, one page at a time").First).ToBeVisibleAsync();
        await ScreenshotAsync(page, "api-reference");
        Assert.Empty(elsewhere);
    }

    private static string? Schema(JsonElement responses, string status, string mediaType) =>
        responses.GetProperty(status).GetProperty("content").GetProperty(mediaType).GetProperty("schema").GetProperty("$ref").GetString();
}
