namespace ClaimTracker.Domain.Common;

/// <summary>How much of a recorded date is actually known.</summary>
public enum DatePrecision
{
    Day = 0,
    Month = 1,
    Year = 2,
    /// <summary>Inferred from the text (e.g. "on Monday"), not printed.</summary>
    Approximate = 3,
}
