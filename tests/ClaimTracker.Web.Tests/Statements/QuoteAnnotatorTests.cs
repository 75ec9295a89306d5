using AngleSharp.Dom;
using ClaimTracker.Application.Annotations;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Statements;
using ClaimTracker.Domain.Annotations;
using ClaimTracker.Domain.Statements;
using ClaimTracker.Web.Components.Pages.Statements;
using ClaimTracker.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using static ClaimTracker.Web.Tests.Support.Samples;

namespace ClaimTracker.Web.Tests.Statements;

public sealed class QuoteAnnotatorTests : ComponentTest
{
    private const string ModulePath = "./Components/Pages/Statements/QuoteAnnotator.razor.js";
    private const string AuthorId = "analyst-1";
    private const string OtherId = "analyst-2";

    // "I was with Prime Minister Modi two weeks ago and he asked me to be a mediator."
    private static readonly string Quote = Statement().Quote;

    // What the listing says the author (an analyst) may do with their own notes and with someone else's.
    private static readonly AnnotationCan OwnNote = new(Change: true, Resolve: true, Reply: true);
    private static readonly AnnotationCan OthersNote = new(Change: false, Resolve: true, Reply: true);

    private static readonly AnnotationThread OnModi = new()
    {
        Id = 1,
        Kind = AnnotationKind.Question,
        Body = "Was Modi in Washington that week?",
        Exact = "Prime Minister Modi",
        Start = 11,
        End = 30,
        OwnerId = AuthorId,
        OwnerName = "test-analyst",
        Can = OwnNote,
        Replies = [new AnnotationReply { Id = 11, ParentId = 1, Body = "No: they met in Osaka.", OwnerId = OtherId, OwnerName = "test-editor" }],
    };

    private static readonly AnnotationThread OnMediator = new()
    {
        Id = 2,
        Kind = AnnotationKind.Contradiction,
        Body = "India's foreign ministry denied it the same night.",
        Exact = "asked me to be a mediator",
        Start = 52,
        End = 77,
        LinkId = 555,
        LinkedStatementId = 2,
        LinkRelation = LinkRelation.Contradicts,
        OwnerId = OtherId,
        OwnerName = "other-analyst",
        Can = OthersNote,
    };

    private static readonly AnnotationThread ResolvedOnWeeks = new()
    {
        Id = 3,
        Kind = AnnotationKind.Comment,
        Body = "The meeting was on 28 June.",
        Exact = "two weeks ago",
        Start = 31,
        End = 44,
        Resolved = true,
        OwnerId = AuthorId,
        OwnerName = "test-analyst",
        Can = OwnNote,
    };

    private static readonly AnnotationThread Orphaned = new()
    {
        Id = 4,
        Kind = AnnotationKind.Comment,
        Body = "The first transcript read differently.",
        Exact = "he asked me personally",
        IsOrphaned = true,
        OwnerId = OtherId,
        OwnerName = "other-analyst",
        Can = OthersNote,
    };

    private IReadOnlyList<AnnotationThread> _threads = [OnModi, OnMediator, ResolvedOnWeeks, Orphaned];
    private int _linked;

    public QuoteAnnotatorTests()
    {
        Dispatcher.On((ListAnnotations _) => new StatementAnnotations(Quote, _threads));
    }

    private IRenderedComponent<QuoteAnnotator> RenderAnnotator(bool mayAnnotate = true) =>
        Render<QuoteAnnotator>(p => p
            .Add(x => x.StatementId, 1)
            .Add(x => x.QuoteKind, QuoteKind.DirectQuote)
            .Add(x => x.MayAnnotate, mayAnnotate)
            .Add(x => x.OnLinked, () => _linked++));

    /// <summary>
    /// Plans the browser's answer to "where is the selection?": the module import and one call of selectionIn on the
    /// quote element, answering the span or null (nothing selected). Strict: any other JavaScript call fails the test.
    /// </summary>
    private BunitJSModuleInterop SelectInBrowser(int? start, int? end)
    {
        var module = JSInterop.SetupModule(ModulePath);
        module.Setup<QuoteSelection?>("selectionIn", i => i.Arguments is [ElementReference])
            .SetResult(start is { } s && end is { } e ? new QuoteSelection(s, e) : null);
        return module;
    }

    private static IElement Thread(IRenderedComponent<QuoteAnnotator> cut, int id) =>
        cut.Find($"[data-testid=annotation][data-annotation-id='{id}']");

    private static IReadOnlyList<string?> ThreadIds(IRenderedComponent<QuoteAnnotator> cut) =>
        cut.FindAll("[data-testid=annotation]").Select(t => t.GetAttribute("data-annotation-id")).ToList();

    private static void ShowResolved(IRenderedComponent<QuoteAnnotator> cut) =>
        cut.Find("[data-testid=annotations] input[type=checkbox]").Change(true);

    [Fact]
    public void Highlights_exactly_the_annotated_words_and_keeps_the_quote_intact()
    {
        var cut = RenderAnnotator();

        var quote = cut.Find("blockquote[data-testid=quote]");
        Assert.Equal(Quote, quote.TextContent);
        var marks = cut.FindAll("blockquote mark");
        Assert.Equal(["Prime Minister Modi", "asked me to be a mediator"], marks.Select(m => m.TextContent).ToList());
        Assert.Equal(["1", "2"], marks.Select(m => m.GetAttribute("data-annotation-id")).ToList());
    }

    [Fact]
    public void Lists_the_open_notes_with_their_replies_and_links()
    {
        var cut = RenderAnnotator();

        Assert.Equal("Notes (3)", Read.Text(cut.Find("[data-testid=annotations] h2")));
        Assert.Equal(["1", "2", "4"], ThreadIds(cut));
        var modi = Thread(cut, 1);
        Assert.Contains("Question test-analyst", Read.Text(modi.QuerySelector(".head")!));
        Assert.Equal("“Prime Minister Modi”", Read.Text(modi.QuerySelector(".exact")!));
        Assert.Equal("Was Modi in Washington that week?", Read.Text(modi.QuerySelector(".body")!));
        Assert.Equal(["test-editor: No: they met in Osaka."], Read.Texts(modi.QuerySelectorAll("[data-testid=reply]")));
        var link = Thread(cut, 2).QuerySelector("[data-testid=annotation-link]")!;
        Assert.Equal("Contradicts statement 2", Read.Text(link));
        Assert.Equal("statements/2", link.GetAttribute("href"));
    }

    [Fact]
    public void A_note_whose_words_left_the_quote_says_so_and_highlights_nothing()
    {
        var cut = RenderAnnotator();

        Assert.Equal("“he asked me personally” (no longer in the quote)", Read.Text(Thread(cut, 4).QuerySelector(".exact")!));
        Assert.Equal("“Prime Minister Modi”", Read.Text(Thread(cut, 1).QuerySelector(".exact")!));
        Assert.Empty(cut.FindAll("blockquote mark[data-annotation-id='4']"));
    }

    [Fact]
    public void Resolved_notes_are_hidden_until_asked_for()
    {
        var cut = RenderAnnotator();
        Assert.DoesNotContain("3", ThreadIds(cut));
        Assert.Empty(cut.FindAll("blockquote mark[data-annotation-id='3']"));

        ShowResolved(cut);

        Assert.Equal(["1", "2", "3", "4"], ThreadIds(cut));
        Assert.Equal("resolved", Read.Text(Thread(cut, 3).QuerySelector(".badge")!));
        Assert.Equal("two weeks ago", cut.Find("blockquote mark[data-annotation-id='3']").TextContent);
        Assert.Equal(Quote, cut.Find("blockquote[data-testid=quote]").TextContent);
    }

    [Fact]
    public void A_quote_without_notes_says_so()
    {
        _threads = [];

        var cut = RenderAnnotator();

        Assert.Equal("No notes yet.", Read.Text(cut.Find("[data-testid=annotations] p")));
        Assert.Empty(cut.FindAll("blockquote mark"));
        Assert.Equal(Quote, cut.Find("blockquote[data-testid=quote]").TextContent);
    }

    [Fact]
    public void A_member_who_may_not_annotate_reads_the_notes_without_any_action()
    {
        _threads = _threads.Select(t => t with { Can = AnnotationCan.Nothing }).ToList();

        var cut = RenderAnnotator(mayAnnotate: false);

        Assert.Equal(["1", "2", "4"], ThreadIds(cut));
        Assert.Empty(cut.FindAll("[data-testid=annotate]"));
        Assert.Empty(cut.FindAll("[data-testid=annotations] button"));
        Assert.Empty(cut.FindAll("input[aria-label=Reply]"));
    }

    [Fact]
    public void Annotating_asks_the_browser_for_the_selection_in_the_quote_and_shows_the_selected_words()
    {
        var module = SelectInBrowser(11, 30);
        var cut = RenderAnnotator();

        cut.Find("[data-testid=annotate]").Click();

        var import = Assert.Single(JSInterop.Invocations["import"]);
        Assert.Equal(ModulePath, Assert.Single(import.Arguments));
        Assert.Single(module.Invocations["selectionIn"]);
        Assert.Equal("Prime Minister Modi", cut.Find("[data-testid=annotation-exact]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=annotate]"));
    }

    [Fact]
    public void Saving_a_note_sends_the_span_kind_and_text_then_shows_the_notes_again()
    {
        SelectInBrowser(31, 44);
        var cut = RenderAnnotator();
        Dispatcher.On((AnnotateQuote _) => 9);

        cut.Find("[data-testid=annotate]").Click();
        cut.Find("#note-kind").Change("Question");
        cut.Find("#note-body").Change("Which day exactly?");
        var fresh = new AnnotationThread { Id = 9, Kind = AnnotationKind.Question, Body = "Which day exactly?", Exact = "two weeks ago", Start = 31, End = 44, OwnerId = AuthorId };
        _threads = [OnModi, fresh];
        cut.Find("[data-testid=annotation-form]").Submit();

        Assert.Equal(new AnnotateQuote(1, 31, 44, AnnotationKind.Question, "Which day exactly?"), Dispatcher.Last<AnnotateQuote>());
        Assert.Equal(2, Dispatcher.SentOf<ListAnnotations>().Count);
        Assert.Empty(cut.FindAll("[data-testid=annotation-form]"));
        Assert.Equal(["1", "9"], ThreadIds(cut));
        Assert.Equal("two weeks ago", cut.Find("blockquote mark[data-annotation-id='9']").TextContent);
        Assert.Equal(0, _linked);
    }

    [Fact]
    public void A_tag_is_sent_with_its_name_and_colour()
    {
        SelectInBrowser(69, 77);
        Dispatcher.On((AnnotateQuote _) => 9);
        var cut = RenderAnnotator();

        cut.Find("[data-testid=annotate]").Click();
        cut.Find("#note-kind").Change("Tag");
        cut.Find("#tag-name").Change("Mediation");
        cut.Find("#tag-color").Change("#a0c4ff");
        cut.Find("[data-testid=annotation-form]").Submit();

        var sent = Dispatcher.Last<AnnotateQuote>();
        Assert.Equal((69, 77, AnnotationKind.Tag), (sent.Start, sent.End, sent.Kind));
        Assert.Equal("Mediation", sent.TagName);
        Assert.Equal("#a0c4ff", sent.TagColor);
        Assert.Null(sent.LinkTo);
    }

    [Fact]
    public void A_contradiction_links_to_the_statement_chosen_in_the_lookup_and_tells_the_page()
    {
        SelectInBrowser(52, 77);
        Dispatcher.On((ListStatements _) => PageOf(
            Summary(1),
            Summary(2) with { Quote = "No such request has been made by PM to the US President.", SpeakerName = "Raveesh Kumar" }));
        Dispatcher.On((AnnotateQuote _) => 9);
        var cut = RenderAnnotator();

        cut.Find("[data-testid=annotate]").Click();
        cut.Find("#note-kind").Change("Contradiction");
        cut.Find("#note-relation").Change("Rebuts");
        cut.Find("#note-target").Input("no such request");
        Assert.Equal(new ListStatements { Search = "no such request", PageSize = 8 }, Dispatcher.Last<ListStatements>());
        Assert.Equal(
            ["Raveesh Kumar: “No such request has been made by PM to the US President.”"],
            Read.Texts(cut.FindAll("[data-testid=note-target] [role=option]")));
        cut.Find("[data-testid=note-target] [role=option]").Click();
        cut.Find("#note-body").Change("Denied the same night.");
        cut.Find("[data-testid=annotation-form]").Submit();

        var sent = Dispatcher.Last<AnnotateQuote>();
        Assert.Equal((1, 52, 77, AnnotationKind.Contradiction, "Denied the same night."), (sent.StatementId, sent.Start, sent.End, sent.Kind, sent.Body));
        Assert.Equal(new AnnotationLinkInput(2, LinkRelation.Rebuts), sent.LinkTo);
        Assert.Equal(1, _linked);
    }

    [Fact]
    public void Annotating_with_nothing_selected_says_what_to_do()
    {
        SelectInBrowser(null, null);
        var cut = RenderAnnotator();

        cut.Find("[data-testid=annotate]").Click();

        Assert.Equal("Select one or more words in the quote, then choose Annotate.", Read.Text(cut.Find("[data-testid=errors]")));
        Assert.Empty(cut.FindAll("[data-testid=annotation-form]"));
        Assert.Empty(Dispatcher.SentOf<AnnotateQuote>());
    }

    [Fact]
    public void A_refused_note_is_explained_and_the_form_stays()
    {
        const string Message = "Select words inside the quote; the statement may have been edited since the page loaded.";
        SelectInBrowser(11, 30);
        Dispatcher.Throw<AnnotateQuote>(Invalid(("Start", Message)));
        var cut = RenderAnnotator();

        cut.Find("[data-testid=annotate]").Click();
        cut.Find("#note-body").Change("Check this.");
        cut.Find("[data-testid=annotation-form]").Submit();

        Assert.Equal(Message, Read.Text(cut.Find("[data-testid=errors]")));
        Assert.Equal("Prime Minister Modi", cut.Find("[data-testid=annotation-exact]").TextContent);
        Assert.Single(Dispatcher.SentOf<ListAnnotations>());
    }

    [Fact]
    public void Replying_sends_the_text_to_the_thread_and_shows_the_reply()
    {
        Dispatcher.On((ReplyToAnnotation _) => 12);
        var cut = RenderAnnotator();

        Thread(cut, 1).QuerySelector("input[aria-label=Reply]")!.Change("Osaka, at the G20.");
        _threads = [OnModi with { Replies = [.. OnModi.Replies, new AnnotationReply { Id = 12, Body = "Osaka, at the G20.", OwnerName = "test-analyst" }] }];
        Thread(cut, 1).QuerySelectorAll("button").Single(b => b.TextContent == "Reply").Click();

        Assert.Equal(new ReplyToAnnotation(1, "Osaka, at the G20."), Dispatcher.Last<ReplyToAnnotation>());
        Assert.Equal(
            ["test-editor: No: they met in Osaka.", "test-analyst: Osaka, at the G20."],
            Read.Texts(Thread(cut, 1).QuerySelectorAll("[data-testid=reply]")));
        Assert.Equal("", Thread(cut, 1).QuerySelector("input[aria-label=Reply]")!.GetAttribute("value") ?? "");
    }

    [Fact]
    public void Resolving_and_reopening_send_the_new_state()
    {
        Dispatcher.On((ResolveAnnotation _) => MediatR.Unit.Value);
        var cut = RenderAnnotator();
        ShowResolved(cut);

        Assert.Equal("Resolve", Read.Text(Thread(cut, 1).QuerySelector("[data-testid=resolve]")!));
        Assert.Equal("Reopen", Read.Text(Thread(cut, 3).QuerySelector("[data-testid=resolve]")!));

        Thread(cut, 1).QuerySelector("[data-testid=resolve]")!.Click();
        Thread(cut, 3).QuerySelector("[data-testid=resolve]")!.Click();

        Assert.Equal([new ResolveAnnotation(1, true), new ResolveAnnotation(3, false)], Dispatcher.SentOf<ResolveAnnotation>());
        Assert.Equal(3, Dispatcher.SentOf<ListAnnotations>().Count);
    }

    [Fact]
    public void Only_the_notes_the_listing_lets_the_member_change_offer_delete()
    {
        Dispatcher.On((DeleteAnnotation _) => MediatR.Unit.Value);
        var cut = RenderAnnotator();

        Assert.Equal(["1"], DeletableThreads(cut));

        _threads = [OnMediator, Orphaned];
        Thread(cut, 1).QuerySelectorAll("button").Single(b => b.TextContent == "Delete").Click();

        Assert.Equal(new DeleteAnnotation(1), Dispatcher.Last<DeleteAnnotation>());
        Assert.Equal(["2", "4"], ThreadIds(cut));
        Assert.Empty(cut.FindAll("blockquote mark[data-annotation-id='1']"));
    }

    [Fact]
    public void A_member_who_may_change_every_note_is_offered_delete_on_each()
    {
        _threads = _threads.Select(t => t with { Can = new AnnotationCan(true, true, true) }).ToList();

        var cut = RenderAnnotator();

        Assert.Equal(["1", "2", "4"], DeletableThreads(cut));
    }

    private static IReadOnlyList<string?> DeletableThreads(IRenderedComponent<QuoteAnnotator> cut) =>
        cut.FindAll("[data-testid=annotation]")
            .Where(t => t.QuerySelectorAll("button").Any(b => b.TextContent == "Delete"))
            .Select(t => t.GetAttribute("data-annotation-id"))
            .ToList();
}
