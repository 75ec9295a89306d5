using System.Globalization;
using ClaimTracker.Application.Annotations;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Publishers;
using ClaimTracker.BrowserTests.Infrastructure;
using ClaimTracker.Domain.Annotations;
using ClaimTracker.Domain.Common;
using ClaimTracker.Web.Exports;
using Xunit.Abstractions;

namespace ClaimTracker.BrowserTests.Exports;

/// <summary>The exports over HTTP, called with a signed-in browser session's cookies.</summary>
public sealed class ExportApiTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task Csv_of_nasty_words_opens_back_to_the_original_words_with_formulas_neutralised()
    {
        var (topicId, topic, ids) = await ExportData.CreateAsync(Fixture, ExportData.NastyWords,
            i => i == 0 ? (new DateOnly(2019, 7, 1), DatePrecision.Month) : (new DateOnly(2019, 7, 23).AddDays(i), DatePrecision.Day));
        var stored = await ExportData.StoredQuotesAsync(Fixture, ids);
        var page = await NewSignedInPageAsync(Roles.Viewer);

        var response = await page.Context.APIRequest.GetAsync($"/api/statements.csv?topic={topicId}");

        Assert.Equal(200, response.Status);
        Assert.StartsWith("text/csv", response.Headers["content-type"], StringComparison.Ordinal);
        Assert.StartsWith("attachment; filename=\"statements-", response.Headers["content-disposition"], StringComparison.Ordinal);
        var rows = ExportData.Parse(await response.BodyAsync());
        Assert.Equal(ids.Count, rows.Count);
        var byId = rows.ToDictionary(r => int.Parse(r["id"], CultureInfo.InvariantCulture));
        Assert.Equal(ids.Order(), byId.Keys.Order());
        foreach (var id in ids)
        {
            Assert.Equal(stored[id], ExportData.Unguard(byId[id]["words"]));
            Assert.Equal(stored[id], CsvCell.Unguard(byId[id]["words"]));
        }
        // What a spreadsheet sees: text, never a formula to run.
        Assert.Equal("'=1+2", byId[ids[0]]["words"]);
        Assert.Equal("'@everyone, listen", byId[ids[3]]["words"]);
        Assert.Equal("''Quoted' from the start", byId[ids[4]]["words"]);
        Assert.Equal("Plain words", byId[ids[8]]["words"]);
        Assert.Contains("\r\nlater", byId[ids[5]]["words"], StringComparison.Ordinal);
        // The rest of a row: dates only as precise as known, the speaker's role that day, the topic.
        Assert.Equal(("2019-07", "month"), (byId[ids[0]]["said_on"], byId[ids[0]]["date_precision"]));
        Assert.Equal(("2019-07-25", "day"), (byId[ids[2]]["said_on"], byId[ids[2]]["date_precision"]));
        Assert.All(rows, r => Assert.Equal("Alyssa Ayres", r["speaker"]));
        Assert.All(rows, r => Assert.Equal(topic, r["topics"]));
        Assert.All(rows, r => Assert.Equal("Direct quote", r["kind"]));
    }

    [Fact]
    public async Task Csv_carries_our_published_verdict_and_the_links_of_a_seeded_claim()
    {
        var page = await NewSignedInPageAsync(Roles.Viewer);

        var response = await page.Context.APIRequest.GetAsync("/api/statements.csv?q=%22asked%20him%20to%20mediate%22");

        var row = Assert.Single(ExportData.Parse(await response.BodyAsync()),
            r => r["words"] == "Indian Prime Minister Narendra Modi had asked him to mediate the conflict");
        Assert.Equal(("Donald Trump", "False", "2019-07-22"), (row["speaker"], row["our_verdict"], row["said_on"]));
        Assert.Matches(@"^President of the United States", row["role"]);
        Assert.Matches(@"(^|; )rebutted by \d+", row["links"]);
    }

    [Fact]
    public async Task Csv_lists_other_publishers_verdicts_beside_ours()
    {
        var (topicId, _, ids) = await ExportData.CreateAsync(Fixture, ["Checked by others, not by us"]);
        await Fixture.SendAsAsync(Roles.Analyst, new RecordOutsideReview(ids[0], new OutsideReviewInput { PublisherName = "PolitiFact", Label = "pants-fire" }));
        await Fixture.SendAsAsync(Roles.Analyst, new RecordOutsideReview(ids[0], new OutsideReviewInput { PublisherName = "A Partner Desk", Label = "Dubious" }));
        var page = await NewSignedInPageAsync(Roles.Viewer);

        var row = Assert.Single(ExportData.Parse(await (await page.Context.APIRequest.GetAsync($"/api/statements.csv?topic={topicId}")).BodyAsync()));

        Assert.Equal("A Partner Desk: Dubious (not mapped); PolitiFact: pants-fire (False)", row["other_verdicts"]);
        Assert.Equal("", row["our_verdict"]);
    }

    [Fact]
    public async Task Csv_refuses_anonymous_callers_bad_filters_and_paging_with_problem_json()
    {
        var anonymous = await NewAnonymousPageAsync();
        await ReadApiTests.AssertProblemAsync(await anonymous.Context.APIRequest.GetAsync("/api/statements.csv"), 401);

        var page = await NewSignedInPageAsync(Roles.Viewer);
        await ReadApiTests.AssertProblemAsync(await page.Context.APIRequest.GetAsync("/api/statements.csv?from=yesterday"), 400);
        await ReadApiTests.AssertProblemAsync(await page.Context.APIRequest.GetAsync("/api/statements.csv?verdict=Maybe"), 400);
        var paged = await page.Context.APIRequest.GetAsync("/api/statements.csv?after=abc");
        await ReadApiTests.AssertProblemAsync(paged, 400);
        Assert.Contains("leave out 'after'", await paged.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Desk_annotations_for_a_filter_come_as_one_web_annotation_collection()
    {
        var (topicId, _, ids) = await ExportData.CreateAsync(Fixture, ["Nobody asked me to mediate", "Everyone asked me to mediate", "No notes here"]);
        var first = await Fixture.SendAsAsync(Roles.Analyst, new AnnotateQuote(ids[0], 0, 6, AnnotationKind.Question, "Who is nobody?"));
        var second = await Fixture.SendAsAsync(Roles.Analyst, new AnnotateQuote(ids[1], 0, 8, AnnotationKind.Comment, "Everyone?"));
        var page = await NewSignedInPageAsync(Roles.Viewer);

        var response = await page.Context.APIRequest.GetAsync($"/api/annotations?topic={topicId}&pageSize=1");

        Assert.Equal(200, response.Status);
        Assert.StartsWith("application/ld+json", response.Headers["content-type"], StringComparison.Ordinal);
        var collection = (await response.JsonAsync())!.Value;
        Assert.Equal("AnnotationCollection", collection.GetProperty("type").GetString());
        Assert.Equal(2, collection.GetProperty("total").GetInt32());
        var firstPage = collection.GetProperty("first");
        var note = Assert.Single(firstPage.GetProperty("items").EnumerateArray());
        Assert.EndsWith($"/annotations/{first}", note.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.EndsWith($"/statements/{ids[0]}", note.GetProperty("target").GetProperty("source").GetString(), StringComparison.Ordinal);

        // The next page's address is the desk's public one; the same path and query answer here.
        var next = new Uri(firstPage.GetProperty("next").GetString()!);
        var nextPage = (await (await page.Context.APIRequest.GetAsync(next.PathAndQuery)).JsonAsync())!.Value;
        Assert.Equal("AnnotationPage", nextPage.GetProperty("type").GetString());
        var other = Assert.Single(nextPage.GetProperty("items").EnumerateArray());
        Assert.EndsWith($"/annotations/{second}", other.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.False(nextPage.TryGetProperty("next", out _));

        var anonymous = await NewAnonymousPageAsync();
        await ReadApiTests.AssertProblemAsync(await anonymous.Context.APIRequest.GetAsync($"/api/annotations?topic={topicId}"), 401);
        await ReadApiTests.AssertProblemAsync(await page.Context.APIRequest.GetAsync("/api/annotations?after=%%%"), 400);
    }
}
