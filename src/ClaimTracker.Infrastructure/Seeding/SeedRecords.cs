using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Sources;
using ClaimTracker.Domain.Speakers;
using ClaimTracker.Domain.Statements;

namespace ClaimTracker.Infrastructure.Seeding;

// The shapes of the hand-editable files in seeds/ (documented in seeds/README.md). Records refer to each other by
// "key", a stable slug, so an analyst can add a link without knowing database ids.

// Constructor parameters without a default are required in the file; the rest may be left out.

public sealed record SeedSpeaker(
    string Key, string Name, SpeakerKind Kind, string? Country = null, string? Affiliation = null,
    IReadOnlyList<string>? Aliases = null, IReadOnlyList<SeedRole>? Roles = null, string? ReferenceUrl = null);

public sealed record SeedRole(string Title, DateOnly? From = null, DateOnly? To = null);

public sealed record SeedSource(
    string Key, string Outlet, string Headline, SourceKind Kind, IReadOnlyList<string>? Authors = null,
    DateOnly? Published = null, DatePrecision PublishedPrecision = DatePrecision.Day, string? Url = null,
    string? SeedFile = null, string? Note = null);

public sealed record SeedStatement(
    string Key, string Speaker, string Quote, QuoteKind QuoteKind, DateOnly SaidOn, string Source,
    string? Role = null, string? OnBehalfOf = null, DatePrecision SaidOnPrecision = DatePrecision.Day,
    string? Venue = null, IReadOnlyList<string>? Topics = null, string? Context = null, SeedReview? Review = null);

public sealed record SeedReview(Rating Rating, ReviewStatus Status, string Rationale, IReadOnlyList<SeedEvidence>? Evidence = null);

public sealed record SeedEvidence(string Title, EvidenceStance Stance, string? Statement = null, string? Url = null);

public sealed record SeedLink(string From, string To, LinkRelation Relation, string? Note = null);

/// <summary>Everything read from seeds/, checked and ready to insert.</summary>
public sealed record SeedSet(
    IReadOnlyList<SeedSpeaker> Speakers, IReadOnlyList<SeedSource> Sources,
    IReadOnlyList<SeedStatement> Statements, IReadOnlyList<SeedLink> Links);

public sealed class SeedOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Folder holding speakers.json, sources.json, statements.json and links.json.</summary>
    public string? Directory { get; set; }
}

/// <summary>A seed file is malformed. The message names the file, the record and the field.</summary>
public sealed class SeedDataException(IReadOnlyList<string> problems)
    : Exception("The seed data has problems; nothing was written:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => " - " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
