using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Desk;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Domain.Speakers;
using ClaimTracker.Web.Components.Pages.Speakers;
using ClaimTracker.Web.Tests.Support;
using static ClaimTracker.Web.Tests.Support.Samples;

namespace ClaimTracker.Web.Tests.Speakers;

public sealed class SpeakerEditorTests : ComponentTest
{
    public SpeakerEditorTests()
    {
        SignInAs(Roles.Editor);
        Dispatcher.On((GetDeskPermissions _) => WriterDesk);
    }

    private IRenderedComponent<SpeakerEditor> RenderEdit(SpeakerDetails speaker)
    {
        Dispatcher.On((GetSpeaker _) => speaker);
        GoTo($"speakers/{speaker.Id}/edit");
        return Render<SpeakerEditor>(p => p.Add(x => x.Id, speaker.Id));
    }

    [Fact]
    public void A_new_speaker_is_created_with_its_roles_then_opened()
    {
        Dispatcher.On((CreateSpeaker _) => 77);
        var cut = Render<SpeakerEditor>();

        cut.Find("#name").Change("Imran Khan");
        cut.Find("#kind").Change("Person");
        cut.Find("#country").Change("Pakistan");
        cut.Find("#affiliation").Change("PTI");
        cut.Find("#aliases").Change("Imran Ahmed Khan Niazi");
        cut.FindAll("button").Single(b => b.TextContent == "Add role").Click();
        cut.Find("[aria-label='Role title']").Change("Prime Minister of Pakistan");
        cut.Find("[aria-label=From]").Change("2018-08-18");
        cut.Find("[aria-label=To]").Change("2022-04-10");
        cut.Find("[data-testid=speaker-form]").Submit();

        var input = Dispatcher.Last<CreateSpeaker>().Speaker;
        Assert.Equal("Imran Khan", input.Name);
        Assert.Equal(SpeakerKind.Person, input.Kind);
        Assert.Equal("Pakistan", input.Country);
        Assert.Equal("PTI", input.Affiliation);
        Assert.Equal("Imran Ahmed Khan Niazi", input.Aliases);
        Assert.Equal([new SpeakerRoleInput("Prime Minister of Pakistan", new DateOnly(2018, 8, 18), new DateOnly(2022, 4, 10))], input.Roles);
        Assert.Equal("speakers/77", CurrentUrl);
    }

    [Fact]
    public void A_removed_role_is_not_sent()
    {
        Dispatcher.On((EditSpeaker _) => MediatR.Unit.Value);
        var cut = RenderEdit(Speaker());

        cut.FindAll(".role button")[0].Click();
        cut.Find("[data-testid=speaker-form]").Submit();

        Assert.Equal(
            [new SpeakerRoleInput("President of the United States", new DateOnly(2025, 1, 20), null)],
            Dispatcher.Last<EditSpeaker>().Speaker.Roles);
    }

    [Fact]
    public void An_error_about_a_role_appears_with_the_roles()
    {
        Dispatcher.Throw<CreateSpeaker>(Invalid(
            ("Speaker.Name", "Enter the speaker's name."),
            ("Speaker.Roles[0].Title", "Each role needs a title.")));
        var cut = Render<SpeakerEditor>();
        cut.FindAll("button").Single(b => b.TextContent == "Add role").Click();

        cut.Find("[data-testid=speaker-form]").Submit();

        Assert.Equal(["Enter the speaker's name."], Read.FieldMessages(cut.Find("form"), "name"));
        Assert.Equal(["Each role needs a title."], Read.Texts(cut.FindAll("fieldset:not(.fields) .validation-message")));
    }

    [Fact]
    public void Editing_sends_the_version_that_was_loaded()
    {
        Dispatcher.On((EditSpeaker _) => MediatR.Unit.Value);
        var cut = RenderEdit(Speaker());

        Assert.Equal("Donald Trump", cut.Find("#name").GetAttribute("value"));
        cut.Find("#affiliation").Change("Independent");
        cut.Find("[data-testid=speaker-form]").Submit();

        var edit = Dispatcher.Last<EditSpeaker>();
        Assert.Equal((TrumpId, Speaker().Version), (edit.Id, edit.Version));
        Assert.Equal("Independent", edit.Speaker.Affiliation);
        Assert.Equal(2, edit.Speaker.Roles.Count);
        Assert.Equal("speakers/10", CurrentUrl);
    }

    [Fact]
    public void The_reference_page_is_shown_for_editing_and_sent_as_typed()
    {
        Dispatcher.On((EditSpeaker _) => MediatR.Unit.Value);
        var cut = RenderEdit(Speaker() with { ReferenceUrl = "https://people.test/wiki/Donald_Trump" });

        var field = cut.Find("#reference-url");
        Assert.Equal("Reference page (URL)", Read.Text(cut.Find("label[for=reference-url]")));
        Assert.Equal(("url", "https://people.test/wiki/Donald_Trump"), (field.GetAttribute("type"), field.GetAttribute("value")));
        field.Change("https://people.test/wiki/Q1");
        cut.Find("[data-testid=speaker-form]").Submit();

        Assert.Equal("https://people.test/wiki/Q1", Dispatcher.Last<EditSpeaker>().Speaker.ReferenceUrl);
        Assert.Equal("speakers/10", CurrentUrl);
    }

    [Fact]
    public void A_refused_reference_page_is_explained_beside_the_field_and_the_editor_stays()
    {
        Dispatcher.Throw<CreateSpeaker>(Invalid(("Speaker.ReferenceUrl", "The reference page must be a full web address starting with http:// or https://.")));
        var cut = Render<SpeakerEditor>();
        cut.Find("#name").Change("Imran Khan");
        cut.Find("#reference-url").Change("javascript:alert(1)");

        cut.Find("[data-testid=speaker-form]").Submit();

        Assert.Equal("javascript:alert(1)", Dispatcher.Last<CreateSpeaker>().Speaker.ReferenceUrl);
        Assert.Equal(["The reference page must be a full web address starting with http:// or https://."], Read.FieldMessages(cut.Find("form"), "reference-url"));
        Assert.Equal("javascript:alert(1)", cut.Find("#reference-url").GetAttribute("value"));
        // Still on the editor: nothing was saved, so there is no speaker to open.
        Assert.Single(cut.FindAll("[data-testid=speaker-form]"));
        Assert.DoesNotContain("speakers/", CurrentUrl, StringComparison.Ordinal);
    }

    [Fact]
    public void A_conflicting_edit_is_explained()
    {
        Dispatcher.Throw<EditSpeaker>(new ConcurrencyConflictException("Speaker"));
        var cut = RenderEdit(Speaker());

        cut.Find("[data-testid=speaker-form]").Submit();

        Assert.StartsWith("Speaker was changed by someone else", Read.Text(cut.Find("[data-testid=errors]")));
        Assert.Equal("speakers/10/edit", CurrentUrl);
    }

    [Fact]
    public void A_member_who_may_not_change_the_speaker_reads_it_without_save_or_merge()
    {
        var cut = RenderEdit(Speaker() with { Can = SpeakerCan.Nothing });

        Assert.Equal("Your role lets you read this speaker but not change it.", Read.Text(cut.Find("[data-testid=read-only]")));
        Assert.True(cut.Find("[data-testid=speaker-form] fieldset.fields").HasAttribute("disabled"));
        Assert.Empty(cut.FindAll("[data-testid=save]"));
        Assert.Empty(cut.FindAll("[data-testid=merge]"));
    }

    [Fact]
    public void A_merge_search_longer_than_the_limit_is_explained_and_the_page_stays()
    {
        Dispatcher.Throw<ListSpeakers>(Invalid(("Search", "Search text can be at most 200 characters.")));
        var cut = RenderEdit(Speaker());

        cut.Find("#duplicate").Input(new string('k', 201));
        Assert.Equal("Type at most 200 characters to search; shorten the text.", Read.Text(cut.Find("[data-testid=duplicate-message]")));

        cut.Find("#duplicate").Input("kumar");
        Assert.Equal("Search text can be at most 200 characters.", Read.Text(cut.Find("[data-testid=duplicate-message]")));
        Assert.Single(cut.FindAll("[data-testid=speaker-form]"));
    }

    private static SpeakerMergePreview Preview() => new()
    {
        KeepId = TrumpId,
        KeepName = "Donald Trump",
        KeepVersion = Guid.Parse("6a3c1e0e-0000-4000-8000-000000000001"),
        DuplicateId = 31,
        DuplicateName = "Donald J. Trump",
        Statements = 3,
        OnBehalfStatements = 1,
        OnBehalfCleared = 0,
        RolesAdded = [new SpeakerRoleItem("Businessman", null, new DateOnly(2017, 1, 20))],
        AliasesBefore = "Trump",
        AliasesAfter = "Trump; Donald J. Trump",
    };

    private IRenderedComponent<SpeakerEditor> ChooseDuplicate()
    {
        Dispatcher.On((ListSpeakers _) => PageOf(SpeakerSummary(31) with { Name = "Donald J. Trump" }));
        Dispatcher.On((PreviewSpeakerMerge _) => Preview());
        var cut = RenderEdit(Speaker());
        cut.Find("#duplicate").Input("donald j");
        cut.Find("[data-testid=duplicate] [role=option]").Click();
        return cut;
    }

    [Fact]
    public void Merging_first_shows_exactly_what_will_move_and_changes_nothing()
    {
        var cut = ChooseDuplicate();

        cut.Find("[data-testid=merge-button]").Click();

        Assert.Equal(new PreviewSpeakerMerge(TrumpId, 31), Dispatcher.Last<PreviewSpeakerMerge>());
        Assert.Empty(Dispatcher.SentOf<MergeSpeakers>());
        Assert.Contains("Merge “Donald J. Trump” into “Donald Trump”? This cannot be undone", Read.Text(cut.Find("[data-testid=merge-preview]")));
        Assert.Equal(
            [
                "Statements by “Donald J. Trump”: 3, now said by “Donald Trump”.",
                "Statements made on behalf of “Donald J. Trump”: 1, now on behalf of “Donald Trump”.",
                "Dated roles added: 1 (Businessman).",
                "Other spellings afterwards: Trump; Donald J. Trump.",
                "Links between statements stay as they are.",
            ],
            Read.Texts(cut.FindAll("[data-testid=merge-consequences] li")));
    }

    [Fact]
    public void The_preview_says_when_the_duplicates_reference_page_is_taken_over()
    {
        Dispatcher.On((ListSpeakers _) => PageOf(SpeakerSummary(31) with { Name = "Donald J. Trump" }));
        Dispatcher.On((PreviewSpeakerMerge _) => Preview() with { ReferenceUrlTaken = "https://people.test/wiki/Q22686" });
        var cut = RenderEdit(Speaker());
        cut.Find("#duplicate").Input("donald j");
        cut.Find("[data-testid=duplicate] [role=option]").Click();

        cut.Find("[data-testid=merge-button]").Click();

        Assert.Contains("Taken over because “Donald Trump” has none: https://people.test/wiki/Q22686.", Read.Texts(cut.FindAll("[data-testid=merge-consequences] li")));
    }

    [Fact]
    public void Confirming_merges_against_the_version_the_preview_counted_then_opens_the_kept_speaker()
    {
        Dispatcher.On((MergeSpeakers _) => MediatR.Unit.Value);
        var cut = ChooseDuplicate();
        cut.Find("[data-testid=merge-button]").Click();

        cut.Find("[data-testid=merge-confirm]").Click();

        Assert.Equal(new MergeSpeakers(TrumpId, Preview().KeepVersion, 31), Dispatcher.Last<MergeSpeakers>());
        Assert.Equal("speakers/10", CurrentUrl);
    }

    [Fact]
    public void Cancelling_the_preview_merges_nothing()
    {
        var cut = ChooseDuplicate();
        cut.Find("[data-testid=merge-button]").Click();

        cut.Find("[data-testid=merge-cancel]").Click();

        Assert.Empty(cut.FindAll("[data-testid=merge-preview]"));
        Assert.Empty(Dispatcher.SentOf<MergeSpeakers>());
        Assert.Equal("speakers/10/edit", CurrentUrl);
    }

    [Fact]
    public void A_merge_refused_after_the_preview_is_explained()
    {
        Dispatcher.Throw<MergeSpeakers>(new ConcurrencyConflictException("The speaker"));
        var cut = ChooseDuplicate();
        cut.Find("[data-testid=merge-button]").Click();

        cut.Find("[data-testid=merge-confirm]").Click();

        Assert.StartsWith("The speaker was changed by someone else", Read.Text(cut.Find("[data-testid=merge] [data-testid=errors]")));
        Assert.Empty(cut.FindAll("[data-testid=merge-preview]"));
        Assert.Equal("speakers/10/edit", CurrentUrl);
    }
}
