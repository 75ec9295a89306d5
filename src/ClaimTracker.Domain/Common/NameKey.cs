using System.Globalization;
using System.Text;

namespace ClaimTracker.Domain.Common;

/// <summary>
/// The one folding of names (topics, annotation tags, speaker names and aliases) into the key that lookups, duplicate
/// checks and unique indexes use. Folding happens here in .NET because neither database folds beyond ASCII
/// (SQLite's <c>lower()</c> leaves "Ä" alone). See docs/adr/0008-name-keys.md for what is folded and why.
/// </summary>
public static class NameKey
{
    /// <summary>A key may be longer than its name (NFKC spells out ligatures, "ß" becomes "ss"); this many times at most.</summary>
    public const int Expansion = 3;

    /// <summary>
    /// Case-insensitive for every script, accent-insensitive for Latin, Greek and Cyrillic, and blind to compatibility
    /// variants (full-width letters, ligatures, Arabic presentation forms), invisible direction marks and runs of space.
    /// "Ärger-Österreich", "ärger‐österreich" and "ARGER-OSTERREICH" have one key.
    /// </summary>
    public static string Of(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }
        var decomposed = name.Normalize(NormalizationForm.FormKD);
        var folded = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (IsDropped(c))
            {
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = folded.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                folded.Append(' ');
                pendingSpace = false;
            }
            folded.Append(Fold(c));
        }
        return folded.ToString().Normalize(NormalizationForm.FormKC);
    }

    /// <summary>Whether two names are the same name for the desk.</summary>
    public static bool Same(string? a, string? b) => Of(a) == Of(b);

    /// <summary>An equality comparer on the key, for de-duplicating names in memory the way the database does.</summary>
    public static IEqualityComparer<string> Comparer { get; } = new KeyComparer();

    /// <summary>
    /// Accents of the Latin, Greek and Cyrillic scripts (the "Combining Diacritical Marks" block), the Arabic tatweel
    /// (a stretching stroke with no meaning) and invisible marks that change direction or join nothing. Marks of other
    /// scripts, such as Devanagari vowel signs and virama, are letters in all but name and stay.
    /// </summary>
    private static bool IsDropped(char c) =>
        c is >= '\u0300' and <= '\u036F'
            or '\u0640'
            or '\u200B' or '\u200E' or '\u200F' or '\uFEFF'
            or >= '\u202A' and <= '\u202E'
            or >= '\u2066' and <= '\u2069';

    private static string Fold(char c)
    {
        // Invariant casing leaves the Turkish dotless i and the sharp s alone; Unicode's case folding does not.
        switch (c)
        {
            case 'ı':
                return "i";
            case 'ß' or 'ẞ':
                return "ss";
        }
        if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation)
        {
            return "-";
        }
        // Upper then lower: the Greek final sigma (ς) and σ both come out as σ.
        return char.ToLowerInvariant(char.ToUpperInvariant(c)).ToString();
    }

    private sealed class KeyComparer : IEqualityComparer<string>
    {
        public bool Equals(string? x, string? y) => Of(x) == Of(y);

        public int GetHashCode(string obj) => StringComparer.Ordinal.GetHashCode(Of(obj));
    }
}
