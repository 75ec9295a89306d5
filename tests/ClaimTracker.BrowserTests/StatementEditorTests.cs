using System.Text.RegularExpressions;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClaimTracker.BrowserTests;

public sealed class StatementEditorTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task Analyst_adds_a_statement_through_the_form_and_the_list_search_finds_it()
    {
        var marker = UniqueWord("addtest");
        var quote = $"Every claim in this test is checked twice ({marker})";
        var page = await NewSignedInPageAsync(Roles.Analyst);
        await GotoAsync(page, "/statements/new");

        await page.GetByLabel("Words as reported").FillAsync(quote);
        await page.GetByLabel("Said on").FillAsync("2019-07-23");
        await ChooseAsync(page, "speaker", "Ayres", "Alyssa Ayres (United States)");
        await ChooseAsync(page, "source", "About-Face", "Foreign Policy: Trump Does an About-Face on Pakistan");
        await page.GetByLabel("Topics (comma-separated)").FillAsync("Mediation, Browser tests");
        // Choosing the speaker filled in the role they held on that date.
        await Expect(page.GetByLabel("Role at the time")).ToHaveValueAsync("Scholar on India and Pakistan, Council on Foreign Relations");

        await page.GetByTestId("save").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/statements/\d+$"));
        await Expect(page.GetByTestId("quote")).ToHaveTextAsync(quote);
        await Expect(page.GetByTestId("speaker-link")).ToHaveTextAsync("Alyssa Ayres");
        await Expect(page.GetByTestId("source")).ToContainTextAsync("Foreign Policy");
        await Expect(page.Locator(".topic").Filter(new() { HasText = "Mediation" })).ToBeVisibleAsync();
        await Expect(page.Locator(".topic").Filter(new() { HasText = "Browser tests" })).ToBeVisibleAsync();
        await ScreenshotAsync(page, "b1-new-statement-page");

        await SearchAsync(page, marker);
        var rows = page.GetByTestId("statement-row");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows).ToContainTextAsync(quote);
        await Expect(rows.Locator("td.speaker")).ToContainTextAsync("Alyssa Ayres");
        await ScreenshotAsync(page, "b2-statement-list-finds-new-statement");
    }

    [Fact]
    public async Task Saving_without_words_or_speaker_shows_what_to_fix_and_creates_nothing()
    {
        var marker = UniqueWord("badtest");
        var page = await NewSignedInPageAsync(Roles.Analyst);
        await GotoAsync(page, "/statements/new");

        await page.GetByTestId("save").ClickAsync();

        var form = page.GetByTestId("statement-form");
        await Expect(form.GetByText("Enter the words of the statement.")).ToBeVisibleAsync();
        await Expect(form.GetByText("Choose a speaker from the list.")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("errors")).ToContainTextAsync("Enter the words of the statement.");
        await Expect(page).ToHaveURLAsync(new Regex("/statements/new$"));
        await ScreenshotAsync(page, "c1-empty-statement-form-errors");

        // With words but still no speaker, only the speaker is asked for and the form stays open.
        await page.GetByLabel("Words as reported").FillAsync($"A statement nobody said ({marker})");
        await page.GetByTestId("save").ClickAsync();

        await Expect(form.GetByText("Enter the words of the statement.")).ToHaveCountAsync(0);
        await Expect(form.GetByText("Choose a speaker from the list.")).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/statements/new$"));
        await ScreenshotAsync(page, "c2-statement-form-speaker-missing");

        await SearchAsync(page, marker);
        await Expect(page.GetByTestId("no-results")).ToHaveTextAsync("No statements match these filters.");
        await Expect(page.GetByTestId("statement-row")).ToHaveCountAsync(0);
    }

    /// <summary>Types into a Lookup and clicks the match, as a user picks a speaker or a source.</summary>
    private static async Task ChooseAsync(IPage page, string lookup, string typed, string optionText)
    {
        var box = page.GetByTestId(lookup);
        await box.Locator("input").FillAsync(typed);
        await box.GetByRole(AriaRole.Option).Filter(new() { HasText = optionText }).ClickAsync();
        await Expect(page.GetByTestId($"{lookup}-chosen")).ToContainTextAsync(optionText);
    }

    private async Task SearchAsync(IPage page, string text)
    {
        await GotoAsync(page, "/statements");
        await page.GetByLabel("Search quotes").FillAsync(text);
        await page.GetByTestId("apply-filters").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/statements\?q=" + Regex.Escape(text) + "$"));
    }
}
