using System.Globalization;
using ClaimTracker.Domain.Common;

namespace ClaimTracker.Application.Imports;

/// <summary>Dates as import files write them, with how much of the date is given.</summary>
public static class ImportDates
{
    private static readonly string[] DayFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "d MMMM yyyy", "MMMM d, yyyy", "MMM d, yyyy", "d MMM yyyy"];

    public static (DateOnly Date, DatePrecision Precision)? Parse(string? text)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        if (DateOnly.TryParseExact(value, DayFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var day))
        {
            return (day, DatePrecision.Day);
        }
        if (DateOnly.TryParseExact(value, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return (month, DatePrecision.Month);
        }
        if (value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1 and <= 9999)
        {
            return (new DateOnly(year, 1, 1), DatePrecision.Year);
        }
        // Timestamps (ClaimReview and the Fact Check API write "2019-07-22T00:00:00Z"): the day as written.
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            return (DateOnly.FromDateTime(moment.DateTime), DatePrecision.Day);
        }
        return null;
    }
}
