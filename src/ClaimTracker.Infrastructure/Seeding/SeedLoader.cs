using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimTracker.Infrastructure.Seeding;

/// <summary>
/// Reads the four seed files and checks them whole before anything touches the database: JSON syntax, unknown
/// fields, enum names, required fields, duplicate keys and every cross-reference. The values are checked by the use
/// cases' validators as the records are loaded (see <see cref="DatabaseInitialiser"/>).
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

    /// <summary>
    /// What only the files know: keys are unique and every reference names a record. The rules for the values
    /// themselves are the use cases' validators, which <see cref="DatabaseInitialiser"/> runs on each record.
    /// </summary>
    private static void Check(
        List<SeedSpeaker> speakers, List<SeedSource> sources, List<SeedStatement> statements, List<SeedLink> links,
        List<string> problems)
    {
        var speakerKeys = UniqueKeys(SpeakersFile, speakers.Select(s => s.Key), problems);
        var sourceKeys = UniqueKeys(SourcesFile, sources.Select(s => s.Key), problems);
        var statementKeys = UniqueKeys(StatementsFile, statements.Select(s => s.Key), problems);

        for (var i = 0; i < statements.Count; i++)
        {
            var s = statements[i];
            var at = $"{StatementsFile}: record {i} ({s.Key})";
            Refer(at, "speaker", s.Speaker, speakerKeys, problems);
            if (s.OnBehalfOf is not null)
            {
                Refer(at, "onBehalfOf", s.OnBehalfOf, speakerKeys, problems);
            }
            Refer(at, "source", s.Source, sourceKeys, problems);
            foreach (var evidence in s.Review?.Evidence ?? [])
            {
                if (evidence.Statement is not null)
                {
                    Refer(at, "review.evidence.statement", evidence.Statement, statementKeys, problems);
                }
            }
        }

        for (var i = 0; i < links.Count; i++)
        {
            var l = links[i];
            var at = $"{LinksFile}: record {i} ({l.From} -> {l.To})";
            Refer(at, "from", l.From, statementKeys, problems);
            Refer(at, "to", l.To, statementKeys, problems);
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
