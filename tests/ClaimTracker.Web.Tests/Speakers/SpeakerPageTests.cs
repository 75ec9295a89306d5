using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Statements;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Speakers;
using ClaimTracker.Web.Components.Pages.Speakers;
using ClaimTracker.Web.Tests.Support;
using static ClaimTracker.Web.Tests.Support.Samples;

namespace ClaimTracker.Web.Tests.Speakers;

public sealed class SpeakerPageTests : ComponentTest
{
    public SpeakerPageTests()
    {
        // The charts section has its own tests (Web.Tests Charts/); here it stands in as a stub.
        ComponentFactories.AddStub<SpeakerCharts>();
    }

    private IRenderedComponent<SpeakerPage> RenderSpeaker(SpeakerDetails speaker, params StatementSummary[] statements)
    {
        Dispatcher.On((GetSpeaker _) => speaker);
        Dispatcher.On((ListStatements _) => PageOf(statements));
        return Render<SpeakerPage>(p => p.Add(x => x.Id, speaker.Id));
    }

    [Fact]
    public void Shows_the_name_kind_country_affiliation_and_other_spellings()
    {
        var cut = RenderSpeaker(Speaker() with { Aliases = "Trump; D. J. Trump" });

        Assert.Equal(TrumpId, Dispatcher.Last<GetSpeaker>().Id);
        Assert.Equal("Donald Trump", cut.Find("[data-testid=speaker-name]").TextContent);
        Assert.Equal(["Person · United States · Republican Party", "Also written: Trump; D. J. Trump"], Read.Texts(cut.FindAll(".profile .facts")));
    }

    [Fact]
    public void The_reference_page_is_a_link_that_gives_the_other_site_neither_the_window_nor_the_referrer()
    {
        var cut = RenderSpeaker(Speaker() with { ReferenceUrl = "https://people.test/wiki/Q22686" });

        var link = cut.Find("[data-testid=reference-url]");
        Assert.Equal(("a", "https://people.test/wiki/Q22686", "https://people.test/wiki/Q22686"), (link.LocalName, link.GetAttribute("href"), link.TextContent));
        Assert.Equal(["noopener", "noreferrer"], link.GetAttribute("rel")!.Split(' ').Order(StringComparer.Ordinal));
        Assert.Contains("Reference page: https://people.test/wiki/Q22686", Read.Texts(cut.FindAll(".profile .facts")));
    }

    [Fact]
    public void A_speaker_without_a_reference_page_shows_no_link()
    {
        var cut = RenderSpeaker(Speaker());

        Assert.Empty(cut.FindAll("[data-testid=reference-url]"));
    }

    [Fact]
    public void A_body_shows_its_kind_and_the_statements_made_on_its_behalf()
    {
        var cut = RenderSpeaker(Speaker(50) with
        {
            Name = "Lashkar-e-Taiba",
            Kind = SpeakerKind.MilitantGroup,
            Country = null,
            Affiliation = null,
            Roles = [],
            OnBehalfCount = 4,
        });

        Assert.Equal("Militant group", Read.Text(cut.Find(".profile .facts")));
        Assert.Contains("4 made on its behalf", Read.Texts(cut.FindAll(".stat")));
    }

    [Theory]
    [InlineData(1, "1 statement")]
    [InlineData(3, "3 statements")]
    public void Shows_how_many_statements_the_speaker_made(int count, string shown)
    {
        var cut = RenderSpeaker(Speaker() with { StatementCount = count });

        Assert.Equal(count.ToString(System.Globalization.CultureInfo.InvariantCulture), cut.Find("[data-testid=statement-count]").TextContent);
        Assert.Equal(shown, Read.Text(cut.Find(".stat")));
    }

    [Fact]
    public void Shows_each_role_with_the_dates_it_was_held()
    {
        var cut = RenderSpeaker(Speaker() with
        {
            Roles =
            [
                new SpeakerRoleItem("Businessman", null, new DateOnly(2017, 1, 20)),
                new SpeakerRoleItem("President of the United States", new DateOnly(2017, 1, 20), new DateOnly(2021, 1, 20)),
                new SpeakerRoleItem("President of the United States", new DateOnly(2025, 1, 20), null),
                new SpeakerRoleItem("Television host", null, null),
            ],
        });

        Assert.Equal(
            [
                "Businessman until 2017-01-20",
                "President of the United States 2017-01-20 to 2021-01-20",
                "President of the United States since 2025-01-20",
                "Television host",
            ],
            Read.Texts(cut.FindAll("[data-testid=roles] li")));
    }

    [Fact]
    public void Lists_the_speakers_statements_newest_first_grouped_by_year()
    {
        var cut = RenderSpeaker(
            Speaker(),
            Summary(3) with { Quote = "Kashmir is a very complicated place.", SaidOn = new DateOnly(2020, 1, 21), Verdict = null, ReviewStatus = null },
            Summary(2) with { Quote = "I would be willing to help.", SaidOn = new DateOnly(2019, 9, 1), SaidOnPrecision = DatePrecision.Month, Verdict = Rating.Misleading, ReviewStatus = ReviewStatus.InReview },
            Summary(1));

        Assert.Equal(new ListStatements { SpeakerId = TrumpId, Sort = StatementSort.Newest }, Dispatcher.Last<ListStatements>());
        var years = cut.FindAll("[data-testid=speaker-statements] > li.year");
        Assert.Equal(["2020", "2019"], years.Select(y => Read.Text(y.QuerySelector("h3")!)).ToList());
        Assert.Equal(
            ["Sep 2019 “I would be willing to help.” Misleading (In review)", $"22 Jul 2019 “{Summary(1).Quote}” False"],
            Read.Texts(years[1].QuerySelectorAll("[data-testid=speaker-statement]")));
        Assert.Equal("21 Jan 2020 “Kashmir is a very complicated place.” Unrated", Read.Text(years[0].QuerySelector("[data-testid=speaker-statement]")!));
        Assert.Equal("statements/3", years[0].QuerySelector("a.quote")!.GetAttribute("href"));
    }

    [Fact]
    public void Links_to_the_statement_list_filtered_to_this_speaker()
    {
        var cut = RenderSpeaker(Speaker(), Summary());

        var link = cut.FindAll("a").Single(a => a.TextContent == "Open in the statement list");
        Assert.Equal("statements?speaker=10", link.GetAttribute("href"));
    }

    [Fact]
    public void Next_shows_the_speakers_older_statements()
    {
        Dispatcher.On((GetSpeaker _) => Speaker());
        Dispatcher.On((ListStatements q) => q.After is null ? PageWithMore("cursor-1", Summary(1)) : PageOf(Summary(2) with { Quote = "An older claim." }));
        var cut = Render<SpeakerPage>(p => p.Add(x => x.Id, TrumpId));

        cut.Find("[data-testid=next-page]").Click();

        var query = Dispatcher.Last<ListStatements>();
        Assert.Equal(TrumpId, query.SpeakerId);
        Assert.Equal("cursor-1", query.After);
        Assert.Equal("“An older claim.”", Read.Text(cut.Find("a.quote")));
    }

    [Fact]
    public void A_speaker_without_statements_says_so()
    {
        var cut = RenderSpeaker(Speaker() with { StatementCount = 0 });

        Assert.Contains("No statements recorded yet.", cut.Find(".timeline").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=speaker-statement]"));
    }

    [Fact]
    public void An_unknown_speaker_says_it_was_not_found()
    {
        var notFound = 0;
        Navigation.OnNotFound += (_, _) => notFound++;
        Dispatcher.Throw<GetSpeaker>(new NotFoundException("Speaker", 99));
        Dispatcher.Throw<FindMergedSpeaker>(new NotFoundException("Speaker", 99));

        var cut = Render<SpeakerPage>(p => p.Add(x => x.Id, 99));

        Assert.Equal(1, notFound);
        Assert.Equal("Speaker 99 was not found.", Read.Text(cut.Find("[data-testid=errors]")));
        Assert.Empty(cut.FindAll("[data-testid=speaker]"));
        Assert.Empty(Dispatcher.SentOf<ListStatements>());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Edit_is_offered_as_the_speaker_query_allows(bool offered)
    {
        var cut = RenderSpeaker(Speaker() with { Can = new SpeakerCan(offered, offered) });

        Assert.Equal(offered, cut.FindAll("a[href='speakers/10/edit']").Count == 1);
    }

    [Fact]
    public void A_merged_speaker_leads_on_to_the_speaker_it_was_merged_into_which_says_so()
    {
        Dispatcher.On((GetSpeaker q) => q.Id == 15 ? throw new NotFoundException("Speaker", 15) : Speaker());
        Dispatcher.On((FindMergedSpeaker q) => new MergedSpeaker(q.Id, "Donald J. Trump", TrumpId, "Donald Trump"));
        Dispatcher.On((ListStatements _) => PageOf<StatementSummary>());

        Render<SpeakerPage>(p => p.Add(x => x.Id, 15));

        Assert.Equal($"speakers/{TrumpId}?merged=15", CurrentUrl);

        var kept = Render<SpeakerPage>(p => p.Add(x => x.Id, TrumpId));
        Assert.Equal("“Donald J. Trump” was merged into this speaker; its statements are listed here.", Read.Text(kept.Find("[data-testid=merged-notice]")));
    }

    [Theory]
    [InlineData("speakers/10?publisher=3", "3")]
    [InlineData("speakers/10?publisher=all", "all")]
    [InlineData("speakers/10", "ours")]
    public void The_charts_count_the_publisher_named_in_the_address(string url, string publisher)
    {
        GoTo(url);

        var cut = RenderSpeaker(Speaker());

        var charts = cut.FindComponent<Bunit.TestDoubles.Stub<SpeakerCharts>>();
        Assert.Equal(publisher, charts.Instance.Parameters.Get(x => x.Publisher).ToString());
        Assert.Empty(cut.FindAll("[data-testid=publisher-problem]"));
    }

    [Fact]
    public void A_publisher_that_is_not_ours_all_or_an_id_says_so_and_the_charts_show_ours()
    {
        GoTo("speakers/10?publisher=theirs");

        var cut = RenderSpeaker(Speaker());

        Assert.Equal($"{ClaimTracker.Application.Publishers.PublisherFilter.Problem} Showing our desk's verdicts.", Read.Text(cut.Find("[data-testid=publisher-problem]")));
        Assert.True(cut.FindComponent<Bunit.TestDoubles.Stub<SpeakerCharts>>().Instance.Parameters.Get(x => x.Publisher).IsOurs);
    }
}
