namespace ClaimTracker.Web.Components.Shared;

/// <summary>
/// One choice in a <see cref="Lookup"/>: a record's id and how it reads among the options; <paramref name="Chosen"/>
/// when it reads shorter once chosen (a name without the count that helped pick it).
/// </summary>
public sealed record LookupOption(int Id, string Label, string? Chosen = null);
