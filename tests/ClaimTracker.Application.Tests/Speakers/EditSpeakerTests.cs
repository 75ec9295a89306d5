using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Speakers;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Tests.Speakers;

public sealed class EditSpeakerTests(EmptyDatabase db) : IClassFixture<EmptyDatabase>
{
    [Fact]
    public async Task Edits_replace_the_details_and_roles_and_move_the_version()
    {
        var id = await db.CreateSpeakerAsync("Carla Before");
        var before = await GetAsync(id);
        var input = SpeakerInputs.Valid("Carla After") with
        {
            Kind = SpeakerKind.Organisation,
            Roles = [new("Chair", new DateOnly(2015, 1, 1), null), new("Founder", new DateOnly(2001, 6, 1), new DateOnly(2015, 1, 1))],
        };

        await db.SendAs(Roles.Editor, new EditSpeaker(id, before.Version, input));

        var after = await GetAsync(id);
        Assert.Equal("Carla After", after.Name);
        Assert.Equal(SpeakerKind.Organisation, after.Kind);
        Assert.Equal(["Founder", "Chair"], after.Roles.Select(r => r.Title));
        Assert.Equal(2, await db.Query(d => d.SpeakerRoles.CountAsync(r => r.SpeakerId == id)));
        Assert.NotEqual(before.Version, after.Version);
    }

    [Fact]
    public async Task An_edit_from_a_stale_version_is_refused_and_changes_nothing()
    {
        var id = await db.CreateSpeakerAsync("Dana First");
        var stale = (await GetAsync(id)).Version;
        await db.SendAs(Roles.Analyst, new EditSpeaker(id, stale, SpeakerInputs.Valid("Dana Second")));
        var current = await GetAsync(id);

        await db.RejectsWithoutWritingAsync<ConcurrencyConflictException>(() =>
            db.SendAs(Roles.Analyst, new EditSpeaker(id, stale, SpeakerInputs.Valid("Dana Overwritten"))));

        var after = await GetAsync(id);
        Assert.Equal(("Dana Second", current.Version), (after.Name, after.Version));
    }

    [Fact]
    public Task Editing_an_unknown_speaker_is_not_found() =>
        db.RejectsWithoutWritingAsync<NotFoundException>(() =>
            db.SendAs(Roles.Analyst, new EditSpeaker(int.MaxValue, Guid.NewGuid(), SpeakerInputs.Valid())));

    [Theory]
    [MemberData(nameof(SpeakerInputs.Broken), MemberType = typeof(SpeakerInputs))]
    public async Task Invalid_input_is_refused_and_the_speaker_keeps_its_version(string problem, string field, string message)
    {
        var id = await db.CreateSpeakerAsync();
        var before = await GetAsync(id);

        await db.RejectsAsInvalidAsync(new EditSpeaker(id, before.Version, SpeakerInputs.Valid().Break(problem)), field, message);

        var after = await GetAsync(id);
        Assert.Equal((before.Name, before.Version), (after.Name, after.Version));
    }

    private Task<SpeakerDetails> GetAsync(int id) => db.SendAs(Roles.Viewer, new GetSpeaker(id));
}
