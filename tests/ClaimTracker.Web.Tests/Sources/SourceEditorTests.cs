using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Sources;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Sources;
using ClaimTracker.Web.Components.Pages.Sources;
using ClaimTracker.Web.Tests.Support;
using static ClaimTracker.Web.Tests.Support.Samples;

namespace ClaimTracker.Web.Tests.Sources;

public sealed class SourceEditorTests : ComponentTest
{
    public SourceEditorTests() => SignInAs(Roles.Analyst);

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
}
