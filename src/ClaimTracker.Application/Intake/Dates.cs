using System.Globalization;
using System.Text.RegularExpressions;
using ClaimTracker.Domain.Common;

namespace ClaimTracker.Application.Intake;

/// <summary>
/// Proposes when a statement was made from the article's date and the words around the attribution: a printed
/// date is a day; "on Monday", "yesterday", "last week" are worked out, so approximate; "last month" is a month
/// and "last year" a year. With no clue the article's date stands, approximate.
/// </summary>
internal static partial class Dates
{
    public static (DateOnly? On, DatePrecision Precision) Propose(string text, int regionStart, int regionEnd, int sentenceStart, int sentenceEnd, DateOnly? published)
    {
        if (published is not { } date)
        {
            return (null, DatePrecision.Approximate);
        }
        // The attribution first ("Trump said on Monday"), then the rest of the sentence.
        foreach (var (s, e) in new[] { (regionStart, regionEnd), (sentenceStart, sentenceEnd) })
        {
            if (e > s && s >= 0 && e <= text.Length && Clue(text[s..e], date) is { } found)
            {
                return found;
            }
        }
        return (date, DatePrecision.Approximate);
    }

    private static (DateOnly, DatePrecision)? Clue(string words, DateOnly published)
    {
        var printed = PrintedDate().Match(words);
        if (printed.Success && DateTime.TryParseExact(printed.Groups["month"].Value, "MMMM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            var day = int.Parse(printed.Groups["day"].Value, CultureInfo.InvariantCulture);
            var year = printed.Groups["year"].Success ? int.Parse(printed.Groups["year"].Value, CultureInfo.InvariantCulture) : published.Year;
            if (day <= DateTime.DaysInMonth(year, month.Month))
            {
                var on = new DateOnly(year, month.Month, day);
                if (!printed.Groups["year"].Success && on > published)
                {
                    on = on.AddYears(-1);
                }
                return (on, DatePrecision.Day);
            }
        }
        var weekday = Weekday().Match(words);
        if (weekday.Success && Enum.TryParse<DayOfWeek>(weekday.Groups["day"].Value, out var dow))
        {
            var back = ((int)published.DayOfWeek - (int)dow + 7) % 7;
            return (published.AddDays(-back), DatePrecision.Approximate);
        }
        var relative = Relative().Match(words);
        if (relative.Success)
        {
            return relative.Groups["word"].Value.ToLowerInvariant() switch
            {
                "yesterday" => (published.AddDays(-1), DatePrecision.Approximate),
                "today" or "this morning" or "earlier today" => (published, DatePrecision.Approximate),
                "last week" => (published.AddDays(-7), DatePrecision.Approximate),
                "last month" => (new DateOnly(published.Year, published.Month, 1).AddMonths(-1), DatePrecision.Month),
                "last year" => (new DateOnly(published.Year - 1, 1, 1), DatePrecision.Year),
                _ => (published, DatePrecision.Approximate),
            };
        }
        return null;
    }

    [GeneratedRegex(@"\b(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<day>\d{1,2})\b(?:,?\s+(?<year>\d{4}))?")]
    private static partial Regex PrintedDate();

    [GeneratedRegex(@"\b(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?<word>yesterday|earlier today|today|this morning|last week|last month|last year)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();
}
