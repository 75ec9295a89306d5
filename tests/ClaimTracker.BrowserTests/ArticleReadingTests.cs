using System.Text.RegularExpressions;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Statements;
using ClaimTracker.BrowserTests.Infrastructure;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Speakers;
using ClaimTracker.Domain.Statements;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClaimTracker.BrowserTests;

/// <summary>
/// An analyst brings an article in, reviews what ClaimTracker found in it (mouse and keyboard), and finds the
/// statements with their links. The article is invented for this test.
/// </summary>
public sealed class ArticleReadingTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task Analyst_pastes_an_article_accepts_edits_and_rejects_candidates_and_links_a_rebuttal()
    {
        // Letters only, so the names read as names to the extractor.
        var tag = new string(UniqueWord("").Select(c => (char)('a' + (c % 26))).ToArray())[..6];
        var minister = "Ingrid Sol" + tag;
        var ministerSurname = "Sol" + tag;
        var newSpeaker = "Kari Lund" + tag;
        var headline = $"Northern railway opening delayed ({tag})";
        var article = string.Join("\n\n",
            headline,
            $"Railway minister {minister} said on Monday that the northern line would not open before the autumn storms.",
            $"“The northern railway will open to passengers in June,” {ministerSurname} told reporters. “The tunnels are finished.”",
            "Union leader Petter Holm" + tag + " disputed that account.",
            $"“The tunnels are nowhere near finished,” Holm{tag} said.",
            $"“Nobody has tested the signals yet,” Holm{tag} added.");
        var ministerId = await Fixture.SendAsAsync(Roles.Analyst, new CreateSpeaker(new SpeakerInput { Name = minister, Kind = SpeakerKind.Person }));
        var earlierSource = await Fixture.ReadAsync(db => db.Sources.Select(s => s.Id).FirstAsync());
        var earlier = await Fixture.SendAsAsync(Roles.Analyst, new CreateStatement(new StatementInput
        {
            Quote = "The northern railway will open to passengers in June",
            QuoteKind = QuoteKind.DirectQuote,
            SpeakerId = ministerId,
            SaidOn = new DateOnly(2024, 1, 10),
            SaidOnPrecision = DatePrecision.Day,
            SourceId = earlierSource,
        }));

        var page = await NewSignedInPageAsync(Roles.Analyst);
        await GotoAsync(page, "/sources/new");
        await page.GetByLabel("Outlet").FillAsync("Fjord Courier");
        await page.GetByLabel("Headline or title").FillAsync(headline);
        await page.GetByLabel("Published on").FillAsync("2024-05-13");
        await page.GetByTestId("save-and-article").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/sources/\d+/edit#article$"));
        await page.GetByLabel("Paste the article").FillAsync(article);
        await page.GetByTestId("keep-article").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/sources/\d+/article$"));
        var sourceId = int.Parse(Regex.Match(page.Url, @"/sources/(\d+)/article").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        await Expect(page.GetByTestId("shortcuts")).ToContainTextAsync("j next");
        var cards = page.GetByTestId("candidate");
        // "A,” X told reporters. “B.”: two sentences, two candidates (a split quote is one only when a comma joins it).
        await Expect(cards).ToHaveCountAsync(5);
        await Expect(page.GetByTestId("highlight")).ToHaveCountAsync(5);
        var promise = CardOf(page, "The northern railway will open");
        var finished = CardOf(page, "The tunnels are finished.");
        var report = CardOf(page, "the northern line would not open");
        var denial = CardOf(page, "The tunnels are nowhere near finished");
        var signals = CardOf(page, "Nobody has tested the signals");
        await Expect(promise.GetByTestId("speaker")).ToHaveTextAsync(minister);
        await Expect(promise.GetByTestId("repeat")).ToBeVisibleAsync();
        await Expect(promise.GetByTestId("suggestions")).ToContainTextAsync("The northern railway will open to passengers in June");
        await Expect(denial.GetByTestId("speaker")).ToHaveTextAsync("new speaker: Petter Holm" + tag);
        await Expect(report.GetByTestId("date")).ToContainTextAsync("13 May 2024");
        await ScreenshotAsync(page, "reading-1-candidates");

        // Keyboard: pick a card, then r rejects it.
        await report.GetByTestId("words").ClickAsync();
        await page.Keyboard.PressAsync("r");
        await Expect(report).ToHaveAttributeAsync("data-state", "rejected");

        // Mouse: accept both of the minister's quotations at once.
        await promise.GetByTestId("accept-speaker").ClickAsync();
        await Expect(promise).ToHaveAttributeAsync("data-state", "accepted");
        await Expect(finished).ToHaveAttributeAsync("data-state", "accepted");

        // Keyboard again: a accepts the card picked.
        await denial.GetByTestId("words").ClickAsync();
        await page.Keyboard.PressAsync("a");
        await Expect(denial).ToHaveAttributeAsync("data-state", "accepted");
        await Expect(denial.GetByTestId("speaker")).ToHaveTextAsync("Petter Holm" + tag);

        // Edit the speaker of the last one: someone else said it.
        await signals.GetByTestId("words").ClickAsync();
        await page.Keyboard.PressAsync("e");
        await signals.GetByLabel("…or a new speaker's name").FillAsync(newSpeaker);
        await signals.GetByTestId("accept-edited").ClickAsync();
        await Expect(signals).ToHaveAttributeAsync("data-state", "accepted");
        await Expect(signals.GetByTestId("speaker")).ToHaveTextAsync(newSpeaker);
        await Expect(page.GetByTestId("tally")).ToHaveTextAsync("0 to review 4 accepted 1 rejected");

        // The union's denial rebuts the minister's promise from this very article: one click links them.
        var suggestion = denial.GetByTestId("suggestion").Filter(new() { HasText = "The tunnels are finished" });
        await Expect(suggestion.GetByTestId("link-suggestion")).ToHaveTextAsync("Link: this rebuts it");
        await suggestion.GetByTestId("link-suggestion").ClickAsync();
        await Expect(suggestion.GetByTestId("linked")).ToHaveTextAsync("Linked");
        await ScreenshotAsync(page, "reading-2-reviewed");

        await denial.GetByTestId("statement-link").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/statements/\d+$"));
        await Expect(page.GetByTestId("quote")).ToHaveTextAsync("The tunnels are nowhere near finished");
        await Expect(page.GetByTestId("in-article-words")).ToHaveTextAsync("The tunnels are nowhere near finished");
        await Expect(page.GetByTestId("in-article")).ToContainTextAsync($"said.");
        var rebuts = page.Locator("[data-testid=link-group][data-relation=Rebuts][data-direction=Outgoing]");
        await Expect(rebuts.GetByTestId("linked-statement")).ToContainTextAsync("The tunnels are finished.");
        await ScreenshotAsync(page, "reading-3-statement-in-article");

        // Pasting the same article again creates nothing twice: what was accepted shows as accepted.
        await GotoAsync(page, $"/sources/{sourceId}/edit");
        await page.GetByLabel("Paste the article").FillAsync(article);
        await page.GetByTestId("keep-article").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/sources/\d+/article$"));
        await Expect(CardOf(page, "The tunnels are nowhere near finished")).ToHaveAttributeAsync("data-state", "accepted");
        await Expect(page.GetByTestId("tally")).ToContainTextAsync("4 accepted");
        var statements = await Fixture.ReadAsync(db => db.Statements.Where(s => s.SourceId == sourceId)
            .Select(s => new { s.Quote, Speaker = s.Speaker.Name }).ToListAsync());
        Assert.Equal(4, statements.Count);
        Assert.Contains(statements, s => s.Quote == "Nobody has tested the signals yet" && s.Speaker == newSpeaker);
        Assert.Equal(1, await Fixture.ReadAsync(db => db.Speakers.CountAsync(s => s.Name == "Petter Holm" + tag)));
        Assert.True(earlier > 0);
    }

    /// <summary>The card of the candidate with these words (a suggestion on another card may quote them too).</summary>
    private static ILocator CardOf(IPage page, string words) =>
        page.GetByTestId("candidate").Filter(new() { Has = page.GetByTestId("words").Filter(new() { HasText = words }) });
}
