using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Intake;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Speakers;
using ClaimTracker.Domain.Statements;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Tests.Intake;

/// <summary>
/// What the reading view does with a candidate, through the same requests it sends: a new speaker through
/// CreateSpeaker, the statement through CreateStatement with the article span, the passage on the statement page.
/// </summary>
public sealed class ArticleReadingTests(EmptyDatabase db) : IClassFixture<EmptyDatabase>
{
    // An invented article, not one of the seed articles.
    private const string Article = "Ferry strike ends, minister says\n\n"
        + "Transport minister Jonas Quist said on Tuesday that the ferries would run again from Friday.\n\n"
        + "“The crews have accepted the offer,” Quist told reporters. “Nobody will lose a day's pay.”\n\n"
        + "Union leader Mira Tallis rejected that account. “There is no agreement and the strike goes on,” Tallis said.";

    [Fact]
    public async Task Accepting_a_candidate_of_a_new_speaker_creates_the_speaker_once_and_matches_their_other_candidates()
    {
        var source = await ArticleSourceAsync("new speaker");
        var reading = await db.SendAs(Roles.Analyst, new ReadArticle(source));
        var union = reading.Candidates.Select(c => c.Candidate).Single(c => c.Words.StartsWith("There is no agreement", StringComparison.Ordinal));
        Assert.True(union.IsNewSpeaker);
        Assert.Equal("Mira Tallis", union.SpeakerName);

        var speaker = await db.SendAs(Roles.Analyst, new CreateSpeaker(new SpeakerInput { Name = union.SpeakerName!, Kind = SpeakerKind.Person }));
        var statement = await db.SendAs(Roles.Analyst, new CreateStatement(Input(union, speaker, source), new ArticleSpan(union.Start, union.End)));

        var again = await db.SendAs(Roles.Analyst, new ReadArticle(source));
        var accepted = again.Candidates.Single(c => c.Candidate.Start == union.Start);
        Assert.Equal(statement, accepted.StatementId);
        Assert.Equal(speaker, accepted.Candidate.SpeakerId);
        Assert.All(again.Candidates.Where(c => c.Candidate.SpeakerName == "Mira Tallis"), c => Assert.Equal(speaker, c.Candidate.SpeakerId));
        Assert.Equal(1, await db.Query(c => c.Speakers.CountAsync(s => s.Name == "Mira Tallis")));
    }

    [Fact]
    public async Task Words_trimmed_within_the_span_are_anchored_on_exactly_those_words()
    {
        var source = await ArticleSourceAsync("trimmed");
        var speaker = await db.CreateSpeakerAsync("Jonas Quist (trimmed)");
        var reading = await db.SendAs(Roles.Analyst, new ReadArticle(source));
        var quote = reading.Candidates.Select(c => c.Candidate).Single(c => c.Words.StartsWith("The crews have accepted", StringComparison.Ordinal));
        const string Trimmed = "The crews have accepted the offer";
        var at = reading.Text.IndexOf(Trimmed, quote.Start, quote.End - quote.Start, StringComparison.Ordinal);

        var id = await db.SendAs(Roles.Analyst, new CreateStatement(Input(quote, speaker, source) with { Quote = Trimmed }, new ArticleSpan(at, at + Trimmed.Length)));

        var anchor = await db.Query(c => c.ArticleAnchors.SingleAsync(a => a.StatementId == id));
        Assert.Equal(Trimmed, reading.Text[anchor.Start..anchor.End]);
        Assert.Equal(Trimmed, anchor.Exact);
        var again = await db.SendAs(Roles.Analyst, new ReadArticle(source));
        var accepted = again.Candidates.Single(c => c.Candidate.Start == quote.Start);
        Assert.Equal(id, accepted.StatementId);
        Assert.Equal(speaker, accepted.AcceptedSpeakerId);
        Assert.Equal("Jonas Quist (trimmed)", accepted.AcceptedSpeakerName);
        var passage = await db.SendAs(Roles.Viewer, new GetArticlePassage(id));
        Assert.True(passage.Found);
        Assert.Equal(source, passage.SourceId);
        Assert.Equal("“", passage.Before);
        Assert.Equal(Trimmed, passage.Words);
        Assert.Equal(",” Quist told reporters. “Nobody will lose a day's pay.”", passage.After);
    }

    [Fact]
    public async Task Accepting_every_candidate_and_pasting_again_leaves_one_statement_each()
    {
        var source = await ArticleSourceAsync("twice");
        var speaker = await db.CreateSpeakerAsync("Anyone (twice)");
        var reading = await db.SendAs(Roles.Analyst, new ReadArticle(source));
        Assert.True(reading.Candidates.Count >= 3, $"Found {reading.Candidates.Count} candidates.");
        foreach (var c in reading.Candidates.Select(c => c.Candidate))
        {
            await db.SendAs(Roles.Analyst, new CreateStatement(Input(c, speaker, source), new ArticleSpan(c.Start, c.End)));
        }

        await db.SendAs(Roles.Analyst, new KeepArticleText(source, Article));
        var again = await db.SendAs(Roles.Analyst, new ReadArticle(source));
        foreach (var c in again.Candidates.Select(c => c.Candidate))
        {
            await db.RejectsAsInvalidAsync(new CreateStatement(Input(c, speaker, source), new ArticleSpan(c.Start, c.End)), "InArticle", "already a statement");
        }

        Assert.All(again.Candidates, c => Assert.NotNull(c.StatementId));
        Assert.Equal(reading.Candidates.Count, await db.Query(c => c.Statements.CountAsync(s => s.SourceId == source)));
    }

    [Fact]
    public async Task A_statement_typed_by_hand_has_no_passage_and_a_missing_statement_is_not_found()
    {
        var source = await ArticleSourceAsync("by hand");
        var speaker = await db.CreateSpeakerAsync("Typist (by hand)");
        var id = await db.SendAs(Roles.Analyst, new CreateStatement(StatementInputs.Valid(speaker, source, "Typed, not accepted")));

        Assert.False((await db.SendAs(Roles.Viewer, new GetArticlePassage(id))).Found);
        await Assert.ThrowsAsync<NotFoundException>(() => db.SendAs(Roles.Viewer, new GetArticlePassage(int.MaxValue)));
        await Assert.ThrowsAsync<ForbiddenException>(() => db.SendAs(null, new GetArticlePassage(id)));
    }

    private async Task<int> ArticleSourceAsync(string test)
    {
        var source = await db.CreateSourceAsync($"Ferry strike ends ({test})");
        await db.SendAs(Roles.Analyst, new KeepArticleText(source, Article));
        return source;
    }

    private static StatementInput Input(Candidate c, int speakerId, int sourceId) => StatementInputs.Valid(speakerId, sourceId, c.Words) with
    {
        QuoteKind = c.Kind,
        SpeakerRole = c.Role,
        SaidOn = c.SaidOn ?? new DateOnly(2024, 5, 1),
        SaidOnPrecision = c.SaidOn is null ? DatePrecision.Day : c.SaidOnPrecision,
    };
}
