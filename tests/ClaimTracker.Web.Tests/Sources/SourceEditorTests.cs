using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Desk;
using ClaimTracker.Application.Sources;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Sources;
using ClaimTracker.Web.Components.Pages.Sources;
using ClaimTracker.Web.Tests.Support;
using static ClaimTracker.Web.Tests.Support.Samples;

namespace ClaimTracker.Web.Tests.Sources;

public sealed class SourceEditorTests : ComponentTest
{
    public SourceEditorTests()
    {
        SignInAs(Roles.Analyst);
        Dispatcher.On((GetDeskPermissions _) => WriterDesk);
    }

    [Fact]
    public void A_new_source_is_created_with_what_was_typed_then_the_list_opens()
    {
        Dispatcher.On((CreateSource _) => 31);
        var cut = Render<SourceEditor>();

        cut.Find("#outlet").Change("The Hindu");
        cut.Find("#headline").Change("India rejects mediation claim");
        cut.Find("#authors").Change("Suhasini Haidar");
        cut.Find("#published").Change("2019-07-23");
        cut.Find("#published-precision").Change("Day");
        cut.Find("#url").Change("https://news.example.org/india-rejects");
        cut.Find("#source-kind").Change("NewsArticle");
        cut.Find("#note").Change("Front page.");
        cut.Find("[data-testid=source-form]").Submit();

        Assert.Equal(
            new SourceInput
            {
                Outlet = "The Hindu",
                Headline = "India rejects mediation claim",
                Authors = "Suhasini Haidar",
                PublishedOn = new DateOnly(2019, 7, 23),
                PublishedPrecision = DatePrecision.Day,
                Url = "https://news.example.org/india-rejects",
                Kind = SourceKind.NewsArticle,
                Note = "Front page.",
            },
            Dispatcher.Last<CreateSource>().Source);
        Assert.Equal("sources", CurrentUrl);
    }

    [Fact]
    public void A_refused_link_is_explained_beside_the_link_field()
    {
        const string Message = "The link must be a full web address starting with http:// or https://.";
        Dispatcher.Throw<CreateSource>(Invalid(("Source.Url", Message)));
        var cut = Render<SourceEditor>();

        cut.Find("#url").Change("javascript:alert(1)");
        cut.Find("[data-testid=source-form]").Submit();

        Assert.Equal([Message], Read.FieldMessages(cut.Find("form"), "url"));
        Assert.Empty(Read.FieldMessages(cut.Find("form"), "outlet"));
    }

    [Fact]
    public void Editing_loads_the_source_and_sends_the_version_that_was_loaded()
    {
        Dispatcher.On((GetSource _) => SourceDetails());
        Dispatcher.On((EditSource _) => MediatR.Unit.Value);
        var cut = Render<SourceEditor>(p => p.Add(x => x.Id, ReutersId));

        Assert.Equal("Reuters", cut.Find("#outlet").GetAttribute("value"));
        cut.Find("#headline").Change("Trump offers to mediate on Kashmir, India denies");
        cut.Find("[data-testid=source-form]").Submit();

        var edit = Dispatcher.Last<EditSource>();
        Assert.Equal((ReutersId, SourceDetails().Version), (edit.Id, edit.Version));
        Assert.Equal("Trump offers to mediate on Kashmir, India denies", edit.Source.Headline);
        Assert.Equal("Jeff Mason", edit.Source.Authors);
    }

    [Fact]
    public void A_member_who_may_not_change_the_source_reads_it_with_every_field_disabled_and_no_save()
    {
        Dispatcher.On((GetSource _) => SourceDetails() with { Can = SourceCan.Nothing });

        var cut = Render<SourceEditor>(p => p.Add(x => x.Id, ReutersId));

        Assert.Equal("Your role lets you read this source but not change it.", Read.Text(cut.Find("[data-testid=read-only]")));
        Assert.True(cut.Find("[data-testid=source-form] fieldset.fields").HasAttribute("disabled"));
        Assert.Equal("Reuters", cut.Find("#outlet").GetAttribute("value"));
        Assert.Empty(cut.FindAll("[data-testid=save]"));
        Assert.Equal("Back", cut.Find("[data-testid=source-form] a.btn-link").TextContent);

        cut.Find("[data-testid=source-form]").Submit();
        Assert.Empty(Dispatcher.SentOf<EditSource>());
    }

    [Fact]
    public void A_member_who_may_not_add_sources_gets_no_form_to_fill()
    {
        Dispatcher.On((GetDeskPermissions _) => DeskCan.Nothing);

        var cut = Render<SourceEditor>();

        Assert.Equal("Your role lets you read sources but not add them.", Read.Text(cut.Find("[data-testid=may-not-add]")));
        Assert.Empty(cut.FindAll("[data-testid=source-form]"));
    }
}
