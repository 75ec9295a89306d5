using System.Text.Json.Nodes;
using ClaimTracker.Application.Tests.Support;

namespace ClaimTracker.Application.Tests.Interchange;

/// <summary>
/// The part of the schema.org vocabulary our ClaimReview output can reach (vocab/schemaorg-claimreview-subset.json,
/// cut from the release it names by vocab/make_subset.py), and a check of a JSON-LD document against it: every
/// object has an @type the vocabulary knows, every property exists and is allowed on that type or a type it inherits
/// from (domainIncludes over the subClassOf chain), and every typed value fits the property's range. Terms the
/// document's own context maps outside schema.org (Hydra's "next") belong to another vocabulary and are not checked.
/// </summary>
public sealed class SchemaOrgVocabulary
{
    public const string SchemaContext = "https://schema.org";

    private readonly Dictionary<string, string[]> _parents;
    private readonly Dictionary<string, (string[] Domains, string[] Ranges)> _properties;

    private SchemaOrgVocabulary(string release, Dictionary<string, string[]> parents, Dictionary<string, (string[], string[])> properties)
    {
        Release = release;
        _parents = parents;
        _properties = properties;
    }

    public string Release { get; }

    public static SchemaOrgVocabulary Subset { get; } = Load(Path.Combine(
        RepoRoot.Path, "tests", "ClaimTracker.Application.Tests", "Interchange", "vocab", "schemaorg-claimreview-subset.json"));

    public static SchemaOrgVocabulary Load(string path)
    {
        var subset = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var parents = subset["types"]!.AsObject().ToDictionary(t => t.Key, t => Strings(t.Value));
        var properties = subset["properties"]!.AsObject().ToDictionary(p => p.Key, p => (Strings(p.Value!["domains"]), Strings(p.Value!["ranges"])));
        return new SchemaOrgVocabulary(subset["release"]!.GetValue<string>(), parents, properties);
    }

    private static string[] Strings(JsonNode? array) => [.. array!.AsArray().Select(v => v!.GetValue<string>())];

    public bool HasType(string type) => _parents.ContainsKey(type);

    /// <summary>The type and every type above it.</summary>
    public IReadOnlySet<string> SelfAndAncestors(string type)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var todo = new Stack<string>([type]);
        while (todo.TryPop(out var next))
        {
            if (found.Add(next) && _parents.TryGetValue(next, out var parents))
            {
                foreach (var parent in parents)
                {
                    todo.Push(parent);
                }
            }
        }
        return found;
    }

    /// <summary>Every way <paramref name="document"/> departs from the vocabulary, each with its JSON path; empty when it conforms.</summary>
    public IReadOnlyList<string> Problems(JsonNode document)
    {
        var problems = new List<string>();
        var foreign = new HashSet<string>(StringComparer.Ordinal);
        var context = document["@context"];
        var contexts = context is JsonArray list ? list.ToList() : [context];
        if (!contexts.Any(c => c is JsonValue v && v.TryGetValue<string>(out var s) && s.TrimEnd('/') == SchemaContext))
        {
            problems.Add($"$.@context: does not name {SchemaContext}.");
        }
        foreach (var local in contexts.OfType<JsonObject>())
        {
            foreach (var (term, definition) in local)
            {
                var iri = definition is JsonObject d ? d["@id"]?.GetValue<string>() : definition?.GetValue<string>();
                if (iri is null || iri.StartsWith(SchemaContext, StringComparison.Ordinal) || iri.StartsWith("http://schema.org", StringComparison.Ordinal))
                {
                    problems.Add($"$.@context: '{term}' is redefined as a schema.org term; use the vocabulary's own name.");
                }
                else
                {
                    foreign.Add(term);
                }
            }
        }
        CheckNode(document, "$", null, problems, foreign);
        return problems;
    }

    private void CheckNode(JsonNode? node, string path, string[]? ranges, List<string> problems, HashSet<string> foreign)
    {
        switch (node)
        {
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    CheckNode(array[i], $"{path}[{i}]", ranges, problems, foreign);
                }
                return;
            case JsonObject obj:
                CheckObject(obj, path, ranges, problems, foreign);
                return;
            default:
                // Text, URL, dates and numbers: schema.org accepts text where a thing is expected, so plain values pass.
                return;
        }
    }

    private void CheckObject(JsonObject obj, string path, string[]? ranges, List<string> problems, HashSet<string> foreign)
    {
        if (obj["@type"] is not JsonValue typeValue || !typeValue.TryGetValue<string>(out var type))
        {
            problems.Add($"{path}: an object without a single @type cannot be checked.");
            return;
        }
        if (!HasType(type))
        {
            problems.Add($"{path}: @type '{type}' is not a schema.org {Release} type that ClaimReview output may use.");
            return;
        }
        var lineage = SelfAndAncestors(type);
        if (ranges is not null && !ranges.Any(lineage.Contains))
        {
            problems.Add($"{path}: a {type} where the property expects {string.Join(" or ", ranges)}.");
        }
        foreach (var (name, value) in obj)
        {
            if (name.StartsWith('@') || foreign.Contains(name))
            {
                continue;
            }
            var at = $"{path}.{name}";
            if (!_properties.TryGetValue(name, out var property))
            {
                problems.Add($"{at}: '{name}' is not a schema.org {Release} property of {type} or of any type it inherits from.");
                continue;
            }
            if (!property.Domains.Any(lineage.Contains))
            {
                problems.Add($"{at}: '{name}' belongs to {string.Join(", ", property.Domains)}, not to {type} ({string.Join(" < ", lineage)}).");
                continue;
            }
            CheckNode(value, at, property.Ranges, problems, foreign);
        }
    }
}

/// <summary>What Google's fact-check (ClaimReview) structured data documentation requires or recommends of each ClaimReview.</summary>
public static class GoogleClaimReviewRules
{
    public static IReadOnlyList<string> Problems(JsonNode review)
    {
        var problems = new List<string>();
        if (Text(review, "claimReviewed") is null)
        {
            problems.Add("claimReviewed (the claim's words) is required.");
        }
        if (!Uri.TryCreate(Text(review, "url"), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            problems.Add("url (the fact-check's page, absolute) is required.");
        }
        if (review["reviewRating"] is not JsonObject rating || Text(rating, "@type") != "Rating")
        {
            problems.Add("reviewRating, a Rating, is required.");
        }
        else
        {
            if (Text(rating, "alternateName") is null)
            {
                problems.Add("reviewRating.alternateName (the verdict as text) is required.");
            }
            if (rating["ratingValue"] is { } value)
            {
                var (best, worst) = (rating["bestRating"]?.GetValue<int>(), rating["worstRating"]?.GetValue<int>());
                if (best is null || worst is null || value.GetValue<int>() < worst || value.GetValue<int>() > best)
                {
                    problems.Add("reviewRating.ratingValue needs bestRating and worstRating around it.");
                }
            }
        }
        if (review["author"] is not JsonObject author || Text(author, "@type") is not ("Organization" or "Person") || Text(author, "name") is null)
        {
            problems.Add("author (the fact-checking Organization or Person, with its name) is required.");
        }
        else if (Text(author, "url") is null)
        {
            problems.Add("author.url (the publisher's site) is recommended and we always have it.");
        }
        if (Text(review, "datePublished") is null)
        {
            problems.Add("datePublished (when the fact-check was published) is recommended and we always have it.");
        }
        if (review["itemReviewed"] is not JsonObject claim || Text(claim, "@type") != "Claim")
        {
            problems.Add("itemReviewed, a Claim, is required.");
        }
        else if (claim["author"] is not JsonObject claimant || Text(claimant, "name") is null)
        {
            problems.Add("itemReviewed.author (who made the claim, with a name) is recommended and we always have it.");
        }
        return problems;
    }

    private static string? Text(JsonNode node, string name) =>
        node[name] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s : null;
}
