using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace ClaimTracker.Application.Common;

/// <summary>One page of a list. <see cref="NextCursor"/> is opaque to callers and null on the last page.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor)
{
    public bool HasMore => NextCursor is not null;

    /// <summary>
    /// For lists that step back from an address (the statement list): the cursor to ask for the page before this
    /// one; null when that page is the first one, or when this is the first page.
    /// </summary>
    public string? PreviousCursor { get; init; }

    /// <summary>
    /// For a best-match search too common to score every match: how many of its matches were ranked (the most
    /// recently entered ones on SQLite); null when every match was.
    /// </summary>
    public int? RankedAmong { get; init; }
}

/// <summary>Encodes keyset positions ("the last row I saw") as short URL-safe strings.</summary>
public static class Cursor
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 25;

    public static string Encode(params object[] parts) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join('|', parts)));

    /// <summary>
    /// Returns null when the cursor is not one we issued, so a tampered cursor cannot crash a query. Parts are split
    /// at the last separators, so the first part (a name) may itself contain the separator.
    /// </summary>
    public static string[]? Decode(string? cursor, int expectedParts)
    {
        if (string.IsNullOrWhiteSpace(cursor))
        {
            return null;
        }
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (FormatException)
        {
            return null;
        }

        var parts = new string[expectedParts];
        var end = text.Length;
        for (var i = expectedParts - 1; i > 0; i--)
        {
            var separator = end > 0 ? text.LastIndexOf('|', end - 1) : -1;
            if (separator < 0)
            {
                return null;
            }
            parts[i] = text[(separator + 1)..end];
            end = separator;
        }
        parts[0] = text[..end];
        return parts;
    }

    /// <summary>
    /// True when there is no cursor, or when it decodes to one part per check and every part passes its check
    /// (so the handler can parse it). Anything else was not issued by us.
    /// </summary>
    public static bool IsValid(string? cursor, params Func<string, bool>[] partChecks) =>
        string.IsNullOrWhiteSpace(cursor)
        || (Decode(cursor, partChecks.Length) is { } parts && parts.Zip(partChecks).All(p => p.Second(p.First)));

    public static bool IsId(string part) => int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out _);

    public static bool IsLong(string part) => long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out _);

    public static bool IsDay(string part) =>
        DateOnly.TryParseExact(part, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    public static bool IsText(string part) => part.Length > 0;
}

public static class Page
{
    /// <summary>
    /// Builds a page from rows fetched with one extra row: the extra row only tells that another page exists,
    /// which spares a COUNT over the whole table.
    /// </summary>
    public static Page<T> From<T>(List<T> rows, int pageSize, Func<T, string> cursorOf)
    {
        if (rows.Count <= pageSize)
        {
            return new Page<T>(rows, null);
        }
        rows.RemoveRange(pageSize, rows.Count - pageSize);
        return new Page<T>(rows, cursorOf(rows[^1]));
    }
}

/// <summary>Escapes user text for a LIKE pattern so % and _ are matched literally.</summary>
public static class Like
{
    public const string EscapeCharacter = "\\";

    public static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal)
            .Replace("[", "\\[", StringComparison.Ordinal);
}
