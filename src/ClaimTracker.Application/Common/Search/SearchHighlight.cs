namespace ClaimTracker.Application.Common.Search;

/// <summary>A stretch of <see cref="MarkedText.Text"/>, counted in UTF-16 code units (as .NET strings are).</summary>
public readonly record struct TextRange(int Start, int Length);

/// <summary>Plain text and the stretches of it that matched a search. Never markup: the UI marks the ranges.</summary>
public sealed record MarkedText(string Text, IReadOnlyList<TextRange> Marks)
{
    public bool HasMarks => Marks.Count > 0;

    /// <summary>
    /// Reads text in which the engine put <paramref name="open"/> and <paramref name="close"/> around each match, and
    /// returns the text without them plus the ranges. Returns null when the markers do not pair up.
    /// </summary>
    public static MarkedText? FromMarkers(string? marked, char open, char close)
    {
        if (marked is null)
        {
            return null;
        }
        var text = new System.Text.StringBuilder(marked.Length);
        var marks = new List<TextRange>();
        var start = -1;
        foreach (var c in marked)
        {
            if (c == open)
            {
                if (start >= 0)
                {
                    return null;
                }
                start = text.Length;
            }
            else if (c == close)
            {
                if (start < 0)
                {
                    return null;
                }
                if (text.Length > start)
                {
                    marks.Add(new TextRange(start, text.Length - start));
                }
                start = -1;
            }
            else
            {
                text.Append(c);
            }
        }
        return start >= 0 ? null : new MarkedText(text.ToString(), marks);
    }
}

/// <summary>Where a statement matched a search: its words, and what else matched (names, topics, context).</summary>
public sealed record SearchHighlight
{
    /// <summary>The quote with the matching words marked (no marks when only other fields matched).</summary>
    public MarkedText? Quote { get; init; }

    /// <summary>The speaker's and on-behalf-of speaker's names and aliases, when they matched.</summary>
    public MarkedText? Speakers { get; init; }

    /// <summary>The statement's topics, when one matched.</summary>
    public MarkedText? Topics { get; init; }

    /// <summary>A short excerpt of the context around the match, when the context matched.</summary>
    public MarkedText? Context { get; init; }
}
