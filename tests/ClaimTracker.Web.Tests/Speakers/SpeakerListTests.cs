using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Desk;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Domain.Speakers;
using ClaimTracker.Web.Components.Pages.Speakers;
using ClaimTracker.Web.Tests.Support;
using static ClaimTracker.Web.Tests.Support.Samples;

namespace ClaimTracker.Web.Tests.Speakers;

public sealed class SpeakerListTests : ComponentTest
{
    [Fact]
    public void Lists_speakers_with_kind_country_affiliation_and_statement_count()
    {
        Dispatcher.On((ListSpeakers _) => PageOf(
            SpeakerSummary() with { Affiliation = "Republican Party" },
            SpeakerSummary(20) with { Name = "Ministry of External Affairs", Kind = SpeakerKind.Ministry, Country = "India", StatementCount = 1 }));

        var cut = Render<SpeakerList>();

        var rows = cut.FindAll("[data-testid=speaker-row]");
        Assert.Equal(
            ["Donald Trump Person · United States · Republican Party 3 statements", "Ministry of External Affairs Ministry · India 1 statement"],
            Read.Texts(rows));
        Assert.Equal("speakers/20", rows[1].QuerySelector("a.name")!.GetAttribute("href"));
    }

    [Fact]
    public void Searching_asks_for_speakers_by_name_and_kind()
    {
        Dispatcher.On((ListSpeakers _) => PageOf(SpeakerSummary()));
        var cut = Render<SpeakerList>();

        cut.Find("[aria-label='Search speakers']").Change("modi");
        cut.Find("[aria-label=Kind]").Change("Person");
        cut.Find("form").Submit();

        Assert.Equal(new ListSpeakers { Search = "modi", Kind = SpeakerKind.Person }, Dispatcher.Last<ListSpeakers>());
    }

    [Fact]
    public void Says_when_no_speaker_matches()
    {
        Dispatcher.On((ListSpeakers _) => PageOf<SpeakerSummary>());

        var cut = Render<SpeakerList>();

        Assert.Contains("No speaker matches.", cut.Markup);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Add_speaker_is_offered_as_the_desk_allows(bool offered)
    {
        Dispatcher.On((GetDeskPermissions _) => new DeskCan(false, offered, false));
        Dispatcher.On((ListSpeakers _) => PageOf(SpeakerSummary()));

        var cut = Render<SpeakerList>();

        Assert.Equal(offered, cut.FindAll("a[href='speakers/new']").Count == 1);
    }
}
