using System.Globalization;
using System.Text.Json.Nodes;

namespace ClaimTracker.Application.Tests.Support;

/// <summary>
/// The real seed files (copied to the test output as seeds/), read here with plain JSON rather than the app's
/// SeedLoader, so expected counts and sets come from the files themselves and not from the code under test.
/// </summary>
public static class SeedFiles
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static JsonArray Read(string file) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Directory, file)))!.AsArray();
}

public sealed record SeedSpeakerRow(string Key, string Name, string Kind, IReadOnlyList<string> Aliases, IReadOnlyList<SeedRoleRow> Roles);

public sealed record SeedRoleRow(string Title, DateOnly? From, DateOnly? To);

public sealed record SeedSourceRow(string Key, string Outlet, string Headline, string? Authors, DateOnly? Published, string Kind);

public sealed record SeedStatementRow(
    string Key, string Speaker, string? OnBehalfOf, string Quote, DateOnly SaidOn, string Source,
    IReadOnlyList<string> Topics, string? Rating, int EvidenceCount, string? ReviewStatus);

public sealed record SeedLinkRow(string From, string To, string Relation, string? Note);

public static class Seed
{
    private static readonly Lazy<IReadOnlyList<SeedSpeakerRow>> LazySpeakers = new(() => SeedFiles.Read("speakers.json")
        .Select(n => new SeedSpeakerRow(
            Str(n, "key")!, Str(n, "name")!, Str(n, "kind")!,
            n!["aliases"]?.AsArray().Select(a => a!.GetValue<string>()).ToList() ?? [],
            n["roles"]?.AsArray().Select(r => new SeedRoleRow(Str(r, "title")!, Day(Str(r, "from")), Day(Str(r, "to")))).ToList() ?? []))
        .ToList());

    private static readonly Lazy<IReadOnlyList<SeedSourceRow>> LazySources = new(() => SeedFiles.Read("sources.json")
        .Select(n => new SeedSourceRow(
            Str(n, "key")!, Str(n, "outlet")!, Str(n, "headline")!,
            n!["authors"] is JsonArray { Count: > 0 } authors ? string.Join(", ", authors.Select(a => a!.GetValue<string>())) : null,
            Day(Str(n, "published")),
            Str(n, "kind")!))
        .ToList());

    private static readonly Lazy<IReadOnlyList<SeedStatementRow>> LazyStatements = new(() => SeedFiles.Read("statements.json")
        .Select(n => new SeedStatementRow(
            Str(n, "key")!, Str(n, "speaker")!, Str(n, "onBehalfOf"), Str(n, "quote")!.Trim(),
            Day(Str(n, "saidOn"))!.Value, Str(n, "source")!,
            n!["topics"]?.AsArray().Select(t => t!.GetValue<string>()).ToList() ?? [],
            n["review"] is JsonObject review ? Str(review, "rating") : null,
            n["review"]?["evidence"]?.AsArray().Count ?? 0,
            n["review"] is JsonObject reviewed ? Str(reviewed, "status") : null))
        .ToList());

    private static readonly Lazy<IReadOnlyList<SeedLinkRow>> LazyLinks = new(() => SeedFiles.Read("links.json")
        .Select(n => new SeedLinkRow(Str(n, "from")!, Str(n, "to")!, Str(n, "relation")!, Str(n, "note")))
        .ToList());

    public static IReadOnlyList<SeedSpeakerRow> Speakers => LazySpeakers.Value;
    public static IReadOnlyList<SeedSourceRow> Sources => LazySources.Value;
    public static IReadOnlyList<SeedStatementRow> Statements => LazyStatements.Value;
    public static IReadOnlyList<SeedLinkRow> Links => LazyLinks.Value;

    public static SeedSpeakerRow Speaker(string key) => Speakers.Single(s => s.Key == key);
    public static SeedSourceRow Source(string key) => Sources.Single(s => s.Key == key);
    public static SeedStatementRow Statement(string key) => Statements.Single(s => s.Key == key);

    /// <summary>What a speaker's stats count: made by them or on their behalf, each statement once.</summary>
    public static IReadOnlyList<SeedStatementRow> Of(string speakerKey) =>
        Statements.Where(s => s.Speaker == speakerKey || s.OnBehalfOf == speakerKey).ToList();

    /// <summary>Distinct topic names, compared case-insensitively as the app does.</summary>
    public static IReadOnlyList<string> TopicNames =>
        Statements.SelectMany(s => s.Topics).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Quotes of the seeded statements matching a condition: the expected result of a filter.</summary>
    public static IReadOnlyList<string> QuotesWhere(Func<SeedStatementRow, bool> condition) =>
        Statements.Where(condition).Select(s => s.Quote).OrderBy(q => q, StringComparer.Ordinal).ToList();

    private static string? Str(JsonNode? node, string property) => node?[property]?.GetValue<string>();

    private static DateOnly? Day(string? text) => text is null ? null : DateOnly.Parse(text, CultureInfo.InvariantCulture);
}
