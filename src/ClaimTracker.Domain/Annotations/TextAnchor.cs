using System.Buffers;

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
/// <remarks>
/// Runs in time linear in the quote and the words per note: occurrences are found in one pass (Knuth-Morris-Pratt,
/// so words like "abab" in "ababab…" cost no more than any other), and each candidate is scored in place against
/// at most <see cref="Annotation.ContextLength"/> characters either side, without copying the quote. A quote edited
/// to repeat the words thousands of times therefore cannot make every reader of its notes wait.
/// </remarks>
public static class TextAnchor
{
    /// <summary>
    /// At most this many occurrences, the ones nearest the old offset, are scored; a farther one with better
    /// surroundings is not looked for. A 4,000-character quote holds at most 4,000 occurrences, so this bounds the
    /// work per note even if the quote limit grows.
    /// </summary>
    public const int MaxCandidates = 1000;

    public static (string Exact, string Prefix, string Suffix) Describe(string text, TextSpan span)
    {
        var prefixStart = Math.Max(0, span.Start - Annotation.ContextLength);
        var suffixEnd = Math.Min(text.Length, span.End + Annotation.ContextLength);
        return (text[span.Start..span.End], text[prefixStart..span.Start], text[span.End..suffixEnd]);
    }

    public static TextSpan? Locate(string text, string exact, string? prefix, string? suffix, int? start)
    {
        if (string.IsNullOrEmpty(exact) || exact.Length > text.Length)
        {
            return null;
        }
        if (start is { } s && s >= 0 && s <= text.Length - exact.Length && text.AsSpan(s, exact.Length).SequenceEqual(exact))
        {
            return new TextSpan(s, s + exact.Length);
        }

        var occurrences = Occurrences(text, exact);
        if (occurrences.Count == 0)
        {
            return null;
        }
        var origin = start ?? 0;
        var index = occurrences.BinarySearch(origin);

        // Only the stored context can match, so comparing more than its length is pointless.
        var before = (prefix ?? "").AsSpan();
        var after = (suffix ?? "").AsSpan();
        before = before[Math.Max(0, before.Length - Annotation.ContextLength)..];
        after = after[..Math.Min(after.Length, Annotation.ContextLength)];
        var perfect = before.Length + after.Length;

        // Outward from the old offset, nearer first and the earlier of two equally near: the first occurrence with
        // the best surroundings is then the answer (best surroundings, then nearest, then first), and a perfect one
        // ends the search.
        var left = (index >= 0 ? index : ~index) - 1;
        var right = left + 1;
        var best = -1;
        var bestScore = -1;
        for (var scored = 0; scored < MaxCandidates && (left >= 0 || right < occurrences.Count); scored++)
        {
            int at;
            if (right >= occurrences.Count || (left >= 0 && origin - occurrences[left] <= occurrences[right] - origin))
            {
                at = occurrences[left--];
            }
            else
            {
                at = occurrences[right++];
            }
            var score = CommonSuffix(text.AsSpan(0, at), before) + CommonPrefix(text.AsSpan(at + exact.Length), after);
            if (score > bestScore)
            {
                best = at;
                bestScore = score;
                if (score == perfect)
                {
                    break;
                }
            }
        }
        return new TextSpan(best, best + exact.Length);
    }

    /// <summary>Every start of <paramref name="exact"/> in <paramref name="text"/>, in order, overlapping ones included.</summary>
    private static List<int> Occurrences(string text, string exact)
    {
        var found = new List<int>();
        var failure = ArrayPool<int>.Shared.Rent(exact.Length);
        try
        {
            // failure[i]: length of the longest proper border of exact[..(i+1)].
            failure[0] = 0;
            for (int i = 1, k = 0; i < exact.Length; i++)
            {
                while (k > 0 && exact[i] != exact[k])
                {
                    k = failure[k - 1];
                }
                if (exact[i] == exact[k])
                {
                    k++;
                }
                failure[i] = k;
            }
            for (int i = 0, k = 0; i < text.Length; i++)
            {
                while (k > 0 && text[i] != exact[k])
                {
                    k = failure[k - 1];
                }
                if (text[i] == exact[k])
                {
                    k++;
                }
                if (k == exact.Length)
                {
                    found.Add(i - exact.Length + 1);
                    k = failure[k - 1];
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(failure);
        }
        return found;
    }

    private static int CommonSuffix(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[a.Length - 1 - n] == b[b.Length - 1 - n])
        {
            n++;
        }
        return n;
    }

    private static int CommonPrefix(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }
        return n;
    }
}
