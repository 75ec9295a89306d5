using System.Buffers.Text;
using System.Text;

namespace ClaimTracker.Application.Common;

/// <summary>One page of a list. <see cref="NextCursor"/> is opaque to callers and null on the last page.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor)
{
    public bool HasMore => NextCursor is not null;
}

/// <summary>Encodes keyset positions ("the last row I saw") as short URL-safe strings.</summary>
public static class Cursor
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 25;

    public static string Encode(params object[] parts) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join('|', parts)));

    /// <summary>Returns null when the cursor is not one we issued, so a tampered cursor cannot crash a query.</summary>
    public static string[]? Decode(string? cursor, int expectedParts)
    {
        if (string.IsNullOrWhiteSpace(cursor))
        {
            return null;
        }
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split('|');
            return parts.Length == expectedParts ? parts : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public static bool IsValid(string? cursor, int expectedParts) =>
        string.IsNullOrWhiteSpace(cursor) || Decode(cursor, expectedParts) is not null;
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
