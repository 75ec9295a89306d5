using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ClaimTracker.BrowserTests.Infrastructure;

/// <summary>
/// Base for browser test classes: the shared app and browser, plus the browser contexts this test opened, which are
/// closed when the test ends.
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(BrowserFixture fixture, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];
    private readonly List<string> _policyViolations = [];

    protected BrowserFixture Fixture { get; } = fixture;

    protected ITestOutputHelper Output { get; } = output;

    /// <summary>A word no seed record and no earlier run contains, for finding what this test created.</summary>
    protected static string UniqueWord(string prefix) => prefix + Guid.NewGuid().ToString("N")[..12];

    protected async Task<IPage> NewSignedInPageAsync(string role) => Track(await Fixture.NewSignedInPageAsync(role));

    protected async Task<IPage> NewAnonymousPageAsync() => Track(await Fixture.NewAnonymousPageAsync());

    protected Task GotoAsync(IPage page, string path) => Fixture.GotoAsync(page, path);

    protected async Task ScreenshotAsync(IPage page, string name)
    {
        var path = await BrowserFixture.ScreenshotAsync(page, name);
        Output.WriteLine($"Screenshot: {path}");
    }

    /// <summary>
    /// Clicks a link on its words. A plain click aims at the centre of the link's first box, which for a
    /// &lt;q&gt; quote is the opening quotation mark; Chromium hit-tests that generated mark to the table cell, so
    /// the click never reaches the link. A reader clicks the words, and so does this.
    /// </summary>
    protected static async Task ClickLinkTextAsync(ILocator link)
    {
        var box = await link.BoundingBoxAsync() ?? throw new InvalidOperationException("The link is not on screen.");
        await link.ClickAsync(new() { Position = new() { X = box.Width / 2, Y = Math.Min(8, box.Height / 2) } });
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }
        // The Content-Security-Policy must never have to block anything the app itself serves.
        Assert.Empty(_policyViolations);
    }

    private IPage Track(IPage page)
    {
        _contexts.Add(page.Context);
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                lock (_policyViolations)
                {
                    _policyViolations.Add(message.Text);
                }
            }
        };
        return page;
    }
}
