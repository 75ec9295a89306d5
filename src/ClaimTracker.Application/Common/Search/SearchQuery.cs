using System.Globalization;

namespace ClaimTracker.Application.Common.Search;

/// <summary>One thing to look for: a word, or several words in a row (a phrase).</summary>
public sealed record SearchTerm(IReadOnlyList<string> Words)
{
    public bool IsPhrase => Words.Count > 1;

    public override string ToString() => string.Join(' ', Words);
}

/// <summary>
/// A search as a journalist types it: plain words are all required, "an exact phrase" in double quotes, -word or
/// -"a phrase" excludes, and OR between two terms accepts either. Everything else is text: only letters, digits and
/// combining marks (in any script) make up words, so no character can reach a search engine as syntax.
/// </summary>
public sealed record SearchQuery
{
    public const int MaxTerms = 16;
    public const int MaxWordsPerTerm = 16;

    /// <summary>Every group must match; a group matches when any of its terms does ("a OR b").</summary>
    public IReadOnlyList<IReadOnlyList<SearchTerm>> Required { get; init; } = [];

    /// <summary>No result may contain any of these.</summary>
    public IReadOnlyList<SearchTerm> Excluded { get; init; } = [];

    public bool IsEmpty => Required.Count == 0 && Excluded.Count == 0;

    public IEnumerable<SearchTerm> AllTerms => Required.SelectMany(g => g).Concat(Excluded);

    public static SearchQuery Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new SearchQuery();
        }
        var required = new List<List<SearchTerm>>();
        var excluded = new List<SearchTerm>();
        var orPending = false;
        var count = 0;
        var i = 0;
        while (i < text.Length && count < MaxTerms)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            var exclude = false;
            if (text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
            {
                exclude = true;
                i++;
            }
            string raw;
            var quoted = text[i] == '"';
            if (quoted)
            {
                // An unbalanced quote runs to the end of the text.
                var close = text.IndexOf('"', i + 1);
                var end = close < 0 ? text.Length : close;
                raw = text[(i + 1)..end];
                i = close < 0 ? text.Length : close + 1;
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"')
                {
                    i++;
                }
                raw = text[start..i];
            }

            if (!quoted && !exclude && raw == "OR" && required.Count > 0 && !orPending)
            {
                orPending = true;
                continue;
            }
            var words = WordsOf(raw);
            if (words.Count == 0)
            {
                continue;
            }
            var term = new SearchTerm(words);
            count++;
            if (exclude)
            {
                excluded.Add(term);
            }
            else if (orPending)
            {
                required[^1].Add(term);
                orPending = false;
            }
            else
            {
                required.Add([term]);
            }
        }
        if (orPending && count < MaxTerms)
        {
            // "kashmir OR" with nothing after: the OR was a word.
            required.Add([new SearchTerm(["OR"])]);
        }
        return new SearchQuery { Required = required, Excluded = excluded };
    }

    /// <summary>
    /// The words of a piece of text, split where the full-text tokenizers split: anything that is not a letter, a
    /// digit, a private-use character or a combining mark (Devanagari vowel signs, Arabic harakat) separates words.
    /// </summary>
    public static IReadOnlyList<string> WordsOf(string text)
    {
        var words = new List<string>();
        var start = -1;
        var i = 0;
        while (i <= text.Length)
        {
            var width = i < text.Length && char.IsSurrogatePair(text, i) ? 2 : 1;
            var inWord = i < text.Length && IsWordCharacter(CharUnicodeInfo.GetUnicodeCategory(text, i));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                if (words.Count == MaxWordsPerTerm)
                {
                    break;
                }
                words.Add(text[start..i]);
                start = -1;
            }
            i += width;
        }
        return words;
    }

    private static bool IsWordCharacter(UnicodeCategory category) => category switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
        UnicodeCategory.PrivateUse => true,
        _ => false,
    };
}
