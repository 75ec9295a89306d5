using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Sources;
using ClaimTracker.Domain.Speakers;
using ClaimTracker.Domain.Statements;

namespace ClaimTracker.Infrastructure.Seeding;

/// <summary>
/// Reads the four seed files and checks them whole before anything touches the database: JSON syntax, unknown
/// fields, enum names, required fields, lengths, duplicate keys and every cross-reference.
/// </summary>
public sealed class SeedLoader
{
    public const string SpeakersFile = "speakers.json";
    public const string SourcesFile = "sources.json";
    public const string StatementsFile = "statements.json";
    public const string LinksFile = "links.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public SeedSet Load(string directory)
    {
        var problems = new List<string>();
        var speakers = Read<SeedSpeaker>(directory, SpeakersFile, problems);
        var sources = Read<SeedSource>(directory, SourcesFile, problems);
        var statements = Read<SeedStatement>(directory, StatementsFile, problems);
        var links = Read<SeedLink>(directory, LinksFile, problems);
        if (problems.Count == 0)
        {
            Check(speakers, sources, statements, links, problems);
        }
        if (problems.Count > 0)
        {
            throw new SeedDataException(problems);
        }
        return new SeedSet(speakers, sources, statements, links);
    }

    private static List<T> Read<T>(string directory, string file, List<string> problems)
    {
        var path = Path.Combine(directory, file);
        if (!File.Exists(path))
        {
            problems.Add($"{file}: file not found in {directory}.");
            return [];
        }
        try
        {
            return JsonSerializer.Deserialize<List<T>>(File.ReadAllText(path), Json) ?? [];
        }
        catch (JsonException e)
        {
            // Path ($[3].quoteKind) and line number point the analyst at the record and field.
            var record = e.Path is { } p && p.StartsWith("$[", StringComparison.Ordinal) ? $"record {RecordIndex(p)}, " : "";
            problems.Add($"{file}: {record}at {e.Path ?? "?"} (line {e.LineNumber + 1}): {FirstSentence(e.Message)}");
            return [];
        }
    }

    private static void Check(
        List<SeedSpeaker> speakers, List<SeedSource> sources, List<SeedStatement> statements, List<SeedLink> links,
        List<string> problems)
    {
        var speakerKeys = UniqueKeys(SpeakersFile, speakers.Select(s => s.Key), problems);
        var sourceKeys = UniqueKeys(SourcesFile, sources.Select(s => s.Key), problems);
        var statementKeys = UniqueKeys(StatementsFile, statements.Select(s => s.Key), problems);

        for (var i = 0; i < speakers.Count; i++)
        {
            var s = speakers[i];
            var at = $"{SpeakersFile}: record {i} ({s.Key})";
            Require(at, "name", s.Name, Speaker.NameMaxLength, problems);
            Limit(at, "country", s.Country, Speaker.TextMaxLength, problems);
            Limit(at, "affiliation", s.Affiliation, Speaker.TextMaxLength, problems);
            Limit(at, "aliases", s.Aliases is null ? null : string.Join("; ", s.Aliases), Speaker.TextMaxLength * 2, problems);
            foreach (var role in s.Roles ?? [])
            {
                Require(at, "roles.title", role.Title, Speaker.TextMaxLength, problems);
                if (role.From is { } from && role.To is { } to && to <= from)
                {
                    problems.Add($"{at}: field 'roles': role '{role.Title}' ends before it starts.");
                }
            }
        }

        for (var i = 0; i < sources.Count; i++)
        {
            var s = sources[i];
            var at = $"{SourcesFile}: record {i} ({s.Key})";
            Require(at, "outlet", s.Outlet, Source.OutletMaxLength, problems);
            Require(at, "headline", s.Headline, Source.HeadlineMaxLength, problems);
            Limit(at, "authors", s.Authors is null ? null : string.Join(", ", s.Authors), Source.AuthorsMaxLength, problems);
            Limit(at, "url", s.Url, Source.UrlMaxLength, problems);
            Limit(at, "note", s.Note, Source.NoteMaxLength, problems);
            if (s.Url is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            {
                problems.Add($"{at}: field 'url': '{url}' is not an http(s) address.");
            }
        }

        for (var i = 0; i < statements.Count; i++)
        {
            var s = statements[i];
            var at = $"{StatementsFile}: record {i} ({s.Key})";
            Require(at, "quote", s.Quote, Statement.QuoteMaxLength, problems);
            Refer(at, "speaker", s.Speaker, speakerKeys, problems);
            if (s.OnBehalfOf is not null)
            {
                Refer(at, "onBehalfOf", s.OnBehalfOf, speakerKeys, problems);
            }
            Refer(at, "source", s.Source, sourceKeys, problems);
            if (s.Venue?.Length > Statement.VenueMaxLength)
            {
                problems.Add($"{at}: field 'venue': longer than {Statement.VenueMaxLength} characters.");
            }
            Limit(at, "role", s.Role, Statement.RoleMaxLength, problems);
            Limit(at, "context", s.Context, Statement.ContextMaxLength, problems);
            foreach (var topic in s.Topics ?? [])
            {
                Require(at, "topics", topic.Trim(), Topic.NameMaxLength, problems);
            }
            if (s.Review is { } review)
            {
                Require(at, "review.rationale", review.Rationale, Review.RationaleMaxLength, problems);
                foreach (var evidence in review.Evidence ?? [])
                {
                    Require(at, "review.evidence.title", evidence.Title, Evidence.TitleMaxLength, problems);
                    Limit(at, "review.evidence.url", evidence.Url, Evidence.UrlMaxLength, problems);
                    if (evidence.Statement is not null)
                    {
                        Refer(at, "review.evidence.statement", evidence.Statement, statementKeys, problems);
                    }
                }
            }
        }

        for (var i = 0; i < links.Count; i++)
        {
            var l = links[i];
            var at = $"{LinksFile}: record {i} ({l.From} -> {l.To})";
            Refer(at, "from", l.From, statementKeys, problems);
            Refer(at, "to", l.To, statementKeys, problems);
            Limit(at, "note", l.Note, StatementLink.NoteMaxLength, problems);
            if (l.From == l.To)
            {
                problems.Add($"{at}: a statement cannot be linked to itself.");
            }
        }
        foreach (var duplicate in links.GroupBy(l => (l.From, l.To, l.Relation)).Where(g => g.Count() > 1))
        {
            problems.Add($"{LinksFile}: the link {duplicate.Key.From} -> {duplicate.Key.To} ({duplicate.Key.Relation}) appears {duplicate.Count()} times.");
        }
    }

    private static HashSet<string> UniqueKeys(string file, IEnumerable<string> keys, List<string> problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var key in keys)
        {
            if (string.IsNullOrWhiteSpace(key))
            {
                problems.Add($"{file}: record {i}: field 'key' is empty.");
            }
            else if (!seen.Add(key))
            {
                problems.Add($"{file}: record {i}: field 'key': '{key}' is used by an earlier record.");
            }
            i++;
        }
        return seen;
    }

    private static void Require(string at, string field, string? value, int maxLength, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"{at}: field '{field}' is empty.");
        }
        else if (value.Length > maxLength)
        {
            problems.Add($"{at}: field '{field}' is longer than {maxLength} characters.");
        }
    }

    /// <summary>Optional text: only its length is checked, so the database never receives what the app would refuse.</summary>
    private static void Limit(string at, string field, string? value, int maxLength, List<string> problems)
    {
        if (value?.Length > maxLength)
        {
            problems.Add($"{at}: field '{field}' is longer than {maxLength} characters.");
        }
    }

    private static void Refer(string at, string field, string key, HashSet<string> known, List<string> problems)
    {
        if (!known.Contains(key))
        {
            problems.Add($"{at}: field '{field}': no record has the key '{key}'.");
        }
    }

    private static string RecordIndex(string path)
    {
        var end = path.IndexOf(']', StringComparison.Ordinal);
        return end > 2 ? path[2..end] : "?";
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] + "." : message;
    }
}
