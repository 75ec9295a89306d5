using AngleSharp.Dom;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Desk;
using ClaimTracker.Application.Sources;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Statements;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Speakers;
using ClaimTracker.Domain.Statements;
using ClaimTracker.Web.Components.Pages.Statements;
using ClaimTracker.Web.Tests.Support;
using static ClaimTracker.Web.Tests.Support.Samples;

namespace ClaimTracker.Web.Tests.Statements;

public sealed class StatementEditorTests : ComponentTest
{
    private const int UsGovernmentId = 40;

    public StatementEditorTests()
    {
        SignInAs(Roles.Analyst);
        Dispatcher.On((GetDeskPermissions _) => WriterDesk);
        Dispatcher.On((ListSpeakers q) => q.Search == "united states"
            ? PageOf(SpeakerSummary(UsGovernmentId) with { Name = "Government of the United States", Kind = SpeakerKind.Government, Country = null })
            : PageOf(SpeakerSummary()));
        Dispatcher.On((GetSpeaker q) => Speaker(q.Id));
        Dispatcher.On((ListSources _) => PageOf(SourceItem()));
    }

    private IRenderedComponent<StatementEditor> RenderNew()
    {
        GoTo("statements/new");
        return Render<StatementEditor>();
    }

    private IRenderedComponent<StatementEditor> RenderEdit(StatementDetails statement)
    {
        Dispatcher.On((GetStatement _) => statement);
        GoTo($"statements/{statement.Id}/edit");
        return Render<StatementEditor>(p => p.Add(x => x.Id, statement.Id));
    }

    private static void Choose(IRenderedComponent<StatementEditor> cut, string lookup, string typed)
    {
        cut.Find($"#{lookup}").Input(typed);
        cut.Find($"[data-testid={lookup}] [role=option]").Click();
    }

    private static IElement Form(IRenderedComponent<StatementEditor> cut) => cut.Find("[data-testid=statement-form]");

    [Fact]
    public void A_new_statement_is_created_with_what_was_typed_and_chosen_then_opened()
    {
        Dispatcher.On((CreateStatement _) => 42);
        var cut = RenderNew();

        cut.Find("#quote").Change("I was with Prime Minister Modi two weeks ago and he asked me to be a mediator.");
        cut.Find("#quote-kind").Change("Paraphrase");
        cut.Find("#said-on").Change("2019-07-22");
        cut.Find("#precision").Change("Month");
        Choose(cut, "speaker", "trump");
        cut.Find("#role").Change("President");
        Choose(cut, "on-behalf", "united states");
        Choose(cut, "source", "reuters");
        cut.Find("#venue").Change("White House");
        cut.Find("#topics").Change("Kashmir, Mediation ,");
        cut.Find("#context").Change("Said beside Imran Khan.");
        Form(cut).Submit();

        var input = Dispatcher.Last<CreateStatement>().Statement;
        Assert.Equal("I was with Prime Minister Modi two weeks ago and he asked me to be a mediator.", input.Quote);
        Assert.Equal(QuoteKind.Paraphrase, input.QuoteKind);
        Assert.Equal(new DateOnly(2019, 7, 22), input.SaidOn);
        Assert.Equal(DatePrecision.Month, input.SaidOnPrecision);
        Assert.Equal(TrumpId, input.SpeakerId);
        Assert.Equal("President", input.SpeakerRole);
        Assert.Equal(UsGovernmentId, input.OnBehalfOfId);
        Assert.Equal(ReutersId, input.SourceId);
        Assert.Equal("White House", input.Venue);
        Assert.Equal(["Kashmir", "Mediation"], input.Topics);
        Assert.Equal("Said beside Imran Khan.", input.Context);
        Assert.Equal("statements/42", CurrentUrl);
    }

    [Fact]
    public void The_speaker_lookup_searches_speakers_as_you_type_and_shows_the_choice()
    {
        var cut = RenderNew();

        cut.Find("#speaker").Input("trump");

        Assert.Equal(new ListSpeakers { Search = "trump", PageSize = 8 }, Dispatcher.Last<ListSpeakers>());
        Assert.Equal(["Donald Trump (United States)"], Read.Texts(cut.FindAll("[data-testid=speaker] [role=option]")));

        cut.Find("[data-testid=speaker] [role=option]").Click();

        Assert.Equal("Donald Trump (United States)", cut.Find("[data-testid=speaker-chosen]").TextContent);
    }

    [Fact]
    public void The_source_lookup_searches_sources_by_outlet_or_headline()
    {
        var cut = RenderNew();

        cut.Find("#source").Input("kashmir");

        Assert.Equal(new ListSources { Search = "kashmir", PageSize = 8 }, Dispatcher.Last<ListSources>());
        Assert.Equal(["Reuters: Trump offers to mediate on Kashmir"], Read.Texts(cut.FindAll("[data-testid=source] [role=option]")));
    }

    [Theory]
    [InlineData("2016-05-01", "Businessman")]
    [InlineData("2019-07-22", "President of the United States")]
    [InlineData("2022-03-01", "")]
    public void Choosing_a_speaker_fills_in_the_role_they_held_on_that_date(string saidOn, string role)
    {
        Dispatcher.On((GetSpeaker q) => Speaker(q.Id) with
        {
            Roles =
            [
                new SpeakerRoleItem("Businessman", null, new DateOnly(2017, 1, 20)),
                new SpeakerRoleItem("President of the United States", new DateOnly(2017, 1, 20), new DateOnly(2021, 1, 20)),
            ],
        });
        var cut = RenderNew();
        cut.Find("#said-on").Change(saidOn);

        Choose(cut, "speaker", "trump");

        Assert.Equal(TrumpId, Dispatcher.Last<GetSpeaker>().Id);
        Assert.Equal(role, cut.Find("#role").GetAttribute("value") ?? "");
    }

    [Fact]
    public void Choosing_a_speaker_keeps_a_role_already_typed()
    {
        var cut = RenderNew();
        cut.Find("#role").Change("Candidate");

        Choose(cut, "speaker", "trump");

        Assert.Equal("Candidate", cut.Find("#role").GetAttribute("value"));
        Assert.Empty(Dispatcher.SentOf<GetSpeaker>());
    }

    [Fact]
    public void Field_errors_appear_beside_the_fields_they_are_about()
    {
        Dispatcher.Throw<CreateStatement>(Invalid(
            ("Statement.Quote", "Enter the words of the statement."),
            ("Statement.SaidOn", "The date must be on or after 1900-01-01."),
            ("Statement.SpeakerId", "Choose a speaker from the list."),
            ("Statement.SourceId", "Choose the source that reported the statement."),
            ("Statement.Venue", "The venue can be at most 300 characters.")));
        var cut = RenderNew();

        Form(cut).Submit();

        var form = Form(cut);
        Assert.Equal(["Enter the words of the statement."], Read.FieldMessages(form, "quote"));
        Assert.Equal(["The date must be on or after 1900-01-01."], Read.FieldMessages(form, "said-on"));
        Assert.Equal(["Choose a speaker from the list."], Read.FieldMessages(form, "speaker"));
        Assert.Equal(["Choose the source that reported the statement."], Read.FieldMessages(form, "source"));
        Assert.Equal(["The venue can be at most 300 characters."], Read.FieldMessages(form, "venue"));
        Assert.Empty(Read.FieldMessages(form, "role"));
        Assert.Empty(Read.FieldMessages(form, "on-behalf"));
        Assert.Empty(Read.FieldMessages(form, "context"));
        Assert.Equal(5, cut.FindAll("[data-testid=errors] li").Count);
        Assert.Equal("statements/new", CurrentUrl);
    }

    [Fact]
    public void An_error_about_one_topic_appears_beside_the_topics()
    {
        const string Message = "Each topic needs a name of at most 100 characters.";
        Dispatcher.Throw<CreateStatement>(Invalid(("Statement.Topics[1]", Message)));
        var cut = RenderNew();
        cut.Find("#topics").Change("Kashmir, " + new string('x', 101));

        Form(cut).Submit();

        Assert.Equal([Message], Read.FieldMessages(Form(cut), "topics"));
    }

    [Fact]
    public void A_search_the_application_refuses_is_explained_instead_of_breaking_the_page()
    {
        const string Message = "Search text can be at most 200 characters.";
        Dispatcher.Throw<ListSpeakers>(Invalid(("Search", Message)));
        Dispatcher.Throw<ListSources>(Invalid(("Search", Message)));
        var cut = RenderNew();

        cut.Find("#speaker").Input("trump");
        cut.Find("#source").Input(new string('a', 201));

        Assert.Equal(Message, Read.Text(cut.Find("[data-testid=speaker-message]")));
        Assert.Equal("Type at most 200 characters to search; shorten the text.", Read.Text(cut.Find("[data-testid=source-message]")));
        Assert.Single(cut.FindAll("[data-testid=statement-form]"));

        Dispatcher.On((ListSpeakers _) => PageOf(SpeakerSummary()));
        cut.Find("#speaker").Input("trump");

        Assert.Empty(cut.FindAll("[data-testid=speaker-message]"));
    }

    [Fact]
    public void Searching_a_lookup_keeps_the_messages_from_the_last_save()
    {
        Dispatcher.Throw<CreateStatement>(Invalid(("Statement.Quote", "Enter the words of the statement.")));
        var cut = RenderNew();
        Form(cut).Submit();

        cut.Find("#speaker").Input("trump");

        Assert.Equal(["Enter the words of the statement."], Read.FieldMessages(Form(cut), "quote"));
    }

    [Fact]
    public void Editing_loads_the_statement_into_the_form()
    {
        var cut = RenderEdit(Statement(1) with { OnBehalfOfId = UsGovernmentId, OnBehalfOfName = "Government of the United States" });

        Assert.Equal(1, Dispatcher.Last<GetStatement>().Id);
        Assert.Equal("Edit statement", cut.Find("h1").TextContent);
        Assert.Equal(Statement().Quote, cut.Find("#quote").GetAttribute("value"));
        Assert.Equal("2019-07-22", cut.Find("#said-on").GetAttribute("value"));
        Assert.Equal("Donald Trump", cut.Find("[data-testid=speaker-chosen]").TextContent);
        Assert.Equal("President of the United States", cut.Find("#role").GetAttribute("value"));
        Assert.Equal("Government of the United States", cut.Find("[data-testid=on-behalf-chosen]").TextContent);
        Assert.Equal("Reuters: Trump offers to mediate on Kashmir", cut.Find("[data-testid=source-chosen]").TextContent);
        Assert.Equal("Kashmir, Mediation", cut.Find("#topics").GetAttribute("value"));
        Assert.Equal("statements/1", cut.Find("a.btn-link[href^='statements']").GetAttribute("href"));
    }

    [Fact]
    public void Saving_an_edit_sends_the_version_that_was_loaded_and_opens_the_statement()
    {
        Dispatcher.On((EditStatement _) => MediatR.Unit.Value);
        var cut = RenderEdit(Statement(1));

        cut.Find("#quote").Change("He asked me to be a mediator.");
        Form(cut).Submit();

        var edit = Dispatcher.Last<EditStatement>();
        Assert.Equal(1, edit.Id);
        Assert.Equal(Statement().Version, edit.Version);
        Assert.Equal("He asked me to be a mediator.", edit.Statement.Quote);
        Assert.Equal(TrumpId, edit.Statement.SpeakerId);
        Assert.Equal(ReutersId, edit.Statement.SourceId);
        Assert.Equal(["Kashmir", "Mediation"], edit.Statement.Topics);
        Assert.Empty(Dispatcher.SentOf<CreateStatement>());
        Assert.Equal("statements/1", CurrentUrl);
    }

    [Fact]
    public void A_conflicting_edit_says_what_the_other_save_changed_and_loses_neither_change()
    {
        var mine = Statement(1);
        var theirs = mine with { Quote = "Their corrected words", Version = Guid.NewGuid() };
        var loads = 0;
        Dispatcher.On((GetStatement _) => loads++ == 0 ? mine : theirs);
        Dispatcher.Throw<EditStatement>(new ConcurrencyConflictException("The statement"));
        GoTo($"statements/{mine.Id}/edit");
        var cut = Render<StatementEditor>(p => p.Add(x => x.Id, mine.Id));

        cut.Find("#venue").Change("Press briefing");
        Form(cut).Submit();

        var conflict = cut.Find("[data-testid=conflict]");
        Assert.Contains("Quote: now “Their corrected words”", Read.Text(conflict));
        Assert.Equal("Their corrected words", cut.Find("#quote").GetAttribute("value") ?? cut.Find("#quote").TextContent);
        Assert.Equal("Press briefing", cut.Find("#venue").GetAttribute("value"));
        Assert.Empty(cut.FindAll("[data-testid=errors]"));
        Assert.Equal("statements/1/edit", CurrentUrl);

        // Saving again sends the merged form against their version.
        Dispatcher.On((EditStatement _) => MediatR.Unit.Value);
        Form(cut).Submit();
        var sent = Dispatcher.Last<EditStatement>();
        Assert.Equal(theirs.Version, sent.Version);
        Assert.Equal("Their corrected words", sent.Statement.Quote);
        Assert.Equal("Press briefing", sent.Statement.Venue);
    }

    [Fact]
    public void A_save_refused_because_a_colleague_saved_without_changes_still_says_so_and_keeps_the_typing()
    {
        var mine = Statement(1);
        var theirs = mine with { Version = Guid.NewGuid() };
        var loads = 0;
        Dispatcher.On((GetStatement _) => loads++ == 0 ? mine : theirs);
        Dispatcher.Throw<EditStatement>(new ConcurrencyConflictException("The statement"));
        GoTo($"statements/{mine.Id}/edit");
        var cut = Render<StatementEditor>(p => p.Add(x => x.Id, mine.Id));

        cut.Find("#venue").Change("Press briefing");
        Form(cut).Submit();

        Assert.Contains("Your save was refused because someone else saved this statement", Read.Text(cut.Find("[data-testid=conflict]")));
        Assert.Equal("Press briefing", cut.Find("#venue").GetAttribute("value"));
        Assert.Equal("statements/1/edit", CurrentUrl);

        Dispatcher.On((EditStatement _) => MediatR.Unit.Value);
        Form(cut).Submit();
        Assert.Equal((theirs.Version, "Press briefing"), (Dispatcher.Last<EditStatement>().Version, Dispatcher.Last<EditStatement>().Statement.Venue));
    }

    [Fact]
    public void Editing_an_unknown_statement_says_it_was_not_found_and_shows_no_form()
    {
        Dispatcher.Throw<GetStatement>(new NotFoundException("Statement", 99));

        var cut = Render<StatementEditor>(p => p.Add(x => x.Id, 99));

        Assert.Equal("Statement 99 was not found.", Read.Text(cut.Find("[data-testid=errors]")));
        Assert.Empty(cut.FindAll("[data-testid=statement-form]"));
    }

    [Fact]
    public void A_member_who_may_not_change_the_statement_reads_it_with_every_field_disabled_and_no_save()
    {
        var cut = RenderEdit(Statement() with { Can = StatementCan.Nothing });

        Assert.Equal("Your role lets you read this statement but not change it.", Read.Text(cut.Find("[data-testid=read-only]")));
        Assert.True(cut.Find("[data-testid=statement-form] fieldset.fields").HasAttribute("disabled"));
        Assert.Equal(Statement().Quote, cut.Find("#quote").GetAttribute("value"));
        Assert.Empty(cut.FindAll("[data-testid=save]"));
    }

    [Fact]
    public void A_member_who_may_not_add_statements_gets_no_form_to_fill()
    {
        Dispatcher.On((GetDeskPermissions _) => DeskCan.Nothing);

        var cut = Render<StatementEditor>();

        Assert.Equal("Your role lets you read statements but not add them.", Read.Text(cut.Find("[data-testid=may-not-add]")));
        Assert.Empty(cut.FindAll("[data-testid=statement-form]"));
    }
}
