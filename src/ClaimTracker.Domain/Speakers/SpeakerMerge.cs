namespace ClaimTracker.Domain.Speakers;

/// <summary>
/// A speaker that was merged into another and no longer exists: its old address still leads somewhere, to the
/// speaker kept (links in notes, bookmarks, other desks' references).
/// </summary>
public class SpeakerMerge
{
    /// <summary>The id the merged speaker had; never reused, so it stays a valid key.</summary>
    public int Id { get; set; }
    public string MergedName { get; set; } = "";
    public int KeptSpeakerId { get; set; }
    public DateTime MergedAtUtc { get; set; }
}
