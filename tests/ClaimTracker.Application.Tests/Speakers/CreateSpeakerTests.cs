using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Tests.Support;

namespace ClaimTracker.Application.Tests.Speakers;

public sealed class CreateSpeakerTests(EmptyDatabase db) : IClassFixture<EmptyDatabase>
{
    [Fact]
    public async Task A_created_speaker_can_be_read_back()
    {
        var input = SpeakerInputs.Valid("  Ada Testwright  ") with { Affiliation = "  " };

        var id = await db.SendAs(Roles.Analyst, new CreateSpeaker(input));

        var speaker = await db.SendAs(Roles.Viewer, new GetSpeaker(id));
        Assert.Equal("Ada Testwright", speaker.Name);
        Assert.Equal(input.Kind, speaker.Kind);
        Assert.Equal(input.Country, speaker.Country);
        Assert.Null(speaker.Affiliation);
        Assert.Equal(input.Aliases, speaker.Aliases);
        Assert.Equal(input.Roles.Select(r => new SpeakerRoleItem(r.Title, r.From, r.To)), speaker.Roles);
        Assert.Equal(0, speaker.StatementCount);
        Assert.Null(speaker.FirstSaidOn);
        Assert.NotEqual(Guid.Empty, speaker.Version);
    }

    [Fact]
    public async Task A_created_speaker_is_found_by_an_alias()
    {
        var id = await db.SendAs(Roles.Editor, new CreateSpeaker(SpeakerInputs.Valid("Bartholomew Quill") with { Aliases = "Barty; The Quill" }));

        var found = await db.SendAs(Roles.Viewer, new ListSpeakers { Search = "the quill" });

        Assert.Equal(id, Assert.Single(found.Items).Id);
    }

    [Theory]
    [MemberData(nameof(SpeakerInputs.Broken), MemberType = typeof(SpeakerInputs))]
    public Task Invalid_input_is_refused_and_nothing_is_written(string problem, string field, string message) =>
        db.RejectsAsInvalidAsync(new CreateSpeaker(SpeakerInputs.Valid().Break(problem)), field, message);
}
