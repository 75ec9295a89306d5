using ClaimTracker.Application.Common.Search;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Topics;
using ClaimTracker.Web.Components.Pages.Statements;
using ClaimTracker.Web.Tests.Support;
using static ClaimTracker.Web.Tests.Support.Samples;

namespace ClaimTracker.Web.Tests.Statements;

/// <summary>Search results in the statement list: marked words, where else a statement matched, best match first.</summary>
public sealed class StatementListSearchTests : ComponentTest
{
    private const string Quote = "I was with Prime Minister Modi two weeks ago and he asked me to be a mediator.";

    public StatementListSearchTests()
    {
        Dispatcher.On((GetSpeaker q) => Speaker(q.Id));
    }

    private IRenderedComponent<StatementList> RenderAt(string url, params StatementSummary[] rows)
    {
        Dispatcher.On((ListStatements _) => PageOf(rows));
        GoTo(url);
        return Render<StatementList>();
    }

    [Fact]
    public void The_words_that_matched_are_marked_in_the_quote()
    {
        var mediator = Quote.IndexOf("mediator", StringComparison.Ordinal);
        var cut = RenderAt("statements?q=mediate", Summary() with
        {
            Match = new SearchHighlight { Quote = new MarkedText(Quote, [new TextRange(mediator, "mediator".Length)]) },
        });

        var quote = cut.Find("[data-testid=statement-row] .words.direct");
        Assert.Equal($"“{Quote}”", quote.TextContent);
        Assert.Equal(["mediator"], quote.QuerySelectorAll("mark").Select(m => m.TextContent));
        Assert.Empty(cut.FindAll("[data-testid=search-match]"));
    }

    [Fact]
    public void A_match_in_the_topics_or_context_is_shown_under_the_quote_with_its_word_marked()
    {
        var cut = RenderAt("statements?q=Kashmir", Summary() with
        {
            Match = new SearchHighlight
            {
                Quote = new MarkedText(Quote, []),
                Topics = new MarkedText("Kashmir ; Mediation", [new TextRange(0, 7)]),
                Context = new MarkedText("…on <b>Kashmir</b> talks", [new TextRange(7, 7)]),
            },
        });

        Assert.Empty(cut.FindAll("q mark"));
        Assert.Equal("TopicsKashmir ; Mediation", cut.Find("[data-testid=matched-topics]").TextContent);
        Assert.Equal(["Kashmir"], cut.FindAll("[data-testid=matched-topics] mark").Select(m => m.TextContent));
        var context = cut.Find("[data-testid=matched-context]");
        Assert.Equal("Context…on <b>Kashmir</b> talks", context.TextContent);
        Assert.Empty(context.QuerySelectorAll("b"));
        Assert.Equal(["Kashmir"], context.QuerySelectorAll("mark").Select(m => m.TextContent));
        Assert.Empty(cut.FindAll("[data-testid=matched-speakers]"));
    }

    [Fact]
    public void A_search_too_common_to_rank_whole_says_how_many_of_its_matches_best_match_ranked()
    {
        Dispatcher.On((ListStatements _) => PageOf(Summary()) with { RankedAmong = 1000 });
        GoTo("statements?q=economy");
        var cut = Render<StatementList>();

        var note = string.Join(' ', cut.Find("[data-testid=ranked-among]").TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("best match ranks the 1,000 most recently entered of them", note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_search_ranked_whole_shows_no_note_about_ranking()
    {
        var cut = RenderAt("statements?q=mediate", Summary());

        Assert.Empty(cut.FindAll("[data-testid=ranked-among]"));
    }

    [Fact]
    public void A_search_asks_for_the_best_match_first_unless_another_order_is_chosen()
    {
        var cut = RenderAt("statements?q=mediate", Summary());

        Assert.Equal(StatementSort.Relevance, Dispatcher.Last<ListStatements>().Sort);
        Assert.Equal(["Best match", "Newest first", "Oldest first"], cut.FindAll("#sort option").Select(o => o.TextContent));

        cut.Find("#sort").Change(nameof(StatementSort.Newest));
        cut.Find("[data-testid=filters]").Submit();

        Assert.Equal("statements?q=mediate&sort=Newest", CurrentUrl);
        Assert.Equal(StatementSort.Newest, Dispatcher.Last<ListStatements>().Sort);
    }

    [Fact]
    public void Without_a_search_the_order_offers_no_best_match()
    {
        var cut = RenderAt("statements", Summary());

        Assert.Equal(["Newest first", "Oldest first"], cut.FindAll("#sort option").Select(o => o.TextContent));
        Assert.Equal(StatementSort.Newest, Dispatcher.Last<ListStatements>().Sort);
    }
}
