using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Tests.Speakers;

/// <summary>A speaker's reference page: kept as typed (trimmed), only as a web link, in the audit trail and through a merge.</summary>
public sealed class SpeakerReferenceUrlTests(EmptyDatabase db) : IClassFixture<EmptyDatabase>
{
    private const string Wiki = "https://people.example/wiki/Ines_Reference";

    [Fact]
    public async Task A_speaker_created_with_a_reference_page_reads_it_back_trimmed()
    {
        var id = await db.SendAs(Roles.Analyst, new CreateSpeaker(SpeakerInputs.Valid("Ines Reference") with { ReferenceUrl = $"  {Wiki}  " }));

        Assert.Equal(Wiki, (await GetAsync(id)).ReferenceUrl);
    }

    [Fact]
    public async Task An_edit_sets_changes_and_clears_the_reference_page_and_the_audit_trail_says_so()
    {
        var id = await db.CreateSpeakerAsync("Jon Without Page");
        Assert.Null((await GetAsync(id)).ReferenceUrl);

        await db.SendAs(Roles.Analyst, new EditSpeaker(id, (await GetAsync(id)).Version,
            SpeakerInputs.Valid("Jon Without Page") with { ReferenceUrl = "http://people.example/jon" }));
        Assert.Equal("http://people.example/jon", (await GetAsync(id)).ReferenceUrl);

        await db.SendAs(Roles.Analyst, new EditSpeaker(id, (await GetAsync(id)).Version,
            SpeakerInputs.Valid("Jon Without Page") with { ReferenceUrl = "https://people.example/jon-2" }));
        var edits = await db.Query(d => d.AuditEntries
            .Where(a => a.Entity == "Speaker" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture) && a.Request == "edited a speaker")
            .OrderBy(a => a.Id).ToListAsync());
        var last = edits[^1];
        Assert.Contains("http://people.example/jon", last.Before, StringComparison.Ordinal);
        Assert.Contains("\"ReferenceUrl\"", last.After, StringComparison.Ordinal);
        Assert.Contains("https://people.example/jon-2", last.After, StringComparison.Ordinal);

        // A blank field removes the page.
        await db.SendAs(Roles.Analyst, new EditSpeaker(id, (await GetAsync(id)).Version,
            SpeakerInputs.Valid("Jon Without Page") with { ReferenceUrl = "   " }));
        Assert.Null((await GetAsync(id)).ReferenceUrl);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://people.example/kim")]
    [InlineData("people.example/kim")]
    public async Task A_bad_reference_page_is_refused_and_the_old_one_stays(string bad)
    {
        var id = await db.SendAs(Roles.Analyst, new CreateSpeaker(SpeakerInputs.Valid() with { ReferenceUrl = Wiki }));
        var before = await GetAsync(id);

        await db.RejectsAsInvalidAsync(new EditSpeaker(id, before.Version, SpeakerInputs.Valid(before.Name) with { ReferenceUrl = bad }),
            "Speaker.ReferenceUrl", "The reference page must be a full web address starting with http:// or https://.");

        var after = await GetAsync(id);
        Assert.Equal((Wiki, before.Version), (after.ReferenceUrl, after.Version));
    }

    [Fact]
    public async Task A_merge_keeps_the_survivors_page_or_takes_the_duplicates_when_the_survivor_has_none()
    {
        var withPage = await db.SendAs(Roles.Analyst, new CreateSpeaker(SpeakerInputs.Valid("Lena Keeper") with { ReferenceUrl = "https://people.example/lena" }));
        var otherPage = await db.SendAs(Roles.Analyst, new CreateSpeaker(SpeakerInputs.Valid("Lena Keeperr") with { ReferenceUrl = "https://people.example/lena-duplicate" }));
        var preview = await db.SendAs(Roles.Analyst, new PreviewSpeakerMerge(withPage, otherPage));
        Assert.Null(preview.ReferenceUrlTaken);
        await db.SendAs(Roles.Analyst, new MergeSpeakers(withPage, preview.KeepVersion, otherPage));
        Assert.Equal("https://people.example/lena", (await GetAsync(withPage)).ReferenceUrl);

        var noPage = await db.CreateSpeakerAsync("Milo Keeper");
        var duplicate = await db.SendAs(Roles.Analyst, new CreateSpeaker(SpeakerInputs.Valid("Milo Keepr") with { ReferenceUrl = "https://people.example/milo" }));
        preview = await db.SendAs(Roles.Analyst, new PreviewSpeakerMerge(noPage, duplicate));
        Assert.Equal("https://people.example/milo", preview.ReferenceUrlTaken);
        await db.SendAs(Roles.Analyst, new MergeSpeakers(noPage, preview.KeepVersion, duplicate));
        Assert.Equal("https://people.example/milo", (await GetAsync(noPage)).ReferenceUrl);
        await Assert.ThrowsAsync<NotFoundException>(() => GetAsync(duplicate));
    }

    private Task<SpeakerDetails> GetAsync(int id) => db.SendAs(Roles.Viewer, new GetSpeaker(id));
}
