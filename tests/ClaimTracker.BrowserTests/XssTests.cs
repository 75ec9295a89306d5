using ClaimTracker.Application.Annotations;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Reviews;
using ClaimTracker.Application.Sources;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Statements;
using ClaimTracker.BrowserTests.Infrastructure;
using ClaimTracker.Domain.Annotations;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Speakers;
using ClaimTracker.Domain.Sources;
using ClaimTracker.Domain.Statements;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClaimTracker.BrowserTests;

/// <summary>
/// Typical script-injection payloads stored in every free-text field must come back as text: no element is
/// created from them, no handler runs, no dialog opens.
/// </summary>
public sealed class XssTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private static readonly string[] Payloads =
    [
        "<script>window.__xss = 'script'</script>",
        "<img src=x onerror=\"window.__xss = 'img'\">",
        "<svg onload=\"window.__xss = 'svg'\"></svg>",
        "\"><iframe src=\"javascript:window.__xss='iframe'\"></iframe>",
    ];

    [Fact]
    public async Task Payloads_in_every_free_text_field_are_shown_as_text_and_never_run()
    {
        var marker = UniqueWord("xss");
        var payload = string.Join(" ", Payloads);
        var speaker = await Fixture.SendAsAsync(Roles.Analyst, new CreateSpeaker(new SpeakerInput
        {
            Name = $"Speaker {marker} {Payloads[1]}",
            Kind = SpeakerKind.Person,
            Country = Payloads[0],
            Affiliation = Payloads[2],
            Aliases = Payloads[3],
            Roles = [new SpeakerRoleInput(Payloads[1], null, null)],
        }));
        var source = await Fixture.SendAsAsync(Roles.Analyst, new CreateSource(new SourceInput
        {
            Outlet = Payloads[0],
            Headline = $"Headline {marker} {Payloads[1]}",
            Authors = Payloads[2],
            Kind = SourceKind.NewsArticle,
            Note = payload,
        }));
        var input = new StatementInput
        {
            Quote = $"Quote {marker} {payload}",
            QuoteKind = QuoteKind.DirectQuote,
            SpeakerId = speaker,
            SpeakerRole = Payloads[2],
            SaidOn = new DateOnly(2020, 1, 2),
            SourceId = source,
            Venue = Payloads[3],
            Context = payload,
            Topics = [$"topic {marker} <b>bold</b>"],
        };
        var statement = await Fixture.SendAsAsync(Roles.Analyst, new CreateStatement(input));
        var other = await Fixture.CreateStatementAsync($"Other statement {marker}");
        // The other statement is dated 2019, before this one: linked as the analyst would after confirming the warning.
        await Fixture.SendAsAsync(Roles.Analyst, new LinkStatements(other, statement, LinkRelation.Rebuts, payload) { ConfirmedEarlierResponse = true });
        await Fixture.SendAsAsync(Roles.Analyst, new AnnotateQuote(statement, 0, 5, AnnotationKind.Comment, payload));
        await Fixture.SendAsAsync(Roles.Editor, new DraftReview(statement, null, new ReviewInput
        {
            Rating = Rating.False,
            Rationale = payload,
            Evidence = [new EvidenceInput(Payloads[1], null, other, EvidenceStance.Refutes)],
        }));

        var page = await NewSignedInPageAsync(Roles.Editor);
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };

        foreach (var path in new[] { $"/statements/{statement}", $"/statements/{other}", $"/speakers/{speaker}", $"/statements?q={marker}", "/sources" })
        {
            await GotoAsync(page, path);
            await Expect(page.Locator("main")).ToContainTextAsync(marker.Length > 0 && path.StartsWith("/sources", StringComparison.Ordinal) ? "Headline" : marker);
            Assert.Null(await page.EvaluateAsync<string?>("() => window.__xss ?? null"));
            Assert.Equal(0, await page.Locator("main script, main iframe, main svg[onload], main img[onerror]").CountAsync());
        }

        await GotoAsync(page, $"/statements/{statement}");
        await Expect(page.GetByTestId("quote")).ToContainTextAsync(Payloads[0]);
        await Expect(page.GetByTestId("rationale")).ToContainTextAsync(Payloads[1]);
        await Expect(page.GetByTestId("annotations")).ToContainTextAsync(Payloads[2]);
        await ScreenshotAsync(page, "x1-payloads-shown-as-text");
        Assert.Equal(0, dialogs);
    }

    [Fact]
    public async Task Pages_carry_a_policy_that_forbids_inline_script_and_framing()
    {
        var page = await NewAnonymousPageAsync();

        var response = await page.GotoAsync("/fact-checks");

        var headers = await response!.AllHeadersAsync();
        var policy = headers["content-security-policy"];
        var directives = policy.Split(';', StringSplitOptions.TrimEntries);
        Assert.Contains("script-src 'self'", directives);
        Assert.Contains("frame-ancestors 'none'", directives);
        Assert.Equal("nosniff", headers["x-content-type-options"]);
        Assert.Equal("DENY", headers["x-frame-options"]);
    }
}
