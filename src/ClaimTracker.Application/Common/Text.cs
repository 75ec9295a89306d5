namespace ClaimTracker.Application.Common;

internal static class Text
{
    /// <summary>Blank optional text is stored as null, so "no venue" is one thing, not many.</summary>
    public static string? OrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public static class Dates
{
    /// <summary>The earliest date the desk records; earlier dates are almost always typing mistakes.</summary>
    public static readonly DateOnly Earliest = new(1900, 1, 1);
}
