using System.Reflection;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Intake;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Statements;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Tests.Intake;

public sealed class ArticleIntakeTests(EmptyDatabase db) : IClassFixture<EmptyDatabase>
{
    // An invented article, not one of the seed articles.
    private const string Article = "Harbour deal stalls\n\n"
        + "Port authority chief Lena Vogt said on Monday that the harbour would stay closed to tankers.\n\n"
        + "“We will not reopen until the dredging is finished,” Vogt said. “That is weeks away.”\n\n"
        + "Mayor Ana Ruiz told reporters that the city had not been consulted.";

    [Fact]
    public async Task Accepting_a_candidate_stores_a_selector_on_its_words_and_pasting_again_creates_nothing_twice()
    {
        var (sourceId, speakerId) = await ArticleAsync("Harbour deal stalls (accept)");
        var reading = await db.SendAs(Roles.Analyst, new ReadArticle(sourceId));
        var quote = reading.Candidates.Single(c => c.Candidate.Words.StartsWith("We will not reopen", StringComparison.Ordinal)).Candidate;
        Assert.StartsWith("Lena Vogt", quote.SpeakerName, StringComparison.Ordinal);
        Assert.Equal(speakerId, quote.SpeakerId);

        var id = await db.SendAs(Roles.Analyst, new CreateStatement(Input(quote, speakerId, sourceId), new ArticleSpan(quote.Start, quote.End)));

        var anchor = await db.Query(c => c.ArticleAnchors.SingleAsync(a => a.StatementId == id));
        Assert.Equal(quote.Words, anchor.Exact);
        Assert.Equal(quote.Words, reading.Text[anchor.Start..anchor.End]);
        Assert.EndsWith("\n\n“", anchor.Prefix, StringComparison.Ordinal);

        await db.SendAs(Roles.Analyst, new KeepArticleText(sourceId, Article));
        var again = await db.SendAs(Roles.Analyst, new ReadArticle(sourceId));
        Assert.Equal(id, again.Candidates.Single(c => c.Candidate.Start == quote.Start).StatementId);
        Assert.All(again.Candidates.Where(c => c.Candidate.Start != quote.Start), c => Assert.Null(c.StatementId));
        await db.RejectsAsInvalidAsync(new CreateStatement(Input(quote, speakerId, sourceId), new ArticleSpan(quote.Start, quote.End)),
            "InArticle", "already a statement");
    }

    [Fact]
    public async Task A_span_outside_the_article_text_is_refused_and_changes_nothing()
    {
        var (sourceId, speakerId) = await ArticleAsync("Harbour deal stalls (outside)");
        var reading = await db.SendAs(Roles.Analyst, new ReadArticle(sourceId));
        var quote = reading.Candidates[0].Candidate;

        await db.RejectsAsInvalidAsync(new CreateStatement(Input(quote, speakerId, sourceId), new ArticleSpan(reading.Text.Length - 2, reading.Text.Length + 40)),
            "InArticle", "not in the source's article text");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    [InlineData("<html><body><script>var x = 1;</script></body></html>")]
    public async Task Empty_article_text_is_refused_with_a_clear_message(string content)
    {
        var sourceId = await db.CreateSourceAsync("Empty paste " + content.Length);

        await db.RejectsAsInvalidAsync(new KeepArticleText(sourceId, content), "Content", "Paste the article text");
    }

    [Fact]
    public async Task A_saved_web_page_is_kept_as_plain_paragraphs_without_markup_or_scripts()
    {
        var sourceId = await db.CreateSourceAsync("Saved page");
        var html = "<html><head><title>T</title><script>alert(1)</script></head><body><nav>Home | World</nav>"
            + "<article><h1>Harbour deal stalls</h1><p>Port authority chief <b>Lena Vogt</b> said on Monday that the harbour would stay closed.</p>"
            + "<p>“We will not reopen until the dredging is finished,” Vogt said.</p></article><footer>© Paper</footer></body></html>";

        await db.SendAs(Roles.Analyst, new KeepArticleText(sourceId, html));

        var reading = await db.SendAs(Roles.Viewer, new ReadArticle(sourceId));
        Assert.Contains("Port authority chief Lena Vogt said on Monday", reading.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", reading.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("alert", reading.Text, StringComparison.Ordinal);
        Assert.Contains(reading.Candidates, c => c.Candidate.Words.StartsWith("We will not reopen", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_article_text_is_for_members_only()
    {
        var sourceId = await db.CreateSourceAsync("Members only");
        await db.SendAs(Roles.Analyst, new KeepArticleText(sourceId, Article));

        await Assert.ThrowsAsync<ForbiddenException>(() => db.SendAs(null, new ReadArticle(sourceId)));
        await Assert.ThrowsAsync<ForbiddenException>(() => db.SendAs(Roles.Viewer, new KeepArticleText(sourceId, "Other text")));
    }

    [Fact]
    public void No_public_request_returns_anything_that_carries_the_article_text()
    {
        var publicResponses = typeof(ReadArticle).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<PublicRequestAttribute>() is not null)
            .SelectMany(t => t.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(MediatR.IRequest<>)))
            .Select(i => i.GetGenericArguments()[0])
            .ToList();
        Assert.NotEmpty(publicResponses);

        foreach (var type in publicResponses)
        {
            Assert.False(Carries(type, []), $"{type.Name} exposes article text");
        }
    }

    private static bool Carries(Type type, HashSet<Type> seen)
    {
        if (!seen.Add(type) || type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true && !type.IsGenericType)
        {
            return false;
        }
        if (type == typeof(ArticleReading) || type == typeof(ClaimTracker.Domain.Sources.Source))
        {
            return true;
        }
        return type.GetGenericArguments().Any(a => Carries(a, seen))
            || type.GetProperties().Any(p => p.Name.Contains("Article", StringComparison.Ordinal) || Carries(p.PropertyType, seen));
    }

    private async Task<(int SourceId, int SpeakerId)> ArticleAsync(string headline)
    {
        var sourceId = await db.CreateSourceAsync(headline);
        var speakerId = await db.CreateSpeakerAsync("Lena Vogt " + headline.GetHashCode(StringComparison.Ordinal));
        // The desk knows her under her name; the extractor matches the alias-free name through the folded key.
        await db.Query(async c =>
        {
            var speaker = await c.Speakers.SingleAsync(s => s.Id == speakerId);
            speaker.Aliases = "Lena Vogt";
            return await c.SaveChangesAsync();
        });
        await db.SendAs(Roles.Analyst, new KeepArticleText(sourceId, Article));
        return (sourceId, speakerId);
    }

    private static StatementInput Input(Candidate c, int speakerId, int sourceId) => StatementInputs.Valid(speakerId, sourceId, c.Words) with
    {
        QuoteKind = c.Kind,
        SaidOn = c.SaidOn ?? new DateOnly(2024, 5, 1),
        SaidOnPrecision = c.SaidOnPrecision,
    };
}
