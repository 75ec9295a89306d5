using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Desk;
using ClaimTracker.Application.Intake;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Statements;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Statements;
using ClaimTracker.Web.Components.Pages.Sources;
using ClaimTracker.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Sources;

public sealed class ArticleReaderTests : ComponentTest
{
    // An invented article, not one of the seed articles.
    private const string Text = "Ferry strike ends\n\n"
        + "Transport minister Jonas Quist said on Tuesday that the ferries would run again from Friday.\n\n"
        + "“The crews have accepted the offer,” Quist told reporters.\n\n"
        + "“There is no agreement,” union leader Mira Tallis said. “The strike goes on.”";

    private static readonly DateOnly Published = new(2024, 3, 14);
    private readonly Dictionary<int, int> _accepted = [];
    private readonly List<Candidate> _candidates;
    private int _nextStatement = 500;

    public ArticleReaderTests()
    {
        SignInAs(Roles.Analyst);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddSingleton(new RejectedCandidates());
        Dispatcher.On((GetDeskPermissions _) => new DeskCan(true, true, true));
        _candidates =
        [
            Candidate("the ferries would run again from Friday", QuoteKind.ReportedSpeech, "Jonas Quist", 7, "Transport minister", new DateOnly(2024, 3, 12), DatePrecision.Approximate),
            Candidate("The crews have accepted the offer", QuoteKind.DirectQuote, "Jonas Quist", 7, "Transport minister", Published, DatePrecision.Approximate),
            Candidate("There is no agreement", QuoteKind.DirectQuote, "Mira Tallis", null, "union leader", Published, DatePrecision.Approximate),
            Candidate("The strike goes on.", QuoteKind.DirectQuote, "Mira Tallis", null, "union leader", Published, DatePrecision.Approximate),
        ];
        Dispatcher.On((ReadArticle q) => new ArticleReading
        {
            SourceId = q.SourceId,
            Headline = "Ferry strike ends",
            Outlet = "Harbour Gazette",
            PublishedOn = Published,
            Text = Text,
            Candidates = _candidates.Select(c => new ArticleCandidate(c, _accepted.TryGetValue(c.Start, out var id) ? id : null)).ToList(),
        });
        Dispatcher.On((SuggestLinks q) => q.Words.Contains("accepted", StringComparison.Ordinal)
            ? [new LinkSuggestion
            {
                StatementId = 90, Quote = "The ferry crews will strike until the offer improves", SpeakerId = 8, SpeakerName = "Mira Tallis",
                SaidOn = new DateOnly(2024, 3, 1), SaidOnPrecision = DatePrecision.Day, SharedWords = ["crews", "offer"],
                SuggestedRelation = LinkRelation.Contradicts,
            }]
            : q.Words.Contains("ferries", StringComparison.Ordinal)
                ? [new LinkSuggestion
                {
                    StatementId = 91, Quote = "The ferries run again from Friday", SpeakerId = 7, SpeakerName = "Jonas Quist",
                    SaidOn = new DateOnly(2024, 3, 10), SaidOnPrecision = DatePrecision.Day, SharedWords = ["ferries", "friday"],
                    SameSpeaker = true, IsRepeat = true, SuggestedRelation = LinkRelation.Repeats,
                }]
                : (IReadOnlyList<LinkSuggestion>)[]);
        Dispatcher.On((CreateStatement c) =>
        {
            var id = _nextStatement++;
            _accepted[c.InArticle!.Start] = id;
            return id;
        });
        Dispatcher.On((CreateSpeaker _) => 8);
        Dispatcher.On((LinkStatements _) => 1);
    }

    private static Candidate Candidate(string words, QuoteKind kind, string speaker, int? speakerId, string role, DateOnly on, DatePrecision precision)
    {
        var start = Text.IndexOf(words, StringComparison.Ordinal);
        return new Candidate
        {
            Start = start,
            End = start + words.Length,
            Words = words,
            Kind = kind,
            SpeakerName = speaker,
            SpeakerId = speakerId,
            Role = role,
            SaidOn = on,
            SaidOnPrecision = precision,
        };
    }

    private IRenderedComponent<ArticleReader> RenderReader() => Render<ArticleReader>(p => p.Add(x => x.Id, 3));

    [Fact]
    public void Every_candidate_is_highlighted_in_its_paragraph_and_listed_with_what_was_proposed()
    {
        var cut = RenderReader();

        Assert.Equal(3, Dispatcher.Last<ReadArticle>().SourceId);
        Assert.Equal(["the ferries would run again from Friday", "The crews have accepted the offer", "There is no agreement", "The strike goes on."],
            Read.Texts(cut.FindAll("[data-testid=highlight]")));
        Assert.Equal(4, cut.FindAll(".article-text p").Count);
        var cards = cut.FindAll("[data-testid=candidate]");
        Assert.Equal(4, cards.Count);
        Assert.Equal("Jonas Quist", Read.Text(cards[0].QuerySelector("[data-testid=speaker]")!));
        Assert.Equal("Transport minister", Read.Text(cards[0].QuerySelector("[data-testid=role]")!));
        Assert.Equal("c. 12 Mar 2024 · approximate", Read.Text(cards[0].QuerySelector("[data-testid=date]")!));
        Assert.Contains("Reported speech", cards[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("new speaker: Mira Tallis", Read.Text(cards[2].QuerySelector("[data-testid=speaker]")!));
        Assert.Contains("Direct quote", cards[2].TextContent, StringComparison.Ordinal);
        Assert.Equal("4 to review 0 accepted 0 rejected", Read.Text(cut.Find("[data-testid=tally]")));
    }

    [Fact]
    public void Suggested_statements_are_listed_under_a_candidate_and_a_repeat_of_the_same_speaker_is_flagged()
    {
        var cut = RenderReader();

        var cards = cut.FindAll("[data-testid=candidate]");
        Assert.Equal("repeat", Read.Text(cards[0].QuerySelector("[data-testid=repeat]")!));
        Assert.Contains("The ferries run again from Friday", Read.Text(cards[0].QuerySelector("[data-testid=suggestions]")!), StringComparison.Ordinal);
        Assert.Null(cards[1].QuerySelector("[data-testid=repeat]"));
        Assert.Contains("shares “crews, offer”", Read.Text(cards[1].QuerySelector("[data-testid=suggestion]")!), StringComparison.Ordinal);
        // Not yet a statement: nothing to link from.
        Assert.Empty(cut.FindAll("[data-testid=link-suggestion]"));
    }

    [Fact]
    public async Task The_shortcuts_are_shown_and_j_k_a_r_e_move_accept_reject_and_edit()
    {
        var cut = RenderReader();
        Assert.Equal("Fast pass: j next · k previous · a accept · r reject · e edit", Read.Text(cut.Find("[data-testid=shortcuts]")));
        Assert.Equal("0", cut.Find(".card-candidate.current").GetAttribute("data-candidate"));

        await cut.InvokeAsync(() => cut.Instance.ShortcutAsync("j"));
        Assert.Equal("1", cut.Find(".card-candidate.current").GetAttribute("data-candidate"));
        Assert.Equal("1", cut.Find("mark.current").GetAttribute("data-candidate"));

        await cut.InvokeAsync(() => cut.Instance.ShortcutAsync("a"));
        var sent = Dispatcher.Last<CreateStatement>();
        Assert.Equal(new ArticleSpan(_candidates[1].Start, _candidates[1].End), sent.InArticle);
        Assert.Equal("The crews have accepted the offer", sent.Statement.Quote);
        Assert.Equal(7, sent.Statement.SpeakerId);
        Assert.Equal(3, sent.Statement.SourceId);
        Assert.Equal("accepted", cut.FindAll("[data-testid=candidate]")[1].GetAttribute("data-state"));
        Assert.Equal("2", cut.Find(".card-candidate.current").GetAttribute("data-candidate"));

        await cut.InvokeAsync(() => cut.Instance.ShortcutAsync("r"));
        Assert.Equal("rejected", cut.FindAll("[data-testid=candidate]")[2].GetAttribute("data-state"));
        Assert.Equal("3", cut.Find(".card-candidate.current").GetAttribute("data-candidate"));

        await cut.InvokeAsync(() => cut.Instance.ShortcutAsync("k"));
        await cut.InvokeAsync(() => cut.Instance.ShortcutAsync("k"));
        await cut.InvokeAsync(() => cut.Instance.ShortcutAsync("k"));
        await cut.InvokeAsync(() => cut.Instance.ShortcutAsync("e"));
        Assert.Equal("0", cut.Find("[data-testid=edit-form]").Closest("[data-testid=candidate]")!.GetAttribute("data-candidate"));
        Assert.Equal("2 to review 1 accepted 1 rejected", Read.Text(cut.Find("[data-testid=tally]")));
        Assert.Single(Dispatcher.SentOf<CreateStatement>());
    }

    [Fact]
    public void Accepting_a_new_speakers_words_creates_the_speaker_first_then_the_statement_with_the_span()
    {
        var cut = RenderReader();

        cut.FindAll("[data-testid=candidate]")[2].QuerySelector("[data-testid=accept]")!.Click();

        var speaker = Dispatcher.Last<CreateSpeaker>();
        Assert.Equal("Mira Tallis", speaker.Speaker.Name);
        var statement = Dispatcher.Last<CreateStatement>();
        Assert.Equal(8, statement.Statement.SpeakerId);
        Assert.Equal("union leader", statement.Statement.SpeakerRole);
        Assert.Equal(Published, statement.Statement.SaidOn);
        Assert.Equal(QuoteKind.DirectQuote, statement.Statement.QuoteKind);
        Assert.Equal("There is no agreement", Text[statement.InArticle!.Start..statement.InArticle.End]);
        var accepted = cut.FindAll("[data-testid=candidate]")[2];
        Assert.Equal("accepted", accepted.GetAttribute("data-state"));
        Assert.Equal("statements/500", accepted.QuerySelector("[data-testid=statement-link]")!.GetAttribute("href"));
    }

    [Fact]
    public void Accept_all_of_a_speakers_candidates_accepts_each_of_them_once()
    {
        var cut = RenderReader();

        var button = cut.FindAll("[data-testid=candidate]")[0].QuerySelector("[data-testid=accept-speaker]")!;
        Assert.Equal("Accept all 2 of Jonas Quist’s", Read.Text(button));
        button.Click();

        Assert.Equal([_candidates[0].Start, _candidates[1].Start], Dispatcher.SentOf<CreateStatement>().Select(c => c.InArticle!.Start));
        Assert.Equal(["accepted", "accepted", "pending", "pending"], cut.FindAll("[data-testid=candidate]").Select(c => c.GetAttribute("data-state")));
    }

    [Fact]
    public void Edited_words_within_the_passage_are_anchored_on_those_words_and_the_typed_speaker_is_created()
    {
        var cut = RenderReader();
        cut.FindAll("[data-testid=candidate]")[1].QuerySelector("[data-testid=edit]")!.Click();

        cut.Find("#edit-words").Change("accepted the offer");
        cut.Find("#edit-new-speaker").Change("Ola Brekke");
        cut.Find("#edit-role").Change("Deputy minister");
        cut.Find("#edit-date").Change("2024-03-13");
        cut.Find("#edit-precision").Change("Day");
        cut.Find("#edit-kind").Change("Paraphrase");
        cut.Find("[data-testid=edit-form]").Submit();

        Assert.Equal("Ola Brekke", Dispatcher.Last<CreateSpeaker>().Speaker.Name);
        var sent = Dispatcher.Last<CreateStatement>();
        Assert.Equal("accepted the offer", Text[sent.InArticle!.Start..sent.InArticle.End]);
        Assert.Equal(
            new StatementInput
            {
                Quote = "accepted the offer",
                QuoteKind = QuoteKind.Paraphrase,
                SpeakerId = 8,
                SpeakerRole = "Deputy minister",
                SaidOn = new DateOnly(2024, 3, 13),
                SaidOnPrecision = DatePrecision.Day,
                SourceId = 3,
                Topics = sent.Statement.Topics,
            },
            sent.Statement);
        Assert.Empty(cut.FindAll("[data-testid=edit-form]"));
    }

    [Fact]
    public void Edited_words_that_are_not_in_the_passage_are_refused_and_nothing_is_sent()
    {
        var cut = RenderReader();
        cut.FindAll("[data-testid=candidate]")[1].QuerySelector("[data-testid=edit]")!.Click();

        cut.Find("#edit-words").Change("The crews have rejected the offer");
        cut.Find("[data-testid=edit-form]").Submit();

        Assert.Contains("must be taken from the highlighted passage", cut.Find("[data-testid=errors]").TextContent, StringComparison.Ordinal);
        Assert.Empty(Dispatcher.SentOf<CreateStatement>());
        Assert.Empty(Dispatcher.SentOf<CreateSpeaker>());
        Assert.Single(cut.FindAll("[data-testid=edit-form]"));
    }

    [Fact]
    public void A_rejected_candidate_stays_rejected_when_the_page_is_opened_again_and_can_be_restored()
    {
        var cut = RenderReader();
        cut.FindAll("[data-testid=candidate]")[3].QuerySelector("[data-testid=reject]")!.Click();
        Assert.Equal("rejected", cut.FindAll("[data-testid=candidate]")[3].GetAttribute("data-state"));
        Assert.Contains("rejected", cut.FindAll("[data-testid=highlight]")[3].ClassList);

        var again = RenderReader();
        var card = again.FindAll("[data-testid=candidate]")[3];
        Assert.Equal("rejected", card.GetAttribute("data-state"));
        card.QuerySelector("[data-testid=restore]")!.Click();
        Assert.Equal("pending", again.FindAll("[data-testid=candidate]")[3].GetAttribute("data-state"));
        Assert.Empty(Dispatcher.SentOf<CreateStatement>());
    }

    [Fact]
    public void An_accepted_candidate_links_to_a_suggestion_in_one_click()
    {
        _accepted[_candidates[1].Start] = 77;
        var cut = RenderReader();

        var card = cut.FindAll("[data-testid=candidate]")[1];
        Assert.Equal("Accepted · statement #77", Read.Text(card.QuerySelector("[data-testid=statement-link]")!));
        Assert.Equal(77, Dispatcher.SentOf<SuggestLinks>().Single(q => q.Words.Contains("accepted", StringComparison.Ordinal)).StatementId);
        var link = card.QuerySelector("[data-testid=link-suggestion]")!;
        Assert.Equal("Link: this contradicts it", Read.Text(link));
        link.Click();

        Assert.Equal(new LinkStatements(77, 90, LinkRelation.Contradicts, null), Dispatcher.Last<LinkStatements>());
        Assert.Equal("Linked", Read.Text(cut.FindAll("[data-testid=candidate]")[1].QuerySelector("[data-testid=linked]")!));
    }

    [Fact]
    public void A_viewer_reads_the_candidates_without_buttons_or_shortcuts()
    {
        SignInAs(Roles.Viewer);
        Dispatcher.On((GetDeskPermissions _) => DeskCan.Nothing);

        var cut = RenderReader();

        Assert.Equal(4, cut.FindAll("[data-testid=candidate]").Count);
        Assert.Empty(cut.FindAll("[data-testid=accept]"));
        Assert.Empty(cut.FindAll("[data-testid=shortcuts]"));
    }

    [Fact]
    public void A_refused_statement_is_explained_on_its_card_and_the_candidate_stays_to_review()
    {
        Dispatcher.Throw<CreateStatement>(new RequestValidationException(new Dictionary<string, string[]>
        {
            ["InArticle"] = ["These words of the article are already a statement."],
        }));
        var cut = RenderReader();

        cut.FindAll("[data-testid=candidate]")[1].QuerySelector("[data-testid=accept]")!.Click();

        var card = cut.FindAll("[data-testid=candidate]")[1];
        Assert.Equal("pending", card.GetAttribute("data-state"));
        Assert.Contains("already a statement", card.QuerySelector("[data-testid=errors]")!.TextContent, StringComparison.Ordinal);
    }
}
