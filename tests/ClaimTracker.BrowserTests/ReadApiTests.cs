using ClaimTracker.Application.Common.Security;
using ClaimTracker.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ClaimTracker.BrowserTests;

/// <summary>The JSON API, called with the cookies of a browser session, as a page's script would.</summary>
public sealed class ReadApiTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private const string ProblemJson = "application/problem+json";

    [Fact]
    public async Task Signed_in_session_searching_the_api_gets_the_matching_claim_as_json()
    {
        var page = await NewSignedInPageAsync(Roles.Viewer);

        var response = await page.Context.APIRequest.GetAsync("/api/statements?search=mediate");

        Assert.Equal(200, response.Status);
        Assert.StartsWith("application/json", response.Headers["content-type"], StringComparison.Ordinal);
        var body = await response.JsonAsync();
        var items = body!.Value.GetProperty("items").EnumerateArray().ToList();
        var claim = Assert.Single(items, i => i.GetProperty("quote").GetString() == "Indian Prime Minister Narendra Modi had asked him to mediate the conflict");
        Assert.Equal("Donald Trump", claim.GetProperty("speakerName").GetString());
        Assert.Equal("2019-07-22", claim.GetProperty("saidOn").GetString());
        Assert.Equal("False", claim.GetProperty("verdict").GetString());
        // Each result says where it matched (quote, names, topics or context), with the matching words' offsets.
        Assert.All(items, i => Assert.Contains("\"start\"", i.GetProperty("match").GetRawText(), StringComparison.Ordinal));
        Assert.Equal("mediate", Marked(claim.GetProperty("match").GetProperty("quote")));
    }

    [Fact]
    public async Task Signed_in_session_asking_for_an_unknown_statement_gets_a_404_problem()
    {
        var page = await NewSignedInPageAsync(Roles.Viewer);

        var response = await page.Context.APIRequest.GetAsync("/api/statements/999999");

        Assert.Equal(404, response.Status);
        Assert.StartsWith(ProblemJson, response.Headers["content-type"], StringComparison.Ordinal);
        var problem = (await response.JsonAsync())!.Value;
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Equal("Not found.", problem.GetProperty("title").GetString());
        Assert.Equal("/api/statements/999999", problem.GetProperty("instance").GetString());
    }

    [Fact]
    public async Task Anonymous_caller_gets_a_401_problem_instead_of_statements()
    {
        var page = await NewAnonymousPageAsync();

        var response = await page.Context.APIRequest.GetAsync("/api/statements?search=mediate");

        Assert.Equal(401, response.Status);
        Assert.StartsWith(ProblemJson, response.Headers["content-type"], StringComparison.Ordinal);
        var problem = (await response.JsonAsync())!.Value;
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
        Assert.Equal("Sign in required.", problem.GetProperty("title").GetString());
        Assert.False(problem.TryGetProperty("items", out _));
    }

    [Fact]
    public async Task Annotations_export_as_a_web_annotation_collection_with_both_selectors()
    {
        var statement = await Fixture.CreateStatementAsync($"Nobody asked me to mediate ({UniqueWord("export")})");
        await Fixture.SendAsAsync(Roles.Analyst, new Application.Annotations.AnnotateQuote(
            statement, 7, 12, Domain.Annotations.AnnotationKind.Question, "Who asked?"));
        var page = await NewSignedInPageAsync(Roles.Viewer);

        var response = await page.Context.APIRequest.GetAsync($"/api/statements/{statement}/annotations");

        Assert.Equal(200, response.Status);
        Assert.StartsWith("application/ld+json", response.Headers["content-type"], StringComparison.Ordinal);
        var collection = (await response.JsonAsync())!.Value;
        Assert.Equal("http://www.w3.org/ns/anno.jsonld", collection.GetProperty("@context").GetString());
        Assert.Equal("AnnotationCollection", collection.GetProperty("type").GetString());
        var annotation = Assert.Single(collection.GetProperty("first").GetProperty("items").EnumerateArray());
        Assert.Equal("questioning", annotation.GetProperty("motivation").GetString());
        var selectors = annotation.GetProperty("target").GetProperty("selector").EnumerateArray().ToList();
        Assert.Equal("asked", selectors.Single(s => s.GetProperty("type").GetString() == "TextQuoteSelector").GetProperty("exact").GetString());
        var position = selectors.Single(s => s.GetProperty("type").GetString() == "TextPositionSelector");
        Assert.Equal(7, position.GetProperty("start").GetInt32());
        Assert.Equal(12, position.GetProperty("end").GetInt32());
    }

    private static string Marked(System.Text.Json.JsonElement marked)
    {
        var mark = marked.GetProperty("marks")[0];
        return marked.GetProperty("text").GetString()!.Substring(mark.GetProperty("start").GetInt32(), mark.GetProperty("length").GetInt32());
    }
}
