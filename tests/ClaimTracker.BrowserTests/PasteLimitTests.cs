using System.Text.RegularExpressions;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClaimTracker.BrowserTests;

/// <summary>
/// Pasting far more than a field holds used to drop the connection (SignalR's 32 KB message limit) and bring the form
/// back empty. The field now takes what it allows, says where it stopped, and the page keeps working.
/// </summary>
public sealed class PasteLimitTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    public static TheoryData<int> PasteSizes => [40 * 1024, 1024 * 1024];

    [Theory]
    [MemberData(nameof(PasteSizes))]
    public async Task Pasting_far_more_than_the_quote_holds_keeps_the_connection_and_the_typed_text(int size)
    {
        const string Typed = "Words typed before the paste. ";
        var page = await NewSignedInPageAsync(Roles.Analyst);
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await GotoAsync(page, "/statements/new");
        var quote = page.GetByLabel("Words as reported");
        await quote.PressSequentiallyAsync(Typed);
        await page.GetByLabel("Venue or occasion").FillAsync("A venue typed before the paste");

        // A real paste from the clipboard, as a user would do it (Ctrl+V), of text with quotes and non-ASCII letters.
        var pasted = string.Concat(Enumerable.Repeat("“Ärger” über Österreich, said \"again\". ", (size / 10) + 1))[..size];
        await page.EvaluateAsync("text => navigator.clipboard.writeText(text)", pasted);
        await quote.FocusAsync();
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.PressAsync("Control+V");
        await page.Keyboard.PressAsync("Tab");

        await Expect(page.GetByTestId("quote-limit")).ToContainTextAsync("The quote can be at most 4,000 characters");
        var value = await quote.InputValueAsync();
        Assert.Equal(4000, value.Length);
        Assert.StartsWith(Typed + pasted[..20], value, StringComparison.Ordinal);
        await ScreenshotAsync(page, $"paste-{size / 1024}k-quote-at-limit");

        // The circuit still answers: saving asks for the missing speaker, and nothing typed was lost.
        await page.GetByTestId("save").ClickAsync();
        await Expect(page.GetByTestId("statement-form").GetByText("Choose a speaker from the list.")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Venue or occasion")).ToHaveValueAsync("A venue typed before the paste");
        Assert.Equal(value, await quote.InputValueAsync());
        await Expect(page).ToHaveURLAsync(new Regex("/statements/new$"));
        await ScreenshotAsync(page, $"paste-{size / 1024}k-form-still-working");
    }
}
