namespace ClaimTracker.Application.Common;

/// <summary>Search boxes and lookups: one limit for the text a search query accepts, and the box that types it.</summary>
public static class SearchText
{
    public const int MaxLength = 200;

    public static string TooLong => $"Search text can be at most {MaxLength} characters.";
}
