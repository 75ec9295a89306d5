namespace ClaimTracker.Web.Components.Shared;

/// <summary>One choice in a <see cref="Lookup"/>: a record's id and how it reads.</summary>
public sealed record LookupOption(int Id, string Label);
