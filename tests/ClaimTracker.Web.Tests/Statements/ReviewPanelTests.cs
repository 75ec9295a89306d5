using AngleSharp.Dom;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Reviews;
using ClaimTracker.Application.Statements;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Web.Components.Pages.Statements;
using ClaimTracker.Web.Tests.Support;
using static ClaimTracker.Web.Tests.Support.Samples;

namespace ClaimTracker.Web.Tests.Statements;

public sealed class ReviewPanelTests : ComponentTest
{
    private const int StatementId = 1;
    private const string AnalystId = "analyst-1";
    private static readonly Guid ReviewVersion = Guid.Parse("8d5c9a52-55d6-4f0b-9d0e-2f57c3a1b101");

    private int _changes;

    private static ReviewDetails Draft() => new()
    {
        Rating = Rating.False,
        Status = ReviewStatus.Draft,
        Rationale = "India's foreign ministry denied any such request the same night.",
        OwnerId = AnalystId,
        OwnerName = "test-analyst",
        Version = ReviewVersion,
        Evidence =
        [
            new EvidenceItem { Title = "MEA denial", StatementId = 2, Stance = EvidenceStance.Refutes },
            new EvidenceItem { Title = "Simla Agreement", Url = "https://treaties.example.org/simla", Stance = EvidenceStance.Context },
        ],
    };

    private static ReviewDetails Published() => Draft() with
    {
        Status = ReviewStatus.Published,
        PublishedAtUtc = new DateTime(2019, 7, 24, 9, 30, 0, DateTimeKind.Utc),
        PublishedBy = "test-editor",
    };

    /// <summary>Everything offered unless the test says otherwise: which actions are allowed is the statement query's business.</summary>
    private IRenderedComponent<ReviewPanel> RenderPanel(ReviewDetails? review, ReviewCan? can = null) =>
        Render<ReviewPanel>(p => p
            .Add(x => x.StatementId, StatementId)
            .Add(x => x.Review, review)
            .Add(x => x.Can, can ?? new ReviewCan(true, true, true, true))
            .Add(x => x.OnChanged, () => _changes++));

    private static IReadOnlyList<string> Buttons(IRenderedComponent<ReviewPanel> cut) =>
        Read.Texts(cut.FindAll(".actions button"));

    private static IElement Form(IRenderedComponent<ReviewPanel> cut) => cut.Find("[data-testid=review-form]");

    [Fact]
    public void Shows_the_rating_status_owner_rationale_and_evidence()
    {
        var cut = RenderPanel(Draft());

        Assert.Equal("Draft · drafted by test-analyst", Read.Text(cut.Find("[data-testid=review-status]")));
        Assert.Equal("Rating: False (Draft)", Read.Text(cut.Find(".verdict-line")));
        Assert.Equal("India's foreign ministry denied any such request the same night.", cut.Find("[data-testid=rationale]").TextContent);
        Assert.Equal(["Refutes: MEA denial", "Context: Simla Agreement"], Read.Texts(cut.FindAll(".evidence li")));
        var links = cut.FindAll(".evidence li a");
        Assert.Equal("statements/2", links[0].GetAttribute("href"));
        Assert.Equal("https://treaties.example.org/simla", links[1].GetAttribute("href"));
        Assert.Empty(cut.FindAll("[data-testid=no-review]"));
    }

    [Fact]
    public void Shows_the_publication_and_corrections_log_oldest_first()
    {
        var cut = RenderPanel(Published() with
        {
            Rating = Rating.Misleading,
            Revisions =
            [
                new ReviewRevisionItem { Event = ReviewEvent.Published, Rating = Rating.False, AtUtc = new DateTime(2019, 7, 24, 9, 30, 0, DateTimeKind.Utc), By = "test-editor" },
                new ReviewRevisionItem
                {
                    Event = ReviewEvent.Corrected,
                    Rating = Rating.Misleading,
                    AtUtc = new DateTime(2019, 8, 2, 14, 5, 0, DateTimeKind.Utc),
                    By = "test-editor",
                    Note = "The White House later said the request was informal.",
                },
            ],
        });

        Assert.Equal("Published · drafted by test-analyst", Read.Text(cut.Find("[data-testid=review-status]")));
        Assert.Equal("Rating: Misleading", Read.Text(cut.Find(".verdict-line")));
        var log = Read.Texts(cut.FindAll("[data-testid=revisions] li"));
        Assert.Equal(2, log.Count);
        Assert.Equal("Published 24 Jul 2019 09:30 UTC by test-editor: False", log[0]);
        Assert.Equal("Corrected 2 Aug 2019 14:05 UTC by test-editor: Misleading — The White House later said the request was informal.", log[1]);
    }

    [Fact]
    public void A_statement_nobody_reviewed_says_so()
    {
        var cut = RenderPanel(null);

        Assert.Equal("Not reviewed yet.", Read.Text(cut.Find("[data-testid=no-review]")));
        Assert.Empty(cut.FindAll("[data-testid=review-status]"));
        Assert.Empty(cut.FindAll("[data-testid=rationale]"));
    }

    [Fact]
    public void Offers_no_action_when_the_member_may_take_none()
    {
        Assert.Empty(RenderPanel(null, ReviewCan.Nothing).FindAll("button"));
        Assert.Empty(RenderPanel(Draft(), ReviewCan.Nothing).FindAll("button"));
        Assert.Empty(RenderPanel(Published(), ReviewCan.Nothing).FindAll("button"));
    }

    [Theory]
    [InlineData(false, true, false, false, false, new[] { "Draft a verdict" })]
    [InlineData(true, true, true, false, false, new[] { "Edit draft", "Send for review" })]
    [InlineData(true, false, false, true, false, new[] { "Publish" })]
    [InlineData(true, true, false, true, false, new[] { "Edit draft", "Publish" })]
    [InlineData(true, false, false, false, true, new[] { "Correct" })]
    public void Offers_exactly_the_actions_the_statement_query_allowed(
        bool reviewed, bool draft, bool submit, bool publish, bool correct, string[] buttons)
    {
        var cut = RenderPanel(reviewed ? Draft() : null, new ReviewCan(draft, submit, publish, correct));

        Assert.Equal(buttons, Buttons(cut));
    }

    [Fact]
    public void Drafting_a_verdict_sends_the_rating_rationale_and_evidence_without_a_version_then_reports_the_change()
    {
        Dispatcher.On((DraftReview _) => MediatR.Unit.Value);
        var cut = RenderPanel(null);

        cut.Find("[data-testid=edit-draft]").Click();
        cut.Find("#rating").Change("MostlyFalse");
        cut.Find("#rationale").Change("No request was made, according to India.");
        cut.Find("fieldset button").Click();
        cut.Find("input[aria-label='Evidence title']").Change("MEA briefing");
        cut.Find("input[aria-label='Evidence link']").Change("https://mea.example.org/briefing");
        cut.Find("select[aria-label=Stance]").Change("Context");
        Form(cut).Submit();

        var draft = Dispatcher.Last<DraftReview>();
        Assert.Equal(StatementId, draft.StatementId);
        Assert.Null(draft.Version);
        Assert.Equal(Rating.MostlyFalse, draft.Review.Rating);
        Assert.Equal("No request was made, according to India.", draft.Review.Rationale);
        Assert.Equal([new EvidenceInput("MEA briefing", "https://mea.example.org/briefing", null, EvidenceStance.Context)], draft.Review.Evidence);
        Assert.Equal(1, _changes);
        Assert.Empty(cut.FindAll("[data-testid=review-form]"));
    }

    [Fact]
    public void Editing_a_draft_starts_from_what_it_says_and_sends_the_version_that_was_shown()
    {
        Dispatcher.On((DraftReview _) => MediatR.Unit.Value);
        var cut = RenderPanel(Draft());

        cut.Find("[data-testid=edit-draft]").Click();

        Assert.Equal("False", cut.Find("#rating option[selected]").GetAttribute("value"));
        Assert.Equal(Draft().Rationale, cut.Find("#rationale").GetAttribute("value"));
        Assert.Equal(
            ["MEA denial", "Simla Agreement"],
            cut.FindAll("input[aria-label='Evidence title']").Select(i => i.GetAttribute("value")).ToList());
        Assert.Equal("Save draft", Read.Text(cut.Find("[data-testid=save-review]")));
        Assert.Empty(cut.FindAll("#correction-note"));

        cut.FindAll("fieldset .btn-link")[1].Click();
        cut.Find("#rating").Change("Misleading");
        Form(cut).Submit();

        var draft = Dispatcher.Last<DraftReview>();
        Assert.Equal(ReviewVersion, draft.Version);
        Assert.Equal(Rating.Misleading, draft.Review.Rating);
        Assert.Equal([new EvidenceInput("MEA denial", null, 2, EvidenceStance.Refutes)], draft.Review.Evidence);
        Assert.Equal(1, _changes);
    }

    [Fact]
    public void Correcting_a_published_review_sends_the_change_with_the_note_for_readers()
    {
        Dispatcher.On((CorrectReview _) => MediatR.Unit.Value);
        var cut = RenderPanel(Published());

        cut.Find("[data-testid=correct]").Click();
        Assert.Equal("Publish correction", Read.Text(cut.Find("[data-testid=save-review]")));
        cut.Find("#rating").Change("Misleading");
        cut.Find("#correction-note").Change("The request was informal, the White House said later.");
        Form(cut).Submit();

        var correction = Dispatcher.Last<CorrectReview>();
        Assert.Equal(StatementId, correction.StatementId);
        Assert.Equal(ReviewVersion, correction.Version);
        Assert.Equal(Rating.Misleading, correction.Review.Rating);
        Assert.Equal(Draft().Rationale, correction.Review.Rationale);
        Assert.Equal("The request was informal, the White House said later.", correction.Note);
        Assert.Empty(Dispatcher.SentOf<DraftReview>());
        Assert.Equal(1, _changes);
    }

    [Fact]
    public void Sending_a_draft_for_review_sends_its_version_and_reports_the_change()
    {
        Dispatcher.On((SubmitReview _) => MediatR.Unit.Value);
        var cut = RenderPanel(Draft());

        cut.Find("[data-testid=submit-review]").Click();

        Assert.Equal(new SubmitReview(StatementId, ReviewVersion), Dispatcher.Last<SubmitReview>());
        Assert.Equal(1, _changes);
    }

    [Fact]
    public void Publishing_sends_the_version_that_was_read_and_reports_the_change()
    {
        Dispatcher.On((PublishReview _) => MediatR.Unit.Value);
        var cut = RenderPanel(Draft() with { Status = ReviewStatus.InReview });

        cut.Find("[data-testid=publish]").Click();

        Assert.Equal(new PublishReview(StatementId, ReviewVersion), Dispatcher.Last<PublishReview>());
        Assert.Equal(1, _changes);
    }

    [Fact]
    public void Refused_fields_are_explained_beside_them_and_the_form_stays_open()
    {
        Dispatcher.Throw<DraftReview>(Invalid(
            ("Review.Rationale", "Explain the rating: readers need the reasons, not just the label."),
            ("Review.Evidence[0].Url", "An evidence link must be a full web address starting with http:// or https://.")));
        var cut = RenderPanel(null);

        cut.Find("[data-testid=edit-draft]").Click();
        cut.Find("fieldset button").Click();
        cut.Find("input[aria-label='Evidence title']").Change("MEA briefing");
        cut.Find("input[aria-label='Evidence link']").Change("mea briefing");
        Form(cut).Submit();

        var form = Form(cut);
        Assert.Equal(["Explain the rating: readers need the reasons, not just the label."], Read.FieldMessages(form, "rationale"));
        Assert.Equal(
            ["An evidence link must be a full web address starting with http:// or https://."],
            Read.Texts(form.QuerySelectorAll("fieldset .validation-message")));
        Assert.Equal("mea briefing", cut.Find("input[aria-label='Evidence link']").GetAttribute("value"));
        Assert.Equal(0, _changes);
    }

    [Fact]
    public void A_missing_correction_note_is_explained_beside_the_note()
    {
        const string Message = "Say what the correction changes and why; readers see this note.";
        Dispatcher.Throw<CorrectReview>(Invalid(("Note", Message)));
        var cut = RenderPanel(Published());

        cut.Find("[data-testid=correct]").Click();
        Form(cut).Submit();

        Assert.Equal([Message], Read.FieldMessages(Form(cut), "correction-note"));
        Assert.Empty(Read.FieldMessages(Form(cut), "rationale"));
        Assert.Equal(0, _changes);
    }

    [Fact]
    public void A_forbidden_change_shows_why()
    {
        const string Message = "Only the analyst who drafted this review, or an editor, can send it for review.";
        Dispatcher.Throw<SubmitReview>(new ForbiddenException(Message));
        var cut = RenderPanel(Draft());

        cut.Find("[data-testid=submit-review]").Click();

        Assert.Equal(Message, Read.Text(cut.Find("[data-testid=errors]")));
        Assert.Equal(0, _changes);
    }

    [Fact]
    public void Cancel_closes_the_form_without_sending_anything()
    {
        var cut = RenderPanel(Draft());

        cut.Find("[data-testid=edit-draft]").Click();
        cut.Find("#rationale").Change("Something else");
        cut.Find("[data-testid=review-form] button.btn-link:not(.text-danger)").Click();

        Assert.Empty(cut.FindAll("[data-testid=review-form]"));
        Assert.Empty(Dispatcher.Sent);
        Assert.Equal(Draft().Rationale, cut.Find("[data-testid=rationale]").TextContent);
    }
}
