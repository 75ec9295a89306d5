using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Desk;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Topics;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Statements;
using ClaimTracker.Web.Components.Pages.Statements;
using ClaimTracker.Web.Tests.Support;
using static ClaimTracker.Web.Tests.Support.Samples;

namespace ClaimTracker.Web.Tests.Statements;

public sealed class StatementListTests : ComponentTest
{
    public StatementListTests()
    {
        Dispatcher.On((ListTopics _) => PageOf(Topic(3, "Kashmir", 12), Topic(4, "Mediation", 5)));
        Dispatcher.On((GetTopic q) => Topic(q.Id, q.Id == 3 ? "Kashmir" : "Mediation", 12));
        Dispatcher.On((GetSpeaker q) => Speaker(q.Id));
    }

    private IRenderedComponent<StatementList> RenderAt(string url, params StatementSummary[] rows)
    {
        Dispatcher.On((ListStatements _) => PageOf(rows));
        GoTo(url);
        return Render<StatementList>();
    }

    [Fact]
    public void Shows_each_statement_with_speaker_quote_date_verdict_and_rebuttal_count()
    {
        var cut = RenderAt("statements",
            Summary(1),
            Summary(2) with
            {
                Quote = "Kashmir is a bilateral issue.",
                QuoteKind = QuoteKind.ReportedSpeech,
                SpeakerName = "Narendra Modi",
                SpeakerRole = null,
                SaidOn = new DateOnly(2019, 8, 1),
                SaidOnPrecision = DatePrecision.Month,
                SourceOutlet = "The Hindu",
                Verdict = null,
                ReviewStatus = null,
                RebuttalCount = 0,
            });

        var rows = cut.FindAll("[data-testid=statement-row]");
        Assert.Equal(2, rows.Count);

        var first = rows[0];
        Assert.Equal("22 Jul 2019", first.QuerySelector("td.date")!.TextContent.Trim());
        Assert.Equal("Donald Trump", first.QuerySelector("td.speaker a")!.TextContent);
        Assert.Equal("speakers/10", first.QuerySelector("td.speaker a")!.GetAttribute("href"));
        Assert.Equal("President of the United States", first.QuerySelector(".role")!.TextContent);
        Assert.Equal($"“{Summary(1).Quote}”", first.QuerySelector("[data-testid=statement-link]")!.TextContent);
        Assert.Equal("statements/1", first.QuerySelector("[data-testid=statement-link]")!.GetAttribute("href"));
        Assert.Equal("Direct quote · Reuters", first.QuerySelector(".meta")!.TextContent.Trim());
        Assert.Equal("False", first.QuerySelector("[data-testid=verdict]")!.TextContent.Trim());
        Assert.Equal("1", first.QuerySelector("[data-testid=rebuttal-count]")!.TextContent);

        var second = rows[1];
        Assert.Equal("Aug 2019", second.QuerySelector("td.date")!.TextContent.Trim());
        Assert.Null(second.QuerySelector(".words.direct"));
        Assert.Equal("Kashmir is a bilateral issue.", second.QuerySelector("[data-testid=statement-link].reported")!.TextContent);
        Assert.Equal("Reported speech · The Hindu", second.QuerySelector(".meta")!.TextContent.Trim());
        Assert.Equal("Unrated", second.QuerySelector("[data-testid=verdict]")!.TextContent.Trim());
        Assert.Equal("0", second.QuerySelector("[data-testid=rebuttal-count]")!.TextContent);
    }

    [Fact]
    public void Without_filters_asks_for_all_statements_newest_first()
    {
        RenderAt("statements", Summary());

        var query = Dispatcher.Last<ListStatements>();
        Assert.Equal(new ListStatements { Sort = StatementSort.Newest }, query);
    }

    [Fact]
    public void Asks_for_the_statements_the_url_filters_on()
    {
        RenderAt("statements?q=mediate%20Kashmir&speaker=10&topic=3&verdict=False&link=Rebuts&from=2019-07-01&to=2019-07-31&sort=Oldest");

        var query = Dispatcher.Last<ListStatements>();
        Assert.Equal("mediate Kashmir", query.Search);
        Assert.Equal(10, query.SpeakerId);
        Assert.Equal(3, query.TopicId);
        Assert.Equal(VerdictSet.Of([Rating.False]), query.Verdicts);
        Assert.Equal(LinkRelation.Rebuts, query.LinkKind);
        Assert.Equal(new DateOnly(2019, 7, 1), query.From);
        Assert.Equal(new DateOnly(2019, 7, 31), query.To);
        Assert.Equal(StatementSort.Oldest, query.Sort);
        Assert.Null(query.After);
    }

    [Fact]
    public void Shows_the_url_filters_in_the_filter_form()
    {
        var cut = RenderAt("statements?q=mediate&topic=3&verdict=MostlyFalse&link=Contradicts&from=2019-07-01&to=2019-07-31&sort=Oldest");

        Assert.Equal("mediate", cut.Find("#search").GetAttribute("value"));
        Assert.Equal("Kashmir", cut.Find("[data-testid=topic-picker-chosen]").TextContent);
        Assert.Equal("MostlyFalse", cut.Find("#verdict").GetAttribute("value"));
        Assert.Equal("Contradicts", cut.Find("#link").GetAttribute("value"));
        Assert.Equal("2019-07-01", cut.Find("#from").GetAttribute("value"));
        Assert.Equal("2019-07-31", cut.Find("#to").GetAttribute("value"));
        Assert.Equal("Oldest", cut.Find("#sort").GetAttribute("value"));
    }

    [Fact]
    public void The_topic_picker_offers_the_topics_matching_what_is_typed_with_their_statement_counts()
    {
        var cut = RenderAt("statements");

        cut.Find("#topic").Input("kas");

        Assert.Equal(new ListTopics { Search = "kas", PageSize = 8 }, Dispatcher.Last<ListTopics>());
        Assert.Equal(["Kashmir (12)", "Mediation (5)"], cut.FindAll("[data-testid=topic-picker] li").Select(o => o.TextContent));
    }

    [Fact]
    public void No_topic_is_read_until_one_is_looked_up()
    {
        RenderAt("statements", Summary());

        // Every topic in a select would be kept by each open list; the picker asks only for what is typed.
        Assert.Empty(Dispatcher.SentOf<ListTopics>());
        Assert.Empty(Dispatcher.SentOf<GetTopic>());
    }

    [Fact]
    public void Picking_a_topic_lists_its_statements_at_once_keeping_the_other_filters()
    {
        var cut = RenderAt("statements?q=mediate&speaker=10&page=2&after=cursor-1", Summary());

        cut.Find("#topic").Input("Media");
        cut.FindAll("[data-testid=topic-picker] li").Single(li => li.TextContent == "Mediation (5)").Click();

        Assert.Equal("statements?q=mediate&speaker=10&topic=4", CurrentUrl);
        var query = Dispatcher.Last<ListStatements>();
        Assert.Equal((4, 10), (query.TopicId, query.SpeakerId));
        Assert.Null(query.After);
        Assert.Equal("Mediation", cut.Find("[data-testid=topic-picker-chosen]").TextContent);
    }

    [Fact]
    public void Removing_the_topic_filter_keeps_the_other_filters()
    {
        var cut = RenderAt("statements?q=mediate&topic=3", Summary());

        cut.Find("[data-testid=topic-picker] button").Click();

        Assert.Equal("statements?q=mediate", CurrentUrl);
        Assert.Null(Dispatcher.Last<ListStatements>().TopicId);
        Assert.Empty(cut.FindAll("[data-testid=topic-picker-chosen]"));
    }

    [Fact]
    public void An_unknown_topic_in_the_url_is_reported_rather_than_shown_as_an_empty_list()
    {
        Dispatcher.Throw<GetTopic>(new NotFoundException("Topic", 99));

        var cut = RenderAt("statements?topic=99", Summary());

        Assert.Equal("Topic 99 was not found.", Read.Text(cut.Find("[data-testid=errors]")));
        Assert.Empty(Dispatcher.SentOf<ListStatements>());
        Assert.Empty(cut.FindAll("[data-testid=statement-row]"));
    }

    [Fact]
    public void Verdict_unrated_in_the_url_asks_only_for_statements_nobody_rated()
    {
        RenderAt("statements?verdict=unrated");

        var query = Dispatcher.Last<ListStatements>();
        Assert.Equal([null], query.Verdicts.All);
    }

    [Fact]
    public void A_review_stage_in_the_url_asks_for_statements_at_that_stage_and_shows_in_the_form()
    {
        var cut = RenderAt("statements?status=InReview");

        Assert.Equal(ReviewStatus.InReview, Dispatcher.Last<ListStatements>().Status);
        Assert.Equal("InReview", cut.Find("#status").GetAttribute("value"));
    }

    [Fact]
    public void A_speaker_in_the_url_is_named_in_the_speaker_picker()
    {
        var cut = RenderAt("statements?speaker=10", Summary());

        Assert.Equal(10, Dispatcher.Last<GetSpeaker>().Id);
        Assert.Equal("Donald Trump", cut.Find("[data-testid=speaker-picker-chosen]").TextContent);
    }

    [Fact]
    public void Paging_a_speaker_and_topic_list_reads_the_speaker_and_topic_once()
    {
        var cut = RenderAt("statements?speaker=10&topic=3", Summary());

        GoTo("statements?speaker=10&topic=3&page=2&after=cursor-1");

        cut.WaitForAssertion(() => Assert.Equal("cursor-1", Dispatcher.Last<ListStatements>().After));
        Assert.Single(Dispatcher.SentOf<GetSpeaker>());
        Assert.Single(Dispatcher.SentOf<GetTopic>());
        Assert.Equal("Donald Trump", cut.Find("[data-testid=speaker-picker-chosen]").TextContent);
        Assert.Equal("Kashmir", cut.Find("[data-testid=topic-picker-chosen]").TextContent);
    }

    [Fact]
    public void Picking_a_speaker_lists_their_statements_at_once_keeping_the_other_filters()
    {
        Dispatcher.On((ListSpeakers q) => PageOf(SpeakerSummary(10)));
        var cut = RenderAt("statements?q=mediate&page=2&after=cursor-1", Summary());

        cut.Find("#speaker").Input("Trump");
        cut.Find("[data-testid=speaker-picker] li").Click();

        Assert.Equal("Trump", Dispatcher.Last<ListSpeakers>().Search);
        Assert.Equal("statements?q=mediate&speaker=10", CurrentUrl);
        var query = Dispatcher.Last<ListStatements>();
        Assert.Equal(10, query.SpeakerId);
        Assert.Null(query.After);
    }

    [Theory]
    [InlineData("statements?speaker=abc", "'abc' is not a speaker id")]
    [InlineData("statements?speaker=99999999999", "'99999999999' is not a speaker id")]
    [InlineData("statements?verdict=True,maybe", "'maybe' is not one of")]
    [InlineData("statements?pageSize=1.5", "'1.5' is not a page size")]
    public void A_url_value_of_the_wrong_kind_is_explained_and_nothing_is_listed(string url, string message)
    {
        var cut = RenderAt(url, Summary());

        Assert.Contains(message, Read.Text(cut.Find("[data-testid=errors]")), StringComparison.Ordinal);
        Assert.Empty(Dispatcher.SentOf<ListStatements>());
        Assert.Empty(cut.FindAll("[data-testid=statement-row]"));
        Assert.Empty(cut.FindAll("[data-testid=no-results]"));
    }

    [Fact]
    public void The_kind_facet_links_to_the_same_list_with_one_kind_and_marks_the_current_one()
    {
        var cut = RenderAt("statements?speaker=10&kind=Paraphrase&page=2&after=cursor-1", Summary());

        Assert.Equal(QuoteKind.Paraphrase, Dispatcher.Last<ListStatements>().Kind);
        var links = cut.FindAll("[data-testid=kind-facet] a");
        Assert.Equal(["All", "Direct quote", "Paraphrase", "Reported speech"], links.Select(a => a.TextContent));
        Assert.Equal(["statements?speaker=10", "statements?speaker=10&kind=DirectQuote", "statements?speaker=10&kind=Paraphrase",
            "statements?speaker=10&kind=ReportedSpeech"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal("Paraphrase", cut.Find("[data-testid=kind-facet] a[aria-current=true]").TextContent);
    }

    [Fact]
    public void Several_verdicts_from_a_link_are_listed_together_and_kept_when_other_filters_change()
    {
        var cut = RenderAt("statements?verdict=False,MostlyFalse", Summary());

        Assert.Equal(VerdictSet.Of([Rating.MostlyFalse, Rating.False]), Dispatcher.Last<ListStatements>().Verdicts);
        Assert.Equal("several", cut.Find("#verdict").GetAttribute("value"));
        Assert.Equal("Mostly false or False", cut.Find("#verdict option[value=several]").TextContent);

        cut.Find("#search").Change("mediate");
        cut.Find("[data-testid=filters]").Submit();

        Assert.Equal("statements?q=mediate&verdict=MostlyFalse,False", CurrentUrl);
    }

    [Fact]
    public void A_members_work_from_a_chart_link_is_named_and_can_be_removed()
    {
        var cut = RenderAt("statements?member=editor%40claimtracker.test&work=published&workFrom=2026-11-02", Summary());

        var query = Dispatcher.Last<ListStatements>();
        Assert.Equal(("editor@claimtracker.test", MemberWork.Published, new DateOnly(2026, 11, 2)), (query.Member, query.Work, query.WorkFrom));
        var chip = cut.Find("[data-testid=member-filter]");
        Assert.Equal("Verdict published by editor@claimtracker.test since 2 Nov 2026 remove", Read.Text(chip));
        Assert.Equal("statements", chip.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void An_unknown_speaker_in_the_url_is_reported_rather_than_shown_as_an_empty_list()
    {
        Dispatcher.Throw<GetSpeaker>(new NotFoundException("Speaker", 99));

        var cut = RenderAt("statements?speaker=99", Summary());

        Assert.Equal("Speaker 99 was not found.", Read.Text(cut.Find("[data-testid=errors]")));
        Assert.Empty(cut.FindAll("[data-testid=statement-row]"));
    }

    [Fact]
    public void Submitting_the_filter_form_puts_the_chosen_filters_in_the_url_and_lists_them()
    {
        var cut = RenderAt("statements", Summary());

        cut.Find("#search").Change("  mediate Kashmir ");
        cut.Find("#verdict").Change("MostlyFalse");
        cut.Find("#link").Change("Contradicts");
        cut.Find("#from").Change("2019-07-01");
        cut.Find("#to").Change("2019-07-31");
        cut.Find("#sort").Change("Oldest");
        cut.Find("[data-testid=filters]").Submit();

        Assert.Equal("statements?q=mediate%20Kashmir&verdict=MostlyFalse&link=Contradicts&from=2019-07-01&to=2019-07-31&sort=Oldest", CurrentUrl);
        var query = Dispatcher.Last<ListStatements>();
        Assert.Equal("mediate Kashmir", query.Search);
        Assert.Equal(VerdictSet.Of([Rating.MostlyFalse]), query.Verdicts);
        Assert.Equal(LinkRelation.Contradicts, query.LinkKind);
        Assert.Equal(new DateOnly(2019, 7, 1), query.From);
        Assert.Equal(new DateOnly(2019, 7, 31), query.To);
        Assert.Equal(StatementSort.Oldest, query.Sort);
    }

    [Fact]
    public void Submitting_the_filter_form_keeps_the_speaker_and_topic_from_the_url()
    {
        var cut = RenderAt("statements?speaker=10&topic=3", Summary());

        cut.Find("#verdict").Change("unrated");
        cut.Find("[data-testid=filters]").Submit();

        Assert.Equal("statements?speaker=10&topic=3&verdict=unrated", CurrentUrl);
        var query = Dispatcher.Last<ListStatements>();
        Assert.Equal((10, 3), (query.SpeakerId, query.TopicId));
        Assert.Equal([null], query.Verdicts.All);
    }

    [Fact]
    public void Removing_the_speaker_filter_keeps_the_other_filters()
    {
        var cut = RenderAt("statements?q=mediate&speaker=10", Summary());

        cut.Find("[data-testid=speaker-picker] button").Click();

        Assert.Equal("statements?q=mediate", CurrentUrl);
        Assert.Null(Dispatcher.Last<ListStatements>().SpeakerId);
        Assert.Empty(cut.FindAll("[data-testid=speaker-picker-chosen]"));
    }

    [Fact]
    public void Clear_removes_every_filter()
    {
        var cut = RenderAt("statements?q=mediate&speaker=10&verdict=False", Summary());

        cut.FindAll("[data-testid=filters] button").Single(b => b.TextContent == "Clear").Click();

        Assert.Equal("statements", CurrentUrl);
        Assert.Equal(new ListStatements(), Dispatcher.Last<ListStatements>());
    }

    [Fact]
    public async Task A_colleagues_new_statement_shows_in_the_open_list_without_a_reload()
    {
        var cut = RenderAt("statements", Summary(1));
        Dispatcher.On((ListStatements _) => PageOf(Summary(2) with { Quote = "A quote a colleague has just entered." }, Summary(1)));

        await Changes.PublishAsync(new ClaimTracker.Application.Common.Changes.DeskChange(Guid.NewGuid(), "CreateStatement", "editor@desk.test", DateTime.UtcNow, [2]));

        // The list reads again after the feed's quiet period, on the real clock; the rows are a new read's.
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=statement-row]").Count), TimeSpan.FromSeconds(10));
        Assert.Equal("“A quote a colleague has just entered.”", cut.FindAll("[data-testid=statement-link]")[0].TextContent);
    }

    [Fact]
    public void While_a_new_address_is_read_the_rows_on_screen_say_they_are_the_previous_lists()
    {
        var cut = RenderAt("statements", Summary(1));
        Assert.Equal("false", cut.Find("[data-testid=statement-list]").GetAttribute("aria-busy"));

        var release = Dispatcher.Hold<ListStatements>();
        Dispatcher.On((ListStatements _) => PageOf(Summary(2)));
        GoTo("statements?kind=DirectQuote");

        // The previous rows and filters, marked busy (and dimmed by the stylesheet after a moment).
        var waiting = cut.Find("[data-testid=statement-list]");
        Assert.Equal("true", waiting.GetAttribute("aria-busy"));
        Assert.Contains("reading", waiting.ClassList);
        Assert.Equal("statements/1", cut.Find("[data-testid=statement-link]").GetAttribute("href"));
        Assert.Equal("All", cut.Find("[data-testid=kind-facet] [aria-current=true]").TextContent.Trim());

        release();
        cut.WaitForAssertion(() => Assert.Equal("statements/2", cut.Find("[data-testid=statement-link]").GetAttribute("href")));
        var read = cut.Find("[data-testid=statement-list]");
        Assert.Equal("false", read.GetAttribute("aria-busy"));
        Assert.DoesNotContain("reading", read.ClassList);
        Assert.Equal("Direct quote", cut.Find("[data-testid=kind-facet] [aria-current=true]").TextContent.Trim());
    }

    [Fact]
    public void An_empty_result_says_no_statements_match()
    {
        var cut = RenderAt("statements?q=nothing-like-this");

        Assert.Equal("No statements match these filters.", cut.Find("[data-testid=no-results]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=statement-row]"));
    }

    [Fact]
    public void Each_page_has_its_own_address_so_reload_and_back_keep_it()
    {
        Dispatcher.On((ListStatements q) => q.After switch
        {
            null => PageWithMore("cursor-1", Summary(1)),
            "cursor-1" => PageWithMore("cursor-2", Summary(2)) with { PreviousCursor = null },
            _ => PageOf(Summary(3)) with { PreviousCursor = "cursor-1" },
        });
        GoTo("statements?q=mediate");
        var cut = Render<StatementList>();
        Assert.Equal("Page 1", cut.Find("[data-testid=page-no]").TextContent);
        Assert.Empty(cut.FindAll("a[data-testid=previous-page]"));

        GoTo(cut.Find("[data-testid=next-page]").GetAttribute("href")!);

        Assert.Equal("statements?q=mediate&page=2&after=cursor-1", CurrentUrl);
        Assert.Equal("cursor-1", Dispatcher.Last<ListStatements>().After);
        Assert.Equal("statements/2", cut.Find("[data-testid=statement-link]").GetAttribute("href"));
        Assert.Equal("Page 2", cut.Find("[data-testid=page-no]").TextContent);
        Assert.Equal("statements?q=mediate", cut.Find("[data-testid=previous-page]").GetAttribute("href"));

        GoTo(cut.Find("[data-testid=next-page]").GetAttribute("href")!);

        Assert.Equal("cursor-2", Dispatcher.Last<ListStatements>().After);
        Assert.Equal("Page 3", cut.Find("[data-testid=page-no]").TextContent);
        Assert.Empty(cut.FindAll("a[data-testid=next-page]"));
        Assert.Equal("statements?q=mediate&page=2&after=cursor-1", cut.Find("[data-testid=previous-page]").GetAttribute("href"));
    }

    [Fact]
    public void A_page_opened_from_its_address_shows_its_number_and_rows()
    {
        Dispatcher.On((ListStatements q) => q.After == "cursor-2" ? PageOf(Summary(3)) with { PreviousCursor = "cursor-1" } : PageOf(Summary(1)));
        GoTo("statements?page=3&after=cursor-2");

        var cut = Render<StatementList>();

        Assert.Equal("Page 3", cut.Find("[data-testid=page-no]").TextContent);
        Assert.Equal("statements/3", cut.Find("[data-testid=statement-link]").GetAttribute("href"));
    }

    [Fact]
    public void New_filters_start_again_from_the_first_page()
    {
        var cut = RenderAt("statements?page=2&after=cursor-1", Summary(2));

        cut.Find("#search").Change("mediate");
        cut.Find("[data-testid=filters]").Submit();

        Assert.Equal("statements?q=mediate", CurrentUrl);
        var query = Dispatcher.Last<ListStatements>();
        Assert.Equal("mediate", query.Search);
        Assert.Null(query.After);
        Assert.Empty(cut.FindAll("[data-testid=pager]"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Add_statement_is_offered_as_the_desk_allows(bool offered)
    {
        Dispatcher.On((GetDeskPermissions _) => new DeskCan(offered, false, false));

        var cut = RenderAt("statements", Summary());

        var add = cut.FindAll("a[href='statements/new']");
        Assert.Equal(offered, add.Count == 1);
    }

    [Fact]
    public void A_refused_page_request_shows_why_in_the_error_panel()
    {
        const string Message = "The page cursor is not valid; start again from the first page.";
        Dispatcher.On((ListStatements q) => q.After is null
            ? PageWithMore("tampered", Summary(1))
            : throw Invalid(("After", Message)));
        GoTo("statements");
        var cut = Render<StatementList>();

        GoTo(cut.Find("[data-testid=next-page]").GetAttribute("href")!);

        Assert.Equal(Message, cut.Find("[data-testid=errors]").TextContent.Trim());
        // Never page 1's rows under page 2's number.
        Assert.Empty(cut.FindAll("[data-testid=statement-row]"));
        Assert.Equal("statements", cut.Find("[data-testid=previous-page]").GetAttribute("href"));
    }

    [Fact]
    public void Quotes_containing_markup_are_shown_as_text()
    {
        const string Script = "<script>alert(1)</script>";
        var cut = RenderAt("statements", Summary() with { Quote = Script, SpeakerName = "<img src=x onerror=alert(1)>" });

        Assert.Equal($"“{Script}”", cut.Find("[data-testid=statement-link]").TextContent);
        Assert.Equal("<img src=x onerror=alert(1)>", cut.Find("td.speaker a").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=statement-list] script, [data-testid=statement-list] img"));
    }

}
