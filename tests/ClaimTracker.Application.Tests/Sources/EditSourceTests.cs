using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Sources;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Sources;

namespace ClaimTracker.Application.Tests.Sources;

public sealed class EditSourceTests(EmptyDatabase db) : IClassFixture<EmptyDatabase>
{
    [Fact]
    public async Task Corrections_are_read_back_and_move_the_version()
    {
        var id = await db.CreateSourceAsync("Headline with a tpyo");
        var before = await GetAsync(id);
        var input = SourceInputs.Valid("Headline with a typo fixed") with { Kind = SourceKind.Interview, Url = null };

        await db.SendAs(Roles.Editor, new EditSource(id, before.Version, input));

        var after = await GetAsync(id);
        Assert.Equal("Headline with a typo fixed", after.Headline);
        Assert.Equal(SourceKind.Interview, after.Kind);
        Assert.Null(after.Url);
        Assert.NotEqual(before.Version, after.Version);
    }

    [Fact]
    public async Task An_edit_from_a_stale_version_is_refused_and_changes_nothing()
    {
        var id = await db.CreateSourceAsync("First headline");
        var stale = (await GetAsync(id)).Version;
        await db.SendAs(Roles.Analyst, new EditSource(id, stale, SourceInputs.Valid("Second headline")));
        var current = await GetAsync(id);

        await db.RejectsWithoutWritingAsync<ConcurrencyConflictException>(() =>
            db.SendAs(Roles.Analyst, new EditSource(id, stale, SourceInputs.Valid("Overwritten headline"))));

        var after = await GetAsync(id);
        Assert.Equal(("Second headline", current.Version), (after.Headline, after.Version));
    }

    [Fact]
    public Task Editing_an_unknown_source_is_not_found() =>
        db.RejectsWithoutWritingAsync<NotFoundException>(() =>
            db.SendAs(Roles.Analyst, new EditSource(int.MaxValue, Guid.NewGuid(), SourceInputs.Valid())));

    [Theory]
    [MemberData(nameof(SourceInputs.Broken), MemberType = typeof(SourceInputs))]
    public async Task Invalid_input_is_refused_and_the_source_keeps_its_version(string problem, string field, string message)
    {
        var id = await db.CreateSourceAsync("A source that stays as it is");
        var before = await GetAsync(id);

        await db.RejectsAsInvalidAsync(new EditSource(id, before.Version, SourceInputs.Valid().Break(problem)), field, message);

        var after = await GetAsync(id);
        Assert.Equal((before.Headline, before.Url, before.Version), (after.Headline, after.Url, after.Version));
    }

    private Task<SourceDetails> GetAsync(int id) => db.SendAs(Roles.Viewer, new GetSource(id));
}
