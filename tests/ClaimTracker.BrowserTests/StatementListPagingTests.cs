using System.Text.RegularExpressions;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.BrowserTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClaimTracker.BrowserTests;

/// <summary>The statement list's filters and pages as a reader uses them: picker, facet, pages, reload and Back.</summary>
public sealed class StatementListPagingTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task Filtering_by_speaker_and_kind_then_paging_survives_reload_and_back()
    {
        var page = await NewSignedInPageAsync(Roles.Viewer);
        // Small pages, so the seeded president's direct quotes fill three of them.
        await GotoAsync(page, "/statements?pageSize=4");

        await page.Locator("#speaker").FillAsync("Donald Tru");
        await page.GetByTestId("speaker-picker").GetByRole(AriaRole.Option).Filter(new() { HasText = "Donald Trump" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/statements\?speaker=\d+&pageSize=4$"));
        await Expect(page.GetByTestId("speaker-picker-chosen")).ToHaveTextAsync("Donald Trump");

        await page.GetByTestId("kind-facet").GetByRole(AriaRole.Link, new() { Name = "Direct quote" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/statements\?speaker=\d+&kind=DirectQuote&pageSize=4$"));
        // The address changes before the server has read the new list: wait for its rows, not for any four rows.
        await Expect(page.Locator("td.quote .meta")).ToHaveTextAsync(Enumerable.Repeat(new Regex("^Direct quote"), 4));
        await Expect(page.GetByTestId("page-no")).ToHaveTextAsync("Page 1");
        var firstPage = await QuotesAsync(page);

        await page.GetByTestId("next-page").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"&page=2&after=[^&]+&pageSize=4$"));
        await Expect(page.GetByTestId("page-no")).ToHaveTextAsync("Page 2");
        await Expect(page.GetByTestId("statement-row").First).Not.ToHaveTextAsync(new Regex(Regex.Escape(firstPage[0])));
        var secondPage = await QuotesAsync(page);
        Assert.Empty(secondPage.Intersect(firstPage));
        await ScreenshotAsync(page, "list-speaker-kind-page-2");

        await page.ReloadAsync();
        await BrowserFixture.WaitForCircuitAsync(page);
        await Expect(page.GetByTestId("page-no")).ToHaveTextAsync("Page 2");
        Assert.Equal(secondPage, await QuotesAsync(page));
        await Expect(page.GetByTestId("speaker-picker-chosen")).ToHaveTextAsync("Donald Trump");
        await Expect(page.GetByTestId("kind-facet").Locator("[aria-current=true]")).ToHaveTextAsync("Direct quote");

        // Open a statement by clicking the very start of its quote (where <q>'s generated mark used to swallow it).
        var link = page.GetByTestId("statement-link").First;
        await link.ClickAsync(new() { Position = new() { X = 2, Y = 2 } });
        await Expect(page).ToHaveURLAsync(new Regex(@"/statements/\d+$"));
        await Expect(page.GetByTestId("quote")).ToBeVisibleAsync();

        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"&page=2&after=[^&]+&pageSize=4$"));
        await Expect(page.GetByTestId("page-no")).ToHaveTextAsync("Page 2");
        await Expect(page.GetByTestId("statement-row")).ToHaveCountAsync(secondPage.Count);
        Assert.Equal(secondPage, await QuotesAsync(page));

        await page.GoBackAsync();
        await Expect(page.GetByTestId("page-no")).ToHaveTextAsync("Page 1");
        await Expect(page.GetByTestId("statement-row").First).ToHaveTextAsync(new Regex(Regex.Escape(firstPage[0])));
        Assert.Equal(firstPage, await QuotesAsync(page));

        await page.GoForwardAsync();
        await page.GetByTestId("previous-page").ClickAsync();
        await Expect(page.GetByTestId("page-no")).ToHaveTextAsync("Page 1");
        await Expect(page.GetByTestId("statement-row").First).ToHaveTextAsync(new Regex(Regex.Escape(firstPage[0])));
    }

    [Fact]
    public async Task Filtering_by_speaker_and_topic_lists_only_what_the_speaker_said_on_it_across_pages()
    {
        var page = await NewSignedInPageAsync(Roles.Viewer);
        await GotoAsync(page, "/statements?pageSize=2");

        await page.Locator("#speaker").FillAsync("Donald Tru");
        await page.GetByTestId("speaker-picker").GetByRole(AriaRole.Option).Filter(new() { HasText = "Donald Trump" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/statements\?speaker=\d+&pageSize=2$"));
        await page.Locator("#topic").FillAsync("kashm");
        var kashmirOption = page.GetByTestId("topic-picker").GetByRole(AriaRole.Option).Filter(new() { HasTextRegex = new Regex(@"^Kashmir \(\d+\)$") });
        await Expect(kashmirOption).ToBeVisibleAsync();
        await ScreenshotAsync(page, "list-topic-picker");
        await kashmirOption.ClickAsync();
        await Expect(page.GetByTestId("topic-picker-chosen")).ToHaveTextAsync("Kashmir");
        var kashmir = await Fixture.ReadAsync(db => db.Topics.Where(t => t.Name == "Kashmir").Select(t => t.Id).SingleAsync());

        // What the desk holds now (other tests may tag or edit statements): his statements on Kashmir, newest first.
        var expected = await Fixture.ReadAsync(db => db.Statements
            .Where(s => (s.Speaker.Name == "Donald Trump" || (s.OnBehalfOf != null && s.OnBehalfOf.Name == "Donald Trump"))
                && s.Topics.Any(t => t.Name == "Kashmir"))
            .OrderByDescending(s => s.SaidOn).ThenByDescending(s => s.Id).Select(s => s.Quote).ToListAsync());
        Assert.True(expected.Count > 2, "The seed has the president on Kashmir three times.");
        await Expect(page).ToHaveURLAsync(new Regex($@"/statements\?speaker=\d+&topic={kashmir}&pageSize=2$"));
        // The address changes before the server has read the new list, and the speaker's own first page is still
        // shown until then: wait for the rows the filter names, not for any two rows.
        await Expect(page.GetByTestId("statement-link")).ToContainTextAsync(expected.Take(2).ToArray());
        var firstPage = await QuotesAsync(page);
        await ScreenshotAsync(page, "list-speaker-topic-page-1");
        await page.GetByTestId("next-page").ClickAsync();
        await Expect(page.GetByTestId("page-no")).ToHaveTextAsync("Page 2");
        await Expect(page.GetByTestId("statement-link")).ToContainTextAsync(expected.Skip(2).Take(2).ToArray());
        var secondPage = await QuotesAsync(page);

        Assert.All(await page.Locator("td.speaker a").AllInnerTextsAsync(), name => Assert.Equal("Donald Trump", name));
        var shown = firstPage.Concat(secondPage).ToList();
        for (var i = 0; i < shown.Count; i++)
        {
            Assert.Contains(expected[i], shown[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_speaker_id_that_is_not_a_number_is_explained_on_the_page_not_a_crash()
    {
        var page = await NewSignedInPageAsync(Roles.Viewer);

        foreach (var bad in new[] { "abc", "99999999999" })
        {
            var response = await page.GotoAsync($"/statements?speaker={bad}");
            await BrowserFixture.WaitForCircuitAsync(page);

            Assert.Equal(200, response!.Status);
            await Expect(page.GetByTestId("errors")).ToContainTextAsync($"'{bad}' is not a speaker id");
            await Expect(page.GetByTestId("statement-row")).ToHaveCountAsync(0);
        }
        await ScreenshotAsync(page, "list-bad-speaker-id");
    }

    private static async Task<List<string>> QuotesAsync(IPage page) =>
        [.. await page.GetByTestId("statement-link").AllInnerTextsAsync()];
}
