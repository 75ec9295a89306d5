using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Reviews;
using ClaimTracker.Application.Sources;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Statements;

namespace ClaimTracker.Application.Tests.Reviews;

/// <summary>
/// What the public saw changes only through a correction (docs/adr/0007): edits to a published statement, its
/// speaker, its source or a statement cited as evidence leave /fact-checks as it was published.
/// </summary>
public sealed class PublishedSnapshotTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    private sealed record Published(int StatementId, int SpeakerId, int SourceId, int CitedId);

    /// <summary>A statement with its own speaker and source, citing a second statement as evidence, published through review.</summary>
    private async Task<Published> PublishAsync(string name)
    {
        var speaker = await db.CreateSpeakerAsync(name);
        var source = await db.CreateSourceAsync($"{name} told the paper");
        var input = StatementInputs.Valid(speaker, source, $"{name} said the bridge opens in May") with { SpeakerRole = null };
        var id = await db.SendAs(Roles.Analyst, new CreateStatement(input));
        var cited = await db.CreateStatementAsync($"The ministry says the bridge for {name} opens in June");
        var verdict = Workflow.Verdict() with { Evidence = [new EvidenceInput("Ministry timetable", null, cited, EvidenceStance.Refutes)] };
        await db.SendAs(Roles.Analyst, new DraftReview(id, null, verdict));
        await db.SendAs(Roles.Analyst, new SubmitReview(id, await db.ReviewVersionAsync(id)));
        await db.SendAs(Roles.Editor, new PublishReview(id, await db.ReviewVersionAsync(id)));
        return new Published(id, speaker, source, cited);
    }

    private Task<PublishedReview> PublicPageAsync(int id) => db.SendAs(null, new GetPublishedReview(id));

    private async Task<PublishedReviewSummary> PublicListEntryAsync(int id) =>
        (await Pages.WalkAsync(50, after => db.SendAs(null, new ListPublishedReviews { PageSize = 50, After = after })))
            .Single(r => r.StatementId == id);

    private async Task EditEverythingAsync(Published p, string name)
    {
        var statement = await db.GetStatementAsync(p.StatementId);
        await db.SendAs(Roles.Analyst, new EditStatement(p.StatementId, statement.Version,
            StatementInputs.Valid(p.SpeakerId, p.SourceId, "Words nobody published") with
            {
                QuoteKind = QuoteKind.Paraphrase,
                SpeakerRole = "Minister of Bridges",
                SaidOn = new DateOnly(2023, 1, 1),
                SaidOnPrecision = DatePrecision.Year,
            }));
        var speaker = await db.SendAs(Roles.Viewer, new GetSpeaker(p.SpeakerId));
        await db.SendAs(Roles.Analyst, new EditSpeaker(p.SpeakerId, speaker.Version, SpeakerInputs.Valid($"{name} Renamed")));
        var source = await db.SendAs(Roles.Viewer, new GetSource(p.SourceId));
        await db.SendAs(Roles.Analyst, new EditSource(p.SourceId, source.Version,
            SourceInputs.Valid("A headline written after publication") with { Outlet = "Another Outlet", Url = "https://elsewhere.example/x" }));
        await db.EditQuoteAsync(p.CitedId, "The ministry now says something else entirely");
    }

    [Fact]
    public async Task Editing_the_statement_its_speaker_its_source_or_its_evidence_leaves_the_public_fact_check_as_published()
    {
        var p = await PublishAsync("Ada Bridgewater");
        var before = await PublicPageAsync(p.StatementId);
        var listedBefore = await PublicListEntryAsync(p.StatementId);
        Assert.Equal(("Ada Bridgewater said the bridge opens in May", QuoteKind.DirectQuote, "Ada Bridgewater", null),
            (before.Quote, before.QuoteKind, before.SpeakerName, before.SpeakerRole));
        Assert.Equal(("The Test Gazette", "Ada Bridgewater told the paper", "https://news.example/articles/1"),
            (before.SourceOutlet, before.SourceHeadline, before.SourceUrl));
        Assert.Equal("The ministry says the bridge for Ada Bridgewater opens in June", Assert.Single(before.Evidence).StatementQuote);

        await EditEverythingAsync(p, "Ada Bridgewater");

        var after = await PublicPageAsync(p.StatementId);
        Assert.Equivalent(before, after, strict: true);
        Assert.Equivalent(listedBefore, await PublicListEntryAsync(p.StatementId), strict: true);
        // The desk itself sees the statement as it reads now.
        Assert.Equal("Words nobody published", (await db.GetStatementAsync(p.StatementId)).Quote);
    }

    [Fact]
    public async Task A_correction_republishes_the_statement_as_it_reads_now_with_its_note()
    {
        var p = await PublishAsync("Bea Causeway");
        await EditEverythingAsync(p, "Bea Causeway");

        await db.SendAs(Roles.Editor, new CorrectReview(p.StatementId, await db.ReviewVersionAsync(p.StatementId),
            Workflow.Verdict() with { Evidence = [new EvidenceInput("Ministry timetable", null, p.CitedId, EvidenceStance.Refutes)] },
            "The quote was transcribed wrongly; the speaker's name is now spelled as they spell it."));

        var page = await PublicPageAsync(p.StatementId);
        Assert.Equal(("Words nobody published", QuoteKind.Paraphrase, "Bea Causeway Renamed", "Minister of Bridges"),
            (page.Quote, page.QuoteKind, page.SpeakerName, page.SpeakerRole));
        Assert.Equal((new DateOnly(2023, 1, 1), DatePrecision.Year), (page.SaidOn, page.SaidOnPrecision));
        Assert.Equal(("Another Outlet", "A headline written after publication", "https://elsewhere.example/x"),
            (page.SourceOutlet, page.SourceHeadline, page.SourceUrl));
        Assert.Equal("The ministry now says something else entirely", Assert.Single(page.Evidence).StatementQuote);
        var correction = Assert.Single(page.Corrections);
        Assert.Contains("transcribed wrongly", correction.Note, StringComparison.Ordinal);
        var listed = await PublicListEntryAsync(p.StatementId);
        Assert.Equal(("Words nobody published", QuoteKind.Paraphrase, "Bea Causeway Renamed"), (listed.Quote, listed.QuoteKind, listed.SpeakerName));
    }

    [Fact]
    public async Task The_role_held_that_day_is_published_when_the_statement_records_none()
    {
        // The speaker's dated role ("Mayor of Testville", 2010 to 2014) does not cover 2024: no role is published.
        var p = await PublishAsync("Cy Viaduct");
        Assert.Null((await PublicPageAsync(p.StatementId)).SpeakerRole);

        var seeded = await db.SendAs(null, new GetPublishedReview(await db.StatementIdAsync("kumar-bilateral-only-2019-07-22")));
        Assert.Equal(("Raveesh Kumar", QuoteKind.DirectQuote), (seeded.SpeakerName, seeded.QuoteKind));
        Assert.False(string.IsNullOrEmpty(seeded.SpeakerRole));
    }

    [Fact]
    public async Task Every_seeded_publication_has_its_snapshot_and_shows_on_the_public_list()
    {
        var published = await db.Query(d => Task.FromResult(d.Reviews.Count(r => r.Status == ReviewStatus.Published)));
        var withSnapshot = await db.Query(d => Task.FromResult(d.Reviews.Count(r => r.Status == ReviewStatus.Published && r.Snapshot != null)));
        var listed = await Pages.WalkAsync(50, after => db.SendAs(null, new ListPublishedReviews { PageSize = 50, After = after }));

        Assert.True(published >= 3);
        Assert.Equal(published, withSnapshot);
        Assert.Equal(published, listed.Count);
    }
}
