namespace ClaimTracker.Application.Common;

/// <summary>
/// Full-text search over quotes, implemented per database engine (SQLite FTS5, SQL Server full-text).
/// Returns a composable query of matching statement ids so filters, sorting and paging stay in one SQL statement.
/// </summary>
public interface IStatementTextSearch
{
    IQueryable<int> MatchingStatementIds(IClaimTrackerDb db, string text);
}

/// <summary>Turns free text typed by a user into search terms: words only, so no query-syntax injection.</summary>
public static class SearchTerms
{
    public static IReadOnlyList<string> From(string text) =>
        text.Split(static c => !char.IsLetterOrDigit(c))
            .Where(t => t.Length > 0)
            .Take(12)
            .ToList();

    private static string[] Split(this string text, Func<char, bool> isSeparator)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var separator = i == text.Length || isSeparator(text[i]);
            if (!separator && start < 0)
            {
                start = i;
            }
            else if (separator && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }
        return [.. words];
    }
}
