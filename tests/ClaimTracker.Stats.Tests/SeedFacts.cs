using System.Globalization;
using System.Text.Json;

namespace ClaimTracker.Stats.Tests;

/// <summary>
/// The seed files read straight from JSON, without the app's loader, so expected numbers are worked out
/// independently of the code under test.
/// </summary>
public sealed class SeedFacts
{
    public sealed record Speaker(string Key, string Name);

    public sealed record Statement(
        string Key, string Speaker, string? OnBehalfOf, DateOnly SaidOn, IReadOnlyList<string> Topics, string? Rating, string? Status);

    public sealed record Link(string From, string To, string Relation);

    public IReadOnlyList<Speaker> Speakers { get; }
    public IReadOnlyList<Statement> Statements { get; }
    public IReadOnlyList<Link> Links { get; }

    private SeedFacts(IReadOnlyList<Speaker> speakers, IReadOnlyList<Statement> statements, IReadOnlyList<Link> links)
    {
        Speakers = speakers;
        Statements = statements;
        Links = links;
    }

    public static SeedFacts Load(string directory)
    {
        JsonElement Read(string file) => JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, file))).RootElement;
        static string? Text(JsonElement e, string name) =>
            e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

        var speakers = Read("speakers.json").EnumerateArray()
            .Select(e => new Speaker(Text(e, "key")!, Text(e, "name")!.Trim())).ToList();
        var statements = Read("statements.json").EnumerateArray().Select(e =>
        {
            var review = e.TryGetProperty("review", out var r) && r.ValueKind == JsonValueKind.Object ? r : (JsonElement?)null;
            var topics = e.TryGetProperty("topics", out var t) && t.ValueKind == JsonValueKind.Array
                ? t.EnumerateArray().Select(x => x.GetString()!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList()
                : [];
            return new Statement(
                Text(e, "key")!, Text(e, "speaker")!, Text(e, "onBehalfOf"),
                DateOnly.ParseExact(Text(e, "saidOn")!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                topics,
                review is { } rv ? Text(rv, "rating") : null,
                review is { } rs ? Text(rs, "status") : null);
        }).ToList();
        var links = Read("links.json").EnumerateArray()
            .Select(e => new Link(Text(e, "from")!, Text(e, "to")!, Text(e, "relation")!)).ToList();
        return new SeedFacts(speakers, statements, links);
    }

    public Statement ByKey(string key) => Statements.Single(s => s.Key == key);

    /// <summary>What a speaker's stats count: made by them or on their behalf, each statement once.</summary>
    public IReadOnlyList<Statement> Of(string speakerKey) =>
        Statements.Where(s => s.Speaker == speakerKey || s.OnBehalfOf == speakerKey).ToList();
}
