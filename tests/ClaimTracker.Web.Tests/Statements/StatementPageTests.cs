using ClaimTracker.Application.Annotations;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Statements;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Statements;
using ClaimTracker.Web.Components.Pages.Statements;
using ClaimTracker.Web.Tests.Support;
using static ClaimTracker.Web.Tests.Support.Samples;

namespace ClaimTracker.Web.Tests.Statements;

public sealed class StatementPageTests : ComponentTest
{
    private static readonly LinkedStatement IndiaDenial =
        Link(101, LinkRelation.Rebuts, LinkDirection.Incoming, 2, "No such request has been made by PM to the US President.");

    public StatementPageTests()
    {
        // The quote is shown by the annotator, which loads it with its notes.
        Dispatcher.On((ListAnnotations _) => new StatementAnnotations(Statement().Quote, []));
    }

    private IRenderedComponent<StatementPage> RenderStatement(StatementDetails statement)
    {
        Dispatcher.On((GetStatement _) => statement);
        Dispatcher.On((ListAnnotations _) => new StatementAnnotations(statement.Quote, []));
        return Render<StatementPage>(p => p.Add(x => x.Id, statement.Id));
    }

    [Fact]
    public void Asks_for_the_statement_in_the_url()
    {
        RenderStatement(Statement(7));

        Assert.Equal(7, Dispatcher.Last<GetStatement>().Id);
    }

    [Fact]
    public void Shows_the_quote_the_speaker_with_role_and_the_body_spoken_for()
    {
        var cut = RenderStatement(Statement() with { OnBehalfOfId = 40, OnBehalfOfName = "Government of the United States" });

        Assert.Equal(Statement().Quote, cut.Find("[data-testid=quote]").TextContent);
        var speaker = cut.Find("[data-testid=speaker-link]");
        Assert.Equal("Donald Trump", speaker.TextContent);
        Assert.Equal("speakers/10", speaker.GetAttribute("href"));
        Assert.Equal(
            "Donald Trump, President of the United States · speaking for Government of the United States",
            Read.Text(cut.Find(".who")));
        Assert.Equal("speakers/40", cut.Find(".who a[href='speakers/40']").GetAttribute("href"));
        Assert.Equal("Direct quote · 22 Jul 2019 · White House, meeting with Imran Khan", Read.Text(cut.Find("header .meta")));
    }

    [Fact]
    public void Shows_the_source_outlet_headline_authors_date_and_original_link()
    {
        var cut = RenderStatement(Statement());

        var source = cut.Find("[data-testid=source]");
        Assert.Equal("Reuters, “Trump offers to mediate on Kashmir” by Jeff Mason · 22 Jul 2019 · original", Read.Text(source));
        Assert.Equal("https://news.example.org/trump-kashmir", source.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_statement_accepted_from_an_article_shows_its_words_in_their_paragraph()
    {
        Dispatcher.On((ClaimTracker.Application.Intake.GetArticlePassage q) => new ClaimTracker.Application.Intake.ArticlePassage
        {
            Found = true,
            SourceId = 4,
            Before = "Asked about the offer, he said: “",
            Words = "I would love to be a mediator",
            After = ",” before the cameras left.",
        });

        var cut = RenderStatement(Statement(7));

        Assert.Equal(7, Dispatcher.Last<ClaimTracker.Application.Intake.GetArticlePassage>().StatementId);
        var passage = cut.Find("[data-testid=in-article]");
        Assert.Equal("In the article · read it all Asked about the offer, he said: “I would love to be a mediator,” before the cameras left.", Read.Text(passage));
        Assert.Equal("I would love to be a mediator", cut.Find("[data-testid=in-article-words]").TextContent);
        Assert.Equal("sources/4/article", cut.Find("[data-testid=read-article]").GetAttribute("href"));
    }

    [Fact]
    public void A_statement_typed_by_hand_shows_no_article_passage()
    {
        var cut = RenderStatement(Statement(7));

        Assert.Empty(cut.FindAll("[data-testid=in-article]"));
    }

    [Fact]
    public void Shows_the_topics()
    {
        var cut = RenderStatement(Statement());

        Assert.Equal(["Kashmir", "Mediation"], Read.Texts(cut.FindAll(".topic")));
    }

    [Fact]
    public void Shows_the_verdict_with_rationale_and_evidence()
    {
        var cut = RenderStatement(Statement() with
        {
            Review = new ReviewDetails
            {
                Rating = Rating.False,
                Status = ReviewStatus.Draft,
                Rationale = "India's foreign ministry denied any such request the same night.",
                Evidence =
                [
                    new EvidenceItem { Title = "MEA denial", StatementId = 2, Stance = EvidenceStance.Refutes },
                    new EvidenceItem { Title = "Simla Agreement", Url = "https://treaties.example.org/simla", Stance = EvidenceStance.Context },
                    new EvidenceItem { Title = "Briefing notes", Stance = EvidenceStance.Supports },
                ],
            },
        });

        Assert.Equal("False (Draft)", Read.Text(cut.Find("header [data-testid=verdict]")));
        var review = cut.Find("[data-testid=review]");
        Assert.Equal("Draft", Read.Text(review.QuerySelector("[data-testid=review-status]")!));
        Assert.Equal("False (Draft)", Read.Text(review.QuerySelector("[data-testid=verdict]")!));
        Assert.Equal("India's foreign ministry denied any such request the same night.", review.QuerySelector(".rationale")!.TextContent);
        Assert.Equal(
            ["Refutes: MEA denial", "Context: Simla Agreement", "Supports: Briefing notes"],
            Read.Texts(review.QuerySelectorAll(".evidence li")));
        Assert.Equal("statements/2", review.QuerySelector(".evidence li a")!.GetAttribute("href"));
        Assert.Equal("https://treaties.example.org/simla", review.QuerySelectorAll(".evidence li a")[1].GetAttribute("href"));
    }

    [Fact]
    public void A_statement_nobody_reviewed_is_marked_unrated()
    {
        var cut = RenderStatement(Statement());

        Assert.Equal("Unrated", Read.Text(cut.Find("[data-testid=verdict]")));
        Assert.Equal("Not reviewed yet.", Read.Text(cut.Find("[data-testid=no-review]")));
        Assert.Empty(cut.FindAll("[data-testid=rationale]"));
    }

    [Fact]
    public void Groups_linked_statements_by_relation_seen_from_this_statement()
    {
        var cut = RenderStatement(Statement() with
        {
            Links =
            [
                IndiaDenial,
                Link(102, LinkRelation.Rebuts, LinkDirection.Outgoing, 3, "Pakistan has always wanted mediation."),
                Link(103, LinkRelation.Confirms, LinkDirection.Incoming, 4, "Imran Khan welcomed the offer.") with { Note = "Same meeting" },
                Link(104, LinkRelation.Rebuts, LinkDirection.Incoming, 5, "Parliament was told no request was made."),
            ],
            Can = StatementCan.Nothing,
        });

        var groups = cut.FindAll("[data-testid=link-group]");
        Assert.Equal(["Rebuts", "Rebutted by", "Confirmed by"], groups.Select(g => Read.Text(g.QuerySelector("h3")!)).ToList());
        Assert.Equal(["“Pakistan has always wanted mediation.”"], Read.Texts(groups[0].QuerySelectorAll(".linked-quote")));
        Assert.Equal(
            ["“No such request has been made by PM to the US President.”", "“Parliament was told no request was made.”"],
            Read.Texts(groups[1].QuerySelectorAll(".linked-quote")));
        Assert.Equal("statements/2", groups[1].QuerySelector(".linked-quote")!.GetAttribute("href"));
        Assert.Equal("Ministry of External Affairs (India) · 23 Jul 2019 · Same meeting", Read.Text(groups[2].QuerySelector(".meta")!));
    }

    [Theory]
    [InlineData(DatePrecision.Year, QuoteKind.Paraphrase, "2019", "Paraphrase: No request was made.")]
    [InlineData(DatePrecision.Approximate, QuoteKind.ReportedSpeech, "c. 23 Jul 2019", "Reported speech: No request was made.")]
    [InlineData(DatePrecision.Month, QuoteKind.DirectQuote, "Jul 2019", "“No request was made.”")]
    public void A_linked_statement_shows_its_date_as_precisely_as_it_is_known_and_its_words_by_kind(
        DatePrecision precision, QuoteKind kind, string date, string words)
    {
        var cut = RenderStatement(Statement() with
        {
            Links = [IndiaDenial with { Quote = "No request was made.", QuoteKind = kind, SaidOnPrecision = precision }],
        });

        var linked = cut.Find("[data-testid=linked-statement]");
        Assert.Equal(words, Read.Text(linked.QuerySelector(".linked-quote")!));
        Assert.Equal(date, Read.Text(linked.QuerySelector(".meta time")!));
    }

    [Fact]
    public void An_unknown_statement_asks_for_the_not_found_page()
    {
        var notFound = 0;
        Navigation.OnNotFound += (_, _) => notFound++;
        Dispatcher.Throw<GetStatement>(new NotFoundException("Statement", 99));

        Render<StatementPage>(p => p.Add(x => x.Id, 99));

        Assert.Equal(1, notFound);
    }

    [Fact]
    public void A_statement_without_links_says_so()
    {
        var cut = RenderStatement(Statement());

        Assert.Contains("No statement is linked to this one yet.", cut.Find("[data-testid=links]").TextContent);
    }

    [Fact]
    public void An_unknown_statement_says_it_was_not_found()
    {
        Dispatcher.Throw<GetStatement>(new NotFoundException("Statement", 99));

        var cut = Render<StatementPage>(p => p.Add(x => x.Id, 99));

        Assert.Equal("Statement 99 was not found.", Read.Text(cut.Find("[data-testid=errors]")));
        Assert.Empty(cut.FindAll("[data-testid=statement]"));
        Assert.DoesNotContain("Loading", cut.Markup);
    }

    [Fact]
    public void A_member_the_statement_query_allows_nothing_can_neither_link_nor_remove_links_nor_edit_nor_annotate()
    {
        var cut = RenderStatement(Statement() with { Links = [IndiaDenial], Can = StatementCan.Nothing });

        Assert.Single(cut.FindAll("[data-testid=linked-statement]"));
        Assert.Empty(cut.FindAll("[data-testid=link-form]"));
        Assert.Empty(cut.FindAll("[data-testid=linked-statement] button"));
        Assert.Empty(cut.FindAll("a[href='statements/1/edit']"));
        Assert.Empty(cut.FindAll("[data-testid=annotate]"));
        Assert.Empty(cut.FindAll("[data-testid=review] button"));
    }

    [Fact]
    public void A_member_the_statement_query_allows_to_write_can_link_remove_links_and_edit()
    {
        var cut = RenderStatement(Statement() with { Links = [IndiaDenial], Can = WriterCan });

        Assert.Single(cut.FindAll("[data-testid=link-form]"));
        Assert.Equal("remove", cut.Find("[data-testid=linked-statement] button").TextContent);
        Assert.Single(cut.FindAll("a[href='statements/1/edit']"));
    }

    [Fact]
    public void The_link_form_searches_statements_as_you_type_leaving_out_this_one()
    {
        SignInAs(Roles.Analyst);
        Dispatcher.On((ListStatements _) => PageOf(
            Summary(1),
            Summary(2) with { Quote = "No such request has been made by PM to the US President.", SpeakerName = "Raveesh Kumar", SaidOn = new DateOnly(2019, 7, 23) }));
        var cut = RenderStatement(Statement(1));

        cut.Find("#link-target").Input("no such request");

        Assert.Equal(new ListStatements { Search = "no such request", PageSize = 8 }, Dispatcher.Last<ListStatements>());
        Assert.Equal(
            ["Raveesh Kumar: “No such request has been made by PM to the US President.” (23 Jul 2019)"],
            Read.Texts(cut.FindAll("[data-testid=link-target] [role=option]")));
    }

    [Fact]
    public void A_search_the_link_form_cannot_run_is_explained_next_to_the_box()
    {
        const string Message = "Search text can be at most 200 characters.";
        SignInAs(Roles.Analyst);
        Dispatcher.Throw<ListStatements>(Invalid(("Search", Message)));
        var cut = RenderStatement(Statement());

        cut.Find("#link-target").Input("modi");

        Assert.Equal(Message, Read.Text(cut.Find("[data-testid=link-form] [data-testid=link-target-message]")));

        cut.Find("#link-target").Input(new string('a', 201));

        Assert.Equal("Type at most 200 characters to search; shorten the text.", Read.Text(cut.Find("[data-testid=link-target-message]")));
        Assert.Single(cut.FindAll("[data-testid=link-form]"));

        Dispatcher.On((ListStatements _) => PageOf(Summary(2)));
        cut.Find("#link-target").Input("modi");

        Assert.Empty(cut.FindAll("[data-testid=link-target-message]"));
    }

    [Fact]
    public void The_link_button_waits_for_a_statement_to_be_chosen()
    {
        SignInAs(Roles.Analyst);

        var cut = RenderStatement(Statement());

        Assert.True(LinkButton(cut).HasAttribute("disabled"));
    }

    [Fact]
    public void Linking_sends_the_chosen_relation_target_and_note_then_shows_the_new_link()
    {
        SignInAs(Roles.Analyst);
        Dispatcher.On((ListStatements _) => PageOf(Summary(2) with { Quote = IndiaDenial.Quote, SpeakerName = "Raveesh Kumar" }));
        Dispatcher.On((LinkStatements _) => 555);
        var loads = 0;
        Dispatcher.On((GetStatement _) => loads++ == 0
            ? Statement()
            : Statement() with { Links = [IndiaDenial with { LinkId = 555, Relation = LinkRelation.Contradicts, Direction = LinkDirection.Outgoing }] });
        var cut = Render<StatementPage>(p => p.Add(x => x.Id, 1));

        cut.Find("#relation").Change("Contradicts");
        cut.Find("#link-target").Input("no such");
        cut.Find("[data-testid=link-target] [role=option]").Click();
        cut.Find("#link-note").Change("Same evening");
        Assert.Contains("Raveesh Kumar", cut.Find("[data-testid=link-target-chosen]").TextContent);
        cut.Find("[data-testid=link-form]").Submit();

        Assert.Equal(new LinkStatements(1, 2, LinkRelation.Contradicts, "Same evening"), Dispatcher.Last<LinkStatements>());
        Assert.Equal(2, Dispatcher.SentOf<GetStatement>().Count);
        var group = cut.Find("[data-testid=link-group]");
        Assert.Equal("Contradicts", Read.Text(group.QuerySelector("h3")!));
        Assert.Contains(IndiaDenial.Quote, group.TextContent);
        Assert.Empty(cut.FindAll("[data-testid=link-target-chosen]"));
    }

    [Fact]
    public void A_response_dated_before_what_it_answers_is_warned_about_and_linked_only_when_confirmed()
    {
        const string Warning = "This statement was made on 23 July 2019, before the statement it would answer (on 10 May 2025). A response cannot come before what it answers: check both dates and which way round the link goes. If they are right, confirm to link anyway.";
        SignInAs(Roles.Analyst);
        Dispatcher.On((ListStatements _) => PageOf(Summary(2)));
        Dispatcher.On((LinkStatements c) => c.ConfirmedEarlierResponse ? 556 : throw Invalid((ClaimTracker.Application.Statements.ResponseOrder.Field, Warning)));
        var cut = RenderStatement(Statement());
        cut.Find("#link-target").Input("modi");
        cut.Find("[data-testid=link-target] [role=option]").Click();

        cut.Find("[data-testid=link-form]").Submit();

        Assert.Equal(Warning, Read.Text(cut.Find("[data-testid=link-predates] p")));
        Assert.Empty(cut.FindAll("[data-testid=link-form] [data-testid=errors]"));
        Assert.Single(cut.FindAll("[data-testid=link-target-chosen]"));
        Assert.Single(Dispatcher.SentOf<GetStatement>());

        cut.Find("[data-testid=link-anyway]").Click();

        Assert.Equal(new LinkStatements(1, 2, LinkRelation.Rebuts, null) { ConfirmedEarlierResponse = true }, Dispatcher.Last<LinkStatements>());
        Assert.Empty(cut.FindAll("[data-testid=link-predates]"));
        Assert.Equal(2, Dispatcher.SentOf<GetStatement>().Count);
    }

    [Fact]
    public void A_refused_link_shows_why_in_the_link_form()
    {
        SignInAs(Roles.Analyst);
        Dispatcher.On((ListStatements _) => PageOf(Summary(2)));
        Dispatcher.Throw<LinkStatements>(Invalid(("Relation", "These statements are already linked that way.")));
        var cut = RenderStatement(Statement());

        cut.Find("#link-target").Input("modi");
        cut.Find("[data-testid=link-target] [role=option]").Click();
        cut.Find("[data-testid=link-form]").Submit();

        Assert.Equal("These statements are already linked that way.", Read.Text(cut.Find("[data-testid=link-form] [data-testid=errors]")));
        Assert.Single(Dispatcher.SentOf<GetStatement>());
    }

    [Fact]
    public void Removing_a_link_sends_its_id_and_shows_the_statement_without_it()
    {
        SignInAs(Roles.Editor);
        Dispatcher.On((RemoveStatementLink _) => MediatR.Unit.Value);
        var loads = 0;
        Dispatcher.On((GetStatement _) => loads++ == 0 ? Statement() with { Links = [IndiaDenial] } : Statement());
        var cut = Render<StatementPage>(p => p.Add(x => x.Id, 1));

        cut.Find("[data-testid=linked-statement] button").Click();

        Assert.Equal(new RemoveStatementLink(101), Dispatcher.Last<RemoveStatementLink>());
        Assert.Empty(cut.FindAll("[data-testid=linked-statement]"));
        Assert.Contains("No statement is linked to this one yet.", cut.Find("[data-testid=links]").TextContent);
    }

    [Fact]
    public void Text_people_typed_is_shown_as_text_even_when_it_looks_like_markup()
    {
        const string Script = "<script>alert(1)</script>";
        const string Image = "<img src=x onerror=alert(1)>";
        SignInAs(Roles.Analyst);

        var cut = RenderStatement(Statement() with
        {
            Quote = Script,
            SpeakerName = Image,
            SpeakerRole = Script,
            Venue = Image,
            Context = Script,
            Topics = [Image],
            Source = Source() with { Outlet = Script, Headline = Image, Authors = Script },
            Review = new ReviewDetails { Rating = Rating.False, Rationale = Image, Evidence = [new EvidenceItem { Title = Script }] },
            Links = [IndiaDenial with { Quote = Script, SpeakerName = Image, Note = Script }],
        });

        Assert.Equal(Script, cut.Find("[data-testid=quote]").TextContent);
        Assert.Equal(Image, cut.Find("[data-testid=speaker-link]").TextContent);
        Assert.Equal(Script, cut.Find(".context").TextContent);
        Assert.Equal(Image, cut.Find(".rationale").TextContent);
        Assert.Equal(Image, cut.Find("[data-testid=linked-speaker]").TextContent);
        Assert.Contains(Image, cut.Find("[data-testid=source]").TextContent);
        Assert.Empty(cut.FindAll("script"));
        Assert.Empty(cut.FindAll("img"));
        Assert.Empty(cut.FindAll("[onerror]"));
    }

    private static AngleSharp.Dom.IElement LinkButton(IRenderedComponent<StatementPage> cut) =>
        cut.Find("[data-testid=link-form] button[type=submit]");
}
