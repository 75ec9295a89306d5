using System.Text.RegularExpressions;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClaimTracker.BrowserTests;

/// <summary>The analyst's and editor's work on a statement: annotating spans, reviewing, publishing, editing together.</summary>
public sealed class WorkflowTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task Analyst_selects_words_in_the_quote_and_annotates_them()
    {
        var marker = UniqueWord("annotate");
        var statement = await Fixture.CreateStatementAsync($"He never asked me to mediate on anything ({marker})");
        var page = await NewSignedInPageAsync(Roles.Analyst);
        await GotoAsync(page, $"/statements/{statement}");

        await SelectWordsAsync(page, "asked me to mediate");
        await page.GetByTestId("annotate").ClickAsync();
        var form = page.GetByTestId("annotation-form");
        await Expect(form.GetByTestId("annotation-exact")).ToHaveTextAsync("asked me to mediate");
        await form.GetByLabel("Kind").SelectOptionAsync("Question");
        await form.GetByLabel("Note").FillAsync("Who asked whom, and when?");
        await form.GetByTestId("save-annotation").ClickAsync();

        var mark = page.GetByTestId("quote").Locator("mark");
        await Expect(mark).ToHaveTextAsync("asked me to mediate");
        await Expect(page.GetByTestId("annotations")).ToContainTextAsync("Who asked whom, and when?");
        await ScreenshotAsync(page, "w1-annotated-span");
    }

    [Fact]
    public async Task Analyst_annotates_a_contradiction_and_the_link_appears_with_it()
    {
        var marker = UniqueWord("contra");
        var claim = await Fixture.CreateStatementAsync($"Pakistan never lies to us ({marker} claim)");
        var earlier = await Fixture.CreateStatementAsync($"They have given us nothing but lies ({marker} earlier)");
        var page = await NewSignedInPageAsync(Roles.Analyst);
        await GotoAsync(page, $"/statements/{claim}");

        await SelectWordsAsync(page, "never lies");
        await page.GetByTestId("annotate").ClickAsync();
        var form = page.GetByTestId("annotation-form");
        await form.GetByLabel("Kind").SelectOptionAsync("Contradiction");
        await form.GetByTestId("note-target").Locator("input").FillAsync($"{marker} earlier");
        await form.GetByTestId("note-target").GetByRole(AriaRole.Option).First.ClickAsync();
        await form.GetByLabel("Note").FillAsync("Contradicts his own earlier words.");
        await form.GetByTestId("save-annotation").ClickAsync();

        await Expect(page.GetByTestId("annotation-link")).ToContainTextAsync("Contradicts");
        var group = page.Locator("[data-testid=link-group][data-relation=Contradicts][data-direction=Outgoing]");
        await Expect(group.GetByTestId("linked-statement")).ToContainTextAsync($"{marker} earlier");
        await ScreenshotAsync(page, "w2-contradiction-annotated");

        await GotoAsync(page, $"/statements/{earlier}");
        var back = page.Locator("[data-testid=link-group][data-relation=Contradicts][data-direction=Incoming]");
        await Expect(back.GetByTestId("linked-statement")).ToContainTextAsync($"{marker} claim");
    }

    [Fact]
    public async Task An_analyst_drafts_and_sends_a_verdict_a_second_member_publishes_and_the_public_reads_what_was_published()
    {
        var marker = UniqueWord("publish");
        var statement = await Fixture.CreateStatementAsync($"The mediation request came from Delhi ({marker})");
        var analyst = await NewSignedInPageAsync(Roles.Analyst);
        await GotoAsync(analyst, $"/statements/{statement}");

        await analyst.GetByTestId("edit-draft").ClickAsync();
        var form = analyst.GetByTestId("review-form");
        await form.GetByLabel("Rating").SelectOptionAsync("False");
        await form.GetByLabel("Rationale").FillAsync($"India's foreign ministry denied any such request ({marker}).");
        await form.GetByTestId("save-review").ClickAsync();
        await Expect(analyst.GetByTestId("review-status")).ToContainTextAsync("Draft");
        await analyst.GetByTestId("submit-review").ClickAsync();
        await Expect(analyst.GetByTestId("review-status")).ToContainTextAsync("In review");

        var editor = await NewSignedInPageAsync(Roles.Editor);
        await GotoAsync(editor, $"/statements/{statement}");
        await editor.GetByTestId("publish").ClickAsync();
        await Expect(editor.GetByTestId("review-status")).ToContainTextAsync("Published");
        await Expect(editor.GetByTestId("revisions")).ToContainTextAsync("Published");
        await Expect(editor.GetByTestId("correct")).ToBeVisibleAsync();
        await ScreenshotAsync(editor, "w3-published-by-second-member");

        // An edit after publication stays on the desk's side until a correction republishes it (docs/adr/0007).
        await GotoAsync(analyst, $"/statements/{statement}/edit");
        await analyst.GetByLabel("Words as reported").FillAsync($"Edited after publication ({marker})");
        await analyst.GetByTestId("save").ClickAsync();
        await Expect(analyst.GetByTestId("quote")).ToContainTextAsync("Edited after publication");

        var visitor = await NewAnonymousPageAsync();
        await GotoAsync(visitor, $"/fact-checks/{statement}");
        await Expect(visitor.GetByTestId("fact-check-quote")).ToHaveTextAsync($"“The mediation request came from Delhi ({marker})”");
        await Expect(visitor.GetByTestId("fact-check-page")).ToContainTextAsync("False");
        await ScreenshotAsync(visitor, "w4-public-fact-check-as-published");

        await GotoAsync(editor, $"/statements/{statement}");
        await editor.GetByTestId("correct").ClickAsync();
        await editor.GetByLabel("What changed and why (shown to readers)").FillAsync("The quote was transcribed wrongly.");
        await editor.GetByTestId("save-review").ClickAsync();
        await Expect(editor.GetByTestId("revisions")).ToContainTextAsync("Corrected");

        await GotoAsync(visitor, $"/fact-checks/{statement}");
        await Expect(visitor.GetByTestId("fact-check-quote")).ToHaveTextAsync($"“Edited after publication ({marker})”");
        await Expect(visitor.GetByTestId("corrections")).ToContainTextAsync("The quote was transcribed wrongly.");
        await ScreenshotAsync(visitor, "w5-public-fact-check-corrected");
    }

    [Fact]
    public async Task A_second_save_of_the_same_statement_gets_a_conflict_showing_what_changed_and_loses_neither_change()
    {
        var marker = UniqueWord("conflict");
        var statement = await Fixture.CreateStatementAsync($"The first wording ({marker})");
        var first = await NewSignedInPageAsync(Roles.Analyst);
        var second = await NewSignedInPageAsync(Roles.Editor);
        await GotoAsync(first, $"/statements/{statement}/edit");
        await GotoAsync(second, $"/statements/{statement}/edit");

        await first.GetByLabel("Words as reported").FillAsync($"The analyst's wording ({marker})");
        await first.GetByTestId("save").ClickAsync();
        await Expect(first).ToHaveURLAsync(new Regex($"/statements/{statement}$"));

        await second.GetByLabel("Venue or occasion").FillAsync("Press briefing");
        await second.GetByTestId("save").ClickAsync();
        var conflict = second.GetByTestId("conflict");
        await Expect(conflict).ToContainTextAsync("someone else saved this statement");
        await Expect(conflict).ToContainTextAsync("The analyst's wording");
        // Nothing is lost: their quote fills the field the editor never touched, the editor's venue stays.
        await Expect(second.GetByLabel("Words as reported")).ToHaveValueAsync($"The analyst's wording ({marker})");
        await Expect(second.GetByLabel("Venue or occasion")).ToHaveValueAsync("Press briefing");
        await ScreenshotAsync(second, "w5-edit-conflict");

        await second.GetByTestId("save").ClickAsync();
        await Expect(second).ToHaveURLAsync(new Regex($"/statements/{statement}$"));
        await Expect(second.GetByTestId("statement")).ToContainTextAsync("Press briefing");
        await Expect(second.GetByTestId("quote")).ToHaveTextAsync($"The analyst's wording ({marker})");
    }

    [Fact]
    public async Task The_history_tells_an_edit_in_plain_words_with_only_what_changed()
    {
        var marker = UniqueWord("history");
        var statement = await Fixture.CreateStatementAsync($"Words before the edit ({marker})");
        var page = await NewSignedInPageAsync(Roles.Analyst);
        await GotoAsync(page, $"/statements/{statement}/edit");
        await page.GetByLabel("Venue or occasion").FillAsync("Press briefing");
        await page.GetByTestId("save").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/statements/{statement}$"));

        await page.GetByTestId("history-toggle").ClickAsync();

        var latest = page.GetByTestId("history-entry").First;
        await Expect(latest).ToContainTextAsync("analyst@claimtracker.test edited the statement");
        await Expect(latest.Locator(".fields li", new() { HasText = "Venue" })).ToHaveTextAsync("Venue: (empty) → Press briefing");
        // The quote, kind, speaker and date were left as they were, so they are not listed.
        await Expect(latest.Locator(".fields li", new() { HasTextRegex = new Regex("^(Quote|Kind of quote|Speaker|Said on):") })).ToHaveCountAsync(0);
        // No class names, field names or ISO times.
        await Expect(page.GetByTestId("history")).Not.ToContainTextAsync("EditStatement");
        await Expect(page.GetByTestId("history")).Not.ToContainTextAsync("SpeakerId");
        await Expect(page.GetByTestId("history")).Not.ToContainTextAsync(new Regex(@"\d{4}-\d{2}-\d{2}T"));
        await ScreenshotAsync(page, "w6-history-plain-words");
    }

    [Fact]
    public async Task A_note_added_in_one_browser_appears_in_another_without_a_reload_naming_its_author()
    {
        var marker = UniqueWord("live");
        var statement = await Fixture.CreateStatementAsync($"We will never accept any mediation at all ({marker})");
        var watcher = await NewSignedInPageAsync(Roles.Viewer);
        await GotoAsync(watcher, $"/statements/{statement}");
        await watcher.EvaluateAsync("() => { window.liveTestSameDocument = true; }");

        var author = await NewSignedInPageAsync(Roles.Analyst);
        await GotoAsync(author, $"/statements/{statement}");
        await SelectWordsAsync(author, "never accept");
        await author.GetByTestId("annotate").ClickAsync();
        await author.GetByTestId("annotation-form").GetByLabel("Note").FillAsync("Compare with the 2019 position.");
        await author.GetByTestId("save-annotation").ClickAsync();
        await Expect(author.GetByTestId("quote").Locator("mark")).ToHaveTextAsync("never accept");

        await Expect(watcher.GetByTestId("quote").Locator("mark")).ToHaveTextAsync("never accept");
        await Expect(watcher.GetByTestId("annotations")).ToContainTextAsync("Compare with the 2019 position.");
        await Expect(watcher.GetByTestId("live-notice")).ToContainTextAsync("analyst@claimtracker.test");
        Assert.True(await watcher.EvaluateAsync<bool>("() => window.liveTestSameDocument === true"), "The watching page reloaded.");
        await ScreenshotAsync(watcher, "w6-live-note-from-a-colleague");
    }

    /// <summary>Selects the given words inside the quote the way a mouse drag would.</summary>
    private static Task SelectWordsAsync(IPage page, string words) =>
        page.EvaluateAsync(
            """
            words => {
              const quote = document.querySelector('[data-testid=quote]');
              const walker = document.createTreeWalker(quote, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const at = node.textContent.indexOf(words);
                if (at >= 0) {
                  const range = document.createRange();
                  range.setStart(node, at);
                  range.setEnd(node, at + words.length);
                  const selection = window.getSelection();
                  selection.removeAllRanges();
                  selection.addRange(range);
                  return;
                }
              }
              throw new Error('words not in the quote: ' + words);
            }
            """,
            words);
}
