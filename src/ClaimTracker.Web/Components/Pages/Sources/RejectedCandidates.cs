namespace ClaimTracker.Web.Components.Pages.Sources;

/// <summary>
/// The article candidates an analyst rejected, per source, for as long as their session (circuit) lasts: a rejection
/// writes nothing, so another analyst still sees every candidate (docs/adr/0021-reading-view.md).
/// </summary>
public sealed class RejectedCandidates
{
    private readonly Dictionary<int, HashSet<string>> _bySource = [];

    /// <summary>A candidate is known by where its words are and what they are, so a re-paste of the same text finds it again.</summary>
    public static string KeyOf(int start, int end, string words) => $"{start}:{end}:{words}";

    public bool IsRejected(int sourceId, string key) => _bySource.TryGetValue(sourceId, out var keys) && keys.Contains(key);

    public void Reject(int sourceId, string key)
    {
        if (!_bySource.TryGetValue(sourceId, out var keys))
        {
            _bySource[sourceId] = keys = [];
        }
        keys.Add(key);
    }

    public void Restore(int sourceId, string key)
    {
        if (_bySource.TryGetValue(sourceId, out var keys))
        {
            keys.Remove(key);
        }
    }
}
