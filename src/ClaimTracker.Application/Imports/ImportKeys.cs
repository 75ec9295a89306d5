using System.Security.Cryptography;
using System.Text;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Imports;

namespace ClaimTracker.Application.Imports;

/// <summary>
/// The stable key of an imported statement and the fingerprint of its values. The key is the row's own id (LIAR
/// id, an id column) or the review URL it came with; without either, the speaker, the date and the words with
/// case, accents and punctuation folded away. Stored hashed: fixed length whatever the id.
/// </summary>
public static class ImportKeys
{
    /// <summary>Names compared the way a slug reads: "donald-trump", "Donald Trump" and "DONALD  TRUMP" are one.</summary>
    public static string SpeakerKey(string? name)
    {
        var key = NameKey.Of(name);
        var loose = new StringBuilder(key.Length);
        foreach (var c in key)
        {
            var space = c is '-' or '_' or '.' || char.IsWhiteSpace(c);
            if (space)
            {
                if (loose.Length > 0 && loose[^1] != ' ')
                {
                    loose.Append(' ');
                }
                continue;
            }
            loose.Append(c);
        }
        return loose.ToString().TrimEnd();
    }

    public static string KeyOf(ImportFormat format, ImportRow row, string speakerKey) => row.ExternalId is { } id
        ? Hash(format is ImportFormat.Liar or ImportFormat.Csv ? $"id|{ImportFormats.Name(format)}|{id.Trim()}" : $"url|{id.Trim()}", 32)
        : Hash($"said|{speakerKey}|{row.SaidOn:yyyy-MM-dd}|{Words(row.Quote)}", 32);

    public static string FingerprintOf(ImportRow row, string speakerKey)
    {
        var text = new StringBuilder()
            .Append(row.Quote.Trim()).Append('\u001f').Append(speakerKey).Append('\u001f')
            .Append(row.SpeakerRole).Append('\u001f').Append(row.SaidOn?.ToString("yyyy-MM-dd")).Append(row.SaidOnPrecision).Append('\u001f')
            .Append(row.Venue).Append('\u001f').Append(row.Context).Append('\u001f')
            .AppendJoin('\u001e', row.Topics.Select(NameKey.Of).Order(StringComparer.Ordinal)).Append('\u001f')
            .Append(row.Source?.Outlet).Append('\u001e').Append(row.Source?.Headline).Append('\u001e').Append(row.Source?.Url).Append('\u001f')
            .AppendJoin('\u001e', row.Reviews.Select(r => $"{r.Publisher}\u001d{r.Label}\u001d{r.Url}\u001d{r.ReviewedOn}"));
        return Hash(text.ToString(), 16);
    }

    /// <summary>The words alone: folded, punctuation and spacing removed, so a re-typed quote is the same quote.</summary>
    public static string Words(string quote)
    {
        var folded = NameKey.Of(quote);
        var words = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                words.Append(c);
            }
            else if (words.Length > 0 && words[^1] != ' ')
            {
                words.Append(' ');
            }
        }
        return words.ToString().TrimEnd();
    }

    private static string Hash(string text, int bytes) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, bytes));
}
