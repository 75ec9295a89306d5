using ClaimTracker.Application.Annotations;
using ClaimTracker.Application.Common.Changes;
using ClaimTracker.Application.Statements;
using ClaimTracker.Web.Components.Pages.Statements;
using ClaimTracker.Web.Tests.Support;
using static ClaimTracker.Web.Tests.Support.Samples;

namespace ClaimTracker.Web.Tests.Statements;

/// <summary>A colleague's save reaches an open statement page without a reload, and the page says who made it.</summary>
public sealed class LiveUpdateTests : ComponentTest
{
    // The statement page reloads this long after the last change it heard of.
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(250);

    [Fact]
    public async Task Changes_in_a_burst_reload_the_page_once_after_the_last_one()
    {
        Dispatcher.On((GetStatement _) => Statement(5));
        Dispatcher.On((ListAnnotations _) => new StatementAnnotations(Statement(5).Quote, []));
        var cut = Render<StatementPage>(p => p.Add(x => x.Id, 5));
        var loadsBefore = Dispatcher.SentOf<GetStatement>().Count();

        for (var i = 0; i < 3; i++)
        {
            await Changes.PublishAsync(new DeskChange(Guid.NewGuid(), "EditStatement", "editor@desk.test", DateTime.UtcNow, [5]) { Action = "edited the statement" });
            Time.Advance(QuietPeriod / 2);
        }
        Assert.Equal(loadsBefore, Dispatcher.SentOf<GetStatement>().Count());

        Time.Advance(QuietPeriod);

        cut.WaitForAssertion(() => Assert.Equal(loadsBefore + 1, Dispatcher.SentOf<GetStatement>().Count()));
        Assert.Equal("Updated just now by editor@desk.test (edited the statement).", cut.Find("[data-testid=live-notice]").TextContent);
    }

    [Fact]
    public async Task A_colleagues_change_to_this_statement_reloads_it_and_names_them()
    {
        var statement = Statement(5);
        var loads = 0;
        Dispatcher.On((GetStatement _) => loads++ == 0 ? statement : statement with { Venue = "Changed by a colleague" });
        Dispatcher.On((ListAnnotations _) => new StatementAnnotations(statement.Quote, []));
        SignInAs("Analyst");
        var cut = Render<StatementPage>(p => p.Add(x => x.Id, 5));

        // The notice reads the action the command declares; its class name (here one it might be renamed to) never shows.
        await Changes.PublishAsync(new DeskChange(Guid.NewGuid(), "AnnotateQuoteRenamed", "editor@desk.test", DateTime.UtcNow, [5])
        {
            Action = "annotated the quote",
        });
        Time.Advance(QuietPeriod);

        cut.WaitForAssertion(() => Assert.Contains("Changed by a colleague", cut.Find("[data-testid=statement]").TextContent), TimeSpan.FromSeconds(5));
        Assert.Equal("Updated just now by editor@desk.test (annotated the quote).", cut.Find("[data-testid=live-notice]").TextContent);
    }

    [Fact]
    public async Task A_change_to_another_statement_leaves_the_page_alone()
    {
        Dispatcher.On((GetStatement _) => Statement(5));
        Dispatcher.On((ListAnnotations _) => new StatementAnnotations(Statement(5).Quote, []));
        var cut = Render<StatementPage>(p => p.Add(x => x.Id, 5));
        var loadsBefore = Dispatcher.SentOf<GetStatement>().Count();

        await Changes.PublishAsync(new DeskChange(Guid.NewGuid(), "LinkStatements", "editor@desk.test", DateTime.UtcNow, [8, 9]));
        // Well past the moment the listener would have reloaded had it taken the change.
        Time.Advance(QuietPeriod * 4);

        Assert.Equal(loadsBefore, Dispatcher.SentOf<GetStatement>().Count());
        Assert.Empty(cut.FindAll("[data-testid=live-notice]"));
    }
}
