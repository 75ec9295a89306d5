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

        var response = await page.Context.APIRequest.GetAsync("/api/statements?q=mediate");

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
    public async Task Speaker_stats_answer_every_chart_in_one_json_and_a_period_narrows_them()
    {
        var page = await NewSignedInPageAsync(Roles.Viewer);
        var speakers = (await (await page.Context.APIRequest.GetAsync("/api/speakers?q=Donald%20Trump")).JsonAsync())!.Value;
        var id = speakers.GetProperty("items").EnumerateArray().First().GetProperty("id").GetInt32();

        var response = await page.Context.APIRequest.GetAsync($"/api/speakers/{id}/stats");
        var later = await page.Context.APIRequest.GetAsync($"/api/speakers/{id}/stats?publisher=ours&from=2100-01-01");

        Assert.Equal(200, response.Status);
        var stats = (await response.JsonAsync())!.Value;
        Assert.Equal("Donald Trump", stats.GetProperty("name").GetString());
        Assert.Equal("ours", stats.GetProperty("publisher").GetString());
        var verdicts = stats.GetProperty("verdicts").GetProperty("counts").EnumerateArray().Sum(c => c.GetProperty("count").GetInt32());
        var timeline = stats.GetProperty("timeline").GetProperty("points").EnumerateArray()
            .Sum(p => p.GetProperty("counts").EnumerateArray().Sum(c => c.GetProperty("count").GetInt32()));
        Assert.True(verdicts > 0);
        // The donut, the timeline and the links chart count the same statements.
        Assert.Equal(verdicts, timeline);
        Assert.Equal(verdicts, stats.GetProperty("links").GetProperty("total").GetInt32());
        Assert.NotEmpty(stats.GetProperty("topics").EnumerateArray());
        Assert.Equal(5, stats.GetProperty("links").GetProperty("categories").GetArrayLength());
        Assert.True(stats.TryGetProperty("rebutters", out _));

        Assert.Equal(200, later.Status);
        var empty = (await later.JsonAsync())!.Value;
        Assert.Equal("2100-01-01", empty.GetProperty("from").GetString());
        Assert.Equal(0, empty.GetProperty("verdicts").GetProperty("counts").EnumerateArray().Sum(c => c.GetProperty("count").GetInt32()));
        Assert.Empty(empty.GetProperty("topics").EnumerateArray());
    }

    [Fact]
    public async Task Anonymous_caller_gets_a_401_problem_instead_of_speaker_stats()
    {
        var page = await NewAnonymousPageAsync();

        var response = await page.Context.APIRequest.GetAsync("/api/speakers/1/stats");

        await AssertProblemAsync(response, 401);
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

        var response = await page.Context.APIRequest.GetAsync("/api/statements?q=mediate");

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

    /// <summary>Wrong types, wrong names and wrong paths the tester sent, and more of the same kind.</summary>
    public static TheoryData<string, int> BadRequests => new()
    {
        { "/api/statements?pageSize=abc", 400 },
        { "/api/statements?pageSize=1.5", 400 },
        { "/api/statements?pageSize=99999999999", 400 },
        { "/api/statements?pageSize=", 400 },
        { "/api/statements?pageSize=5&pageSize=6", 400 },
        { "/api/statements?pageSize=0", 400 },
        { "/api/statements?unrated=maybe", 400 },
        { "/api/statements?speaker=abc", 400 },
        { "/api/statements?speaker=99999999999", 400 },
        { "/api/statements?speakerId=3", 400 },
        { "/api/statements?topic=abc", 400 },
        { "/api/statements?verdict=True,maybe", 400 },
        { "/api/statements?verdict=7", 400 },
        { "/api/statements?from=yesterday", 400 },
        { "/api/statements?from=2020-02-01&to=2020-01-01", 400 },
        { "/api/statements?after=%00%01", 400 },
        { "/api/statements?q=" + new string('k', 300), 400 },
        { "/api/statements?work=added", 400 },
        { "/api/speakers?pageSize=abc", 400 },
        { "/api/speakers?kind=Alien", 400 },
        { "/api/statements/abc", 404 },
        { "/api/statements/99999999999", 404 },
        { "/api/statements/-1", 404 },
        { "/api/statements/1.5/annotations", 404 },
        { "/api/speakers/abc", 404 },
        { "/api/speakers/99999999999", 404 },
        { "/api/speakers/1/stats?publisher=abc", 400 },
        { "/api/speakers/1/stats?publisher=0", 400 },
        { "/api/speakers/1/stats?from=2020-02-01&to=2020-01-01", 400 },
        { "/api/speakers/1/stats?from=last-year", 400 },
        { "/api/speakers/1/stats?top=0", 400 },
        { "/api/speakers/1/stats?speaker=1", 400 },
        { "/api/speakers/abc/stats", 404 },
        { "/api/speakers/99999999/stats", 404 },
        { "/api/nothing-here", 404 },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Bad_input_gets_a_problem_json_answer_never_html(string url, int status)
    {
        var page = await NewSignedInPageAsync(Roles.Viewer);

        var response = await page.Context.APIRequest.GetAsync(url);

        await AssertProblemAsync(response, status);
    }

    /// <summary>Values of every wrong type, each sent in every parameter of both list endpoints.</summary>
    private static readonly string[] HostileValues =
    [
        "abc", "1.5", "-1", "0", "99999999999", "", "%00%07", "%E2%80%AEevil", "%F0%9F%98%80", "%ED%A0%80", "%",
        "True,False", "null", "[]", "{}", "<script>", "' OR 1=1 --", new string('9', 4000),
    ];

    [Fact]
    public async Task Every_parameter_with_every_wrong_type_gets_json_never_html_or_a_500()
    {
        var page = await NewSignedInPageAsync(Roles.Viewer);
        var endpoints = new Dictionary<string, IReadOnlyList<string>>
        {
            ["/api/statements"] = Application.Statements.StatementFilter.Names.All,
            ["/api/speakers"] = ["q", "kind", "pageSize", "after"],
            ["/api/speakers/1/stats"] = ["publisher", "from", "to", "top"],
        };
        var failures = new List<string>();

        foreach (var (path, names) in endpoints)
        {
            foreach (var name in names)
            {
                foreach (var value in HostileValues)
                {
                    foreach (var query in new[] { $"{name}={value}", $"{name}={value}&{name}={value}" })
                    {
                        var response = await page.Context.APIRequest.GetAsync($"{path}?{query}");
                        var type = response.Headers.GetValueOrDefault("content-type", "");
                        var shown = query.Length > 60 ? query[..60] + "…" : query;
                        if (response.Status is not (200 or 400)
                            || (response.Status == 200 && !type.StartsWith("application/json", StringComparison.Ordinal))
                            || (response.Status == 400 && !type.StartsWith(ProblemJson, StringComparison.Ordinal)))
                        {
                            failures.Add($"{path}?{shown}: {response.Status} {type}");
                        }
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Every_wrong_kind_of_id_in_a_path_gets_a_404_problem()
    {
        var page = await NewSignedInPageAsync(Roles.Viewer);

        // Not "%00": Kestrel refuses a null character in a path itself (a bare 400) before the app sees the request.
        var failures = new List<string>();
        foreach (var id in new[] { "abc", "1.5", "-1", "0", "99999999999", "%07", "%E2%80%AE1", "1e3", "0x10", "%201" })
        {
            foreach (var path in new[] { $"/api/statements/{id}", $"/api/statements/{id}/annotations", $"/api/speakers/{id}" })
            {
                var response = await page.Context.APIRequest.GetAsync(path);
                if (response.Status != 404 || !response.Headers.GetValueOrDefault("content-type", "").StartsWith(ProblemJson, StringComparison.Ordinal))
                {
                    failures.Add($"{path}: {response.Status} {response.Headers.GetValueOrDefault("content-type", "")}");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task A_verdict_list_is_read_as_a_list_not_as_its_last_word()
    {
        var page = await NewSignedInPageAsync(Roles.Viewer);

        var both = await VerdictsAsync(page, "True,False");
        var onlyFalse = await VerdictsAsync(page, "False");
        var onlyTrue = await VerdictsAsync(page, "True");

        Assert.Contains("True", both);
        Assert.Contains("False", both);
        Assert.Equal(both.Count, onlyFalse.Count + onlyTrue.Count);
    }

    [Fact]
    public async Task A_write_method_on_a_read_endpoint_gets_a_405_problem()
    {
        var page = await NewSignedInPageAsync(Roles.Viewer);

        var response = await page.Context.APIRequest.DeleteAsync("/api/statements/1");

        await AssertProblemAsync(response, 405);
    }

    private static async Task<List<string>> VerdictsAsync(IPage page, string verdicts)
    {
        var response = await page.Context.APIRequest.GetAsync($"/api/statements?verdict={verdicts}&pageSize=100");
        Assert.Equal(200, response.Status);
        return (await response.JsonAsync())!.Value.GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("verdict").GetString()!).ToList();
    }

    /// <summary>A ProblemDetails JSON body with the status, a title, and the path it answers.</summary>
    internal static async Task AssertProblemAsync(IAPIResponse response, int status)
    {
        Assert.Equal(status, response.Status);
        Assert.StartsWith(ProblemJson, response.Headers["content-type"], StringComparison.Ordinal);
        var problem = (await response.JsonAsync())!.Value;
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        if (status == 400)
        {
            Assert.NotEmpty(problem.GetProperty("errors").EnumerateObject());
        }
    }

    private static string Marked(System.Text.Json.JsonElement marked)
    {
        var mark = marked.GetProperty("marks")[0];
        return marked.GetProperty("text").GetString()!.Substring(mark.GetProperty("start").GetInt32(), mark.GetProperty("length").GetInt32());
    }
}
