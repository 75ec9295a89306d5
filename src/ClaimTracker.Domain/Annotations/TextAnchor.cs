namespace ClaimTracker.Domain.Annotations;

/// <summary>A span of text: where it starts and where it ends (exclusive), in characters.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
}

/// <summary>
/// Finds an annotated span again in a quote that may have been edited since: first at its recorded offsets, else
/// the occurrence of the exact words whose surrounding text matches best, nearest the old position.
/// </summary>
public static class TextAnchor
{
    public static (string Exact, string Prefix, string Suffix) Describe(string text, TextSpan span)
    {
        var prefixStart = Math.Max(0, span.Start - Annotation.ContextLength);
        var suffixEnd = Math.Min(text.Length, span.End + Annotation.ContextLength);
        return (text[span.Start..span.End], text[prefixStart..span.Start], text[span.End..suffixEnd]);
    }

    public static TextSpan? Locate(string text, string exact, string? prefix, string? suffix, int? start)
    {
        if (string.IsNullOrEmpty(exact))
        {
            return null;
        }
        if (start is { } s && s >= 0 && s + exact.Length <= text.Length && string.CompareOrdinal(text, s, exact, 0, exact.Length) == 0)
        {
            return new TextSpan(s, s + exact.Length);
        }

        TextSpan? best = null;
        var bestScore = int.MinValue;
        for (var at = text.IndexOf(exact, StringComparison.Ordinal); at >= 0; at = text.IndexOf(exact, at + 1, StringComparison.Ordinal))
        {
            var score = CommonSuffix(text[..at], prefix ?? "") + CommonPrefix(text[(at + exact.Length)..], suffix ?? "");
            // Among equally good matches, the one nearest the old offset wins.
            score = score * 10_000 - Math.Abs(at - (start ?? at));
            if (score > bestScore)
            {
                bestScore = score;
                best = new TextSpan(at, at + exact.Length);
            }
        }
        return best;
    }

    private static int CommonSuffix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[a.Length - 1 - n] == b[b.Length - 1 - n])
        {
            n++;
        }
        return n;
    }

    private static int CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }
        return n;
    }
}
