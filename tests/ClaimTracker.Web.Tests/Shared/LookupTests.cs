using ClaimTracker.Application.Common;
using ClaimTracker.Web.Components.Shared;
using ClaimTracker.Web.Tests.Support;
using static ClaimTracker.Web.Tests.Support.Samples;

namespace ClaimTracker.Web.Tests.Shared;

public sealed class LookupTests : BunitContext
{
    private static readonly LookupOption Modi = new(1, "Narendra Modi (India)");
    private static readonly LookupOption Macron = new(2, "Emmanuel Macron (France)");

    private readonly List<string> _searched = [];
    private readonly List<LookupOption?> _chosen = [];

    private IRenderedComponent<Lookup> RenderLookup(Func<string, Task<IReadOnlyList<LookupOption>>> search, LookupOption? selected = null) =>
        Render<Lookup>(p => p
            .Add(x => x.Search, text =>
            {
                _searched.Add(text);
                return search(text);
            })
            .Add(x => x.Selected, selected)
            .Add(x => x.SelectedChanged, (LookupOption? option) => _chosen.Add(option))
            .Add(x => x.InputId, "who")
            .Add(x => x.TestId, "who"));

    private static Func<string, Task<IReadOnlyList<LookupOption>>> Always(params LookupOption[] options) =>
        _ => Task.FromResult<IReadOnlyList<LookupOption>>(options);

    [Fact]
    public void Typing_searches_and_lists_the_matches()
    {
        var cut = RenderLookup(Always(Modi, Macron));

        cut.Find("#who").Input("m");

        Assert.Equal(["m"], _searched);
        Assert.Equal([Modi.Label, Macron.Label], Read.Texts(cut.FindAll("[role=option]")));
    }

    [Fact]
    public void Choosing_a_match_reports_it_and_closes_the_list()
    {
        var cut = RenderLookup(Always(Modi, Macron));
        cut.Find("#who").Input("m");

        cut.FindAll("[role=option]")[1].Click();

        Assert.Equal([Macron], _chosen);
        Assert.Empty(cut.FindAll("[role=option]"));
    }

    [Fact]
    public void Says_when_nothing_matches()
    {
        var cut = RenderLookup(Always());

        cut.Find("#who").Input("zelensky");

        Assert.Equal("No match for “zelensky”.", cut.Find(".none").TextContent);
    }

    [Fact]
    public void Emptying_the_box_clears_the_matches_without_searching()
    {
        var cut = RenderLookup(Always(Modi));
        cut.Find("#who").Input("m");

        cut.Find("#who").Input("  ");

        Assert.Equal(["m"], _searched);
        Assert.Empty(cut.FindAll("[role=option]"));
        Assert.Empty(cut.FindAll(".none"));
    }

    [Fact]
    public void A_late_answer_to_an_earlier_keystroke_does_not_replace_the_newer_one()
    {
        var first = new TaskCompletionSource<IReadOnlyList<LookupOption>>();
        var second = new TaskCompletionSource<IReadOnlyList<LookupOption>>();
        var cut = RenderLookup(text => text == "m" ? first.Task : second.Task);
        cut.Find("#who").Input("m");
        cut.Find("#who").Input("mo");

        cut.InvokeAsync(() => second.SetResult([Modi]));
        cut.InvokeAsync(() => first.SetResult([Modi, Macron]));

        cut.WaitForAssertion(() => Assert.Equal([Modi.Label], Read.Texts(cut.FindAll("[role=option]"))));
    }

    [Fact]
    public void Shows_the_choice_and_change_lets_the_user_choose_again()
    {
        var cut = RenderLookup(Always(), selected: Modi);

        Assert.Equal(Modi.Label, cut.Find("[data-testid=who-chosen]").TextContent);
        Assert.Empty(cut.FindAll("#who"));

        cut.FindAll("button").Single(b => b.TextContent == "Change").Click();

        Assert.Equal([null], _chosen);
    }

    [Fact]
    public void The_box_takes_no_more_than_the_search_queries_accept()
    {
        var cut = RenderLookup(Always(Modi));

        Assert.Equal(SearchText.MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture), cut.Find("#who").GetAttribute("maxlength"));
    }

    [Fact]
    public void Text_longer_than_the_limit_is_explained_and_not_searched()
    {
        var cut = RenderLookup(Always(Modi));

        cut.Find("#who").Input(new string('m', SearchText.MaxLength + 1));

        Assert.Empty(_searched);
        Assert.Equal("Type at most 200 characters to search; shorten the text.", Read.Text(cut.Find("[data-testid=who-message]")));
        Assert.Empty(cut.FindAll("[role=option]"));
    }

    [Fact]
    public void A_search_the_application_refuses_is_explained_in_the_lookup_and_the_next_search_clears_it()
    {
        const string Message = "Search text can be at most 200 characters.";
        var refuse = true;
        var cut = RenderLookup(_ => refuse
            ? Task.FromException<IReadOnlyList<LookupOption>>(Invalid(("Search", Message)))
            : Task.FromResult<IReadOnlyList<LookupOption>>([Modi]));

        cut.Find("#who").Input("modi");

        Assert.Equal(Message, Read.Text(cut.Find("[data-testid=who-message]")));
        Assert.Empty(cut.FindAll(".none"));

        refuse = false;
        cut.Find("#who").Input("mod");

        Assert.Empty(cut.FindAll("[data-testid=who-message]"));
        Assert.Equal([Modi.Label], Read.Texts(cut.FindAll("[role=option]")));
    }
}
