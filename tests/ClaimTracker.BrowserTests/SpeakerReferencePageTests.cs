using System.Text.RegularExpressions;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Speakers;
using ClaimTracker.BrowserTests.Infrastructure;
using ClaimTracker.Domain.Speakers;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClaimTracker.BrowserTests;

/// <summary>A speaker's reference page: typed in the editor, refused when it is not a web link, shown as a link.</summary>
public sealed class SpeakerReferencePageTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task An_analyst_gives_a_speaker_a_reference_page_and_the_speaker_page_links_to_it()
    {
        var marker = UniqueWord("refpage");
        var id = await Fixture.SendAsAsync(Roles.Analyst, new CreateSpeaker(new SpeakerInput { Name = $"Referenced {marker}", Kind = SpeakerKind.Person }));
        var page = await NewSignedInPageAsync(Roles.Analyst);
        await GotoAsync(page, $"/speakers/{id}/edit");

        // The browser accepts javascript: in a url field; the desk does not.
        await page.GetByLabel("Reference page (URL)").FillAsync("javascript:alert(1)");
        await page.GetByTestId("save").ClickAsync();
        await Expect(page.GetByTestId("speaker-form").Locator(".validation-message"))
            .ToHaveTextAsync("The reference page must be a full web address starting with http:// or https://.");
        await ScreenshotAsync(page, "reference-page-1-refused");
        Assert.Null((await Fixture.SendAsAsync(Roles.Viewer, new GetSpeaker(id))).ReferenceUrl);

        await page.GetByLabel("Reference page (URL)").FillAsync($"https://people.example/wiki/{marker}");
        await page.GetByTestId("save").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/speakers/{id}$"));
        var link = page.GetByTestId("reference-url");
        await Expect(link).ToHaveAttributeAsync("href", $"https://people.example/wiki/{marker}");
        await Expect(link).ToHaveAttributeAsync("rel", "noopener noreferrer");
        await ScreenshotAsync(page, "reference-page-2-speaker");
    }
}
