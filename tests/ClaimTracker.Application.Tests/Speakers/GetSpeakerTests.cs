using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Speakers;

namespace ClaimTracker.Application.Tests.Speakers;

public sealed class GetSpeakerTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task The_president_shows_his_roles_in_order_and_the_span_of_what_he_said()
    {
        var seed = Seed.Speaker("donald-trump");
        var said = Seed.Statements.Where(s => s.Speaker == seed.Key).ToList();

        var trump = await db.SendAs(Roles.Viewer, new GetSpeaker(await db.SpeakerIdAsync(seed.Key)));

        Assert.Equal(seed.Name, trump.Name);
        Assert.Equal(SpeakerKind.Person, trump.Kind);
        Assert.Equal(string.Join("; ", seed.Aliases), trump.Aliases);
        Assert.Equal(
            seed.Roles.OrderBy(r => r.From).Select(r => new SpeakerRoleItem(r.Title, r.From, r.To)),
            trump.Roles);
        Assert.Equal(said.Count, trump.StatementCount);
        Assert.Equal(said.Min(s => s.SaidOn), trump.FirstSaidOn);
        Assert.Equal(said.Max(s => s.SaidOn), trump.LastSaidOn);
        Assert.NotEqual(Guid.Empty, trump.Version);
    }

    [Fact]
    public async Task A_ministry_counts_what_its_spokespeople_said_on_its_behalf()
    {
        const string key = "us-state-department";

        var department = await db.SendAs(Roles.Viewer, new GetSpeaker(await db.SpeakerIdAsync(key)));

        Assert.Equal(Seed.Statements.Count(s => s.Speaker == key), department.StatementCount);
        Assert.Equal(Seed.Statements.Count(s => s.OnBehalfOf == key), department.OnBehalfCount);
        Assert.True(department.OnBehalfCount > 0);
        Assert.Empty(department.Roles);
    }

    [Fact]
    public async Task An_unknown_speaker_is_not_found()
    {
        var missing = await Assert.ThrowsAsync<NotFoundException>(() => db.SendAs(Roles.Viewer, new GetSpeaker(int.MaxValue)));

        Assert.Equal("Speaker", missing.What);
    }
}
