using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Publishers;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Web.Components.Pages.Publishers;
using ClaimTracker.Web.Tests.Support;
using static ClaimTracker.Web.Tests.Support.Samples;

namespace ClaimTracker.Web.Tests.Publishers;

public sealed class PublisherLabelsPageTests : ComponentTest
{
    private const int FactDesk = 3;
    private readonly List<LabelMapping> _labels =
    [
        new("Four Pinocchios", null, 2),
        new("Geppetto Checkmark", Rating.True, 1),
        new("Two Pinocchios", Rating.HalfTrue, 4),
    ];

    public PublisherLabelsPageTests()
    {
        Dispatcher.On((GetPublisherLabels q) => new PublisherLabels(q.PublisherId, "Fact Desk", "https://factdesk.example/", _labels.ToList(),
            CanEdit: _canEdit));
    }

    private bool _canEdit = true;

    private IRenderedComponent<PublisherLabelsPage> RenderPage(bool canEdit = true)
    {
        _canEdit = canEdit;
        SignInAs(canEdit ? Roles.Editor : Roles.Viewer);
        return Render<PublisherLabelsPage>(p => p.Add(x => x.Id, FactDesk));
    }

    private static IReadOnlyList<string> Rows(IRenderedComponent<PublisherLabelsPage> cut) =>
        cut.FindAll("[data-testid=label-row]").Select(r => $"{r.GetAttribute("data-label")} = {(r.QuerySelector("select") is not null ? r.QuerySelector("option[selected]")?.GetAttribute("value") : Read.Text(r.Children[1]))}").ToList();

    [Fact]
    public void Shows_each_label_with_our_rating_and_how_many_reviews_use_it()
    {
        var cut = RenderPage();

        Assert.Equal("Fact Desk", cut.Find("[data-testid=publisher-name]").TextContent);
        Assert.Equal("https://factdesk.example/", cut.Find("[data-testid=publisher-site]").GetAttribute("href"));
        Assert.Equal(["Four Pinocchios = ", "Geppetto Checkmark = True", "Two Pinocchios = HalfTrue"], Rows(cut));
        Assert.Equal(["2", "1", "4"], cut.FindAll("[data-testid=label-row] td.num").Select(Read.Text).ToList());
        Assert.Contains("unmapped", cut.Find("[data-label='Four Pinocchios']").ClassList);
    }

    [Fact]
    public void Changing_a_rating_maps_the_label_and_says_how_many_reviews_were_re_rated()
    {
        Dispatcher.On((MapPublisherLabel c) =>
        {
            var i = _labels.FindIndex(l => l.Label == c.Label);
            _labels[i] = _labels[i] with { Rating = c.Rating };
            return 2;
        });
        var cut = RenderPage();

        cut.Find("[data-label='Four Pinocchios'] select").Change(nameof(Rating.False));

        var sent = Dispatcher.Last<MapPublisherLabel>();
        Assert.Equal((FactDesk, "Four Pinocchios", (Rating?)Rating.False), (sent.PublisherId, sent.Label, sent.Rating));
        Assert.Equal("“Four Pinocchios” now counts as False: 2 reviews re-rated.", Read.Text(cut.Find("[data-testid=notice]")));
        Assert.Contains("Four Pinocchios = False", Rows(cut));
        Assert.Equal(2, Dispatcher.SentOf<GetPublisherLabels>().Count);
    }

    [Fact]
    public void Choosing_not_mapped_removes_the_mapping()
    {
        Dispatcher.On((MapPublisherLabel _) => 1);
        var cut = RenderPage();

        cut.Find("[data-label='Geppetto Checkmark'] select").Change("");

        Assert.Null(Dispatcher.Last<MapPublisherLabel>().Rating);
        Assert.Equal("“Geppetto Checkmark” is no longer mapped: 1 review re-rated.", Read.Text(cut.Find("[data-testid=notice]")));
    }

    [Fact]
    public void A_new_label_is_added_with_its_rating_and_a_refused_one_shows_why_and_keeps_the_text()
    {
        Dispatcher.Throw<MapPublisherLabel>(Invalid(("Label", "The rating label needs at least one letter or digit.")));
        var cut = RenderPage();

        cut.Find("[data-testid=new-label]").Change("!!!");
        cut.Find("[data-testid=add-label]").Submit();
        Assert.Equal(["Choose the rating on our scale that this label counts as."], Read.Texts(cut.FindAll("[data-testid=errors] li")));
        Assert.Empty(Dispatcher.SentOf<MapPublisherLabel>());

        cut.Find("[data-testid=new-rating]").Change(nameof(Rating.Misleading));
        cut.Find("[data-testid=add-label]").Submit();

        Assert.Equal(["The rating label needs at least one letter or digit."], Read.Texts(cut.FindAll("[data-testid=errors] li")));
        Assert.Empty(cut.FindAll("[data-testid=notice]"));
        Assert.Equal("!!!", cut.Find("[data-testid=new-label]").GetAttribute("value"));
        Assert.Equal(3, Rows(cut).Count);

        Dispatcher.On((MapPublisherLabel c) =>
        {
            _labels.Add(new LabelMapping(c.Label.Trim(), c.Rating, 0));
            return 0;
        });
        cut.Find("[data-testid=new-label]").Change(" Bottomless Pinocchio ");
        cut.Find("[data-testid=add-label]").Submit();

        Assert.Equal(" Bottomless Pinocchio ", Dispatcher.Last<MapPublisherLabel>().Label);
        Assert.Equal("“Bottomless Pinocchio” now counts as Misleading: no recorded review uses it.", Read.Text(cut.Find("[data-testid=notice]")));
        Assert.Contains("Bottomless Pinocchio = Misleading", Rows(cut));
        Assert.Equal("", cut.Find("[data-testid=new-label]").GetAttribute("value"));
    }

    [Fact]
    public void A_viewer_reads_the_mapping_without_controls()
    {
        var cut = RenderPage(canEdit: false);

        Assert.Empty(cut.FindAll("select"));
        Assert.Empty(cut.FindAll("[data-testid=add-label]"));
        Assert.Equal("Editors and admins can change it.", Read.Text(cut.Find("[data-testid=read-only-note]")));
        Assert.Equal(["Four Pinocchios = Not mapped", "Geppetto Checkmark = True", "Two Pinocchios = Half true"], Rows(cut));
    }
}
