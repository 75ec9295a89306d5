using System.Runtime.CompilerServices;
using System.Text.Json;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Imports;

namespace ClaimTracker.Application.Imports.Formats;

/// <summary>
/// Responses of the Fact Check Tools <c>claims:search</c> method: <c>{ "claims": [ ... ] }</c> pages (one, several one
/// after another, or an array of them) or a bare array of claims. A claim is <c>text</c>, <c>claimant</c>,
/// <c>claimDate</c> and <c>claimReview</c>, a list of publisher reviews, each stored as an outside review. Any
/// language: text is kept as written. Rows are numbered by the claim's position in the file.
/// </summary>
public sealed class FactCheckApiReader : IImportReader
{
    public ImportFormat Format => ImportFormat.FactCheckApi;

    public async IAsyncEnumerable<ImportRow> ReadAsync(ImportFile file, ImportOptions options, [EnumeratorCancellation] CancellationToken ct)
    {
        var claims = new List<JsonElement>();
        foreach (var value in await JsonImport.ParseAsync(file, "factcheck-api", ct))
        {
            Collect(file.Name, value, claims);
        }
        var position = 0;
        foreach (var claim in claims)
        {
            ct.ThrowIfCancellationRequested();
            yield return Row(file.Name, ++position, claim);
        }
    }

    private static void Collect(string fileName, JsonElement value, List<JsonElement> claims)
    {
        if (value.ValueKind == JsonValueKind.Object && value.Property("claims") is { } page)
        {
            claims.AddRange(((JsonElement?)page).Objects());
            return;
        }
        if (value.ValueKind == JsonValueKind.Object && value.EnumerateObject().Any() is false)
        {
            return; // A search with no results answers {}.
        }
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object && item.Property("claims") is not null)
                {
                    Collect(fileName, item, claims);
                }
                else if (item.ValueKind == JsonValueKind.Object && (item.Property("text") is not null || item.Property("claimReview") is not null))
                {
                    claims.Add(item);
                }
                else
                {
                    throw NotAResponse(fileName);
                }
            }
            return;
        }
        throw NotAResponse(fileName);
    }

    /// <summary>The API gives a publisher's site as a bare host ("politifact.com"); the desk stores web addresses.</summary>
    private static string? SiteOf(string? site) =>
        site is null || site.Contains("://", StringComparison.Ordinal) ? site : "https://" + site;

    private static ImportFileException NotAResponse(string fileName) => new(fileName,
        "This is not a Fact Check Tools response: expected an object with \"claims\" or an array of claims (text, claimant, claimReview). Is it schema.org ClaimReview? Import it as claimreview.");

    private static ImportRow Row(string fileName, int position, JsonElement claim)
    {
        var reviews = claim.Property("claimReview").Objects().Select(r => new ImportedReview(
            ((JsonElement?)r).Text("publisher") ?? r.Property("publisher").Text("site") ?? "Unknown publisher",
            SiteOf(r.Property("publisher").Text("site")),
            ((JsonElement?)r).Text("textualRating") ?? "",
            ((JsonElement?)r).Text("url"),
            ((JsonElement?)r).Text("title"),
            ImportDates.Parse(((JsonElement?)r).Text("reviewDate"))?.Date,
            ((JsonElement?)r).Text("languageCode"))).ToList();
        var said = ImportDates.Parse(claim.Property("claimDate").Text());
        var first = reviews.FirstOrDefault();
        return new ImportRow
        {
            FileName = fileName,
            Line = position,
            Excerpt = claim.Summary(),
            Problem = said is null && first?.ReviewedOn is null ? "The claim has no claimDate and its reviews no reviewDate." : null,
            // The first review's URL names the claim for the publisher; without one, speaker, date and words do.
            ExternalId = first?.Url is { } url ? $"{url}#{claim.Property("text").Text()}" : null,
            Quote = claim.Property("text").Text() ?? "",
            SpeakerName = claim.Property("claimant").Text() ?? "",
            SaidOn = said?.Date ?? first?.ReviewedOn,
            SaidOnPrecision = said?.Precision ?? DatePrecision.Approximate,
            Source = first is null
                ? null
                : new ImportedSource(first.Publisher, first.Title ?? first.Url ?? $"Fact-check by {first.Publisher}", first.Url, first.ReviewedOn),
            Reviews = reviews.Where(r => r.Label.Length > 0).ToList(),
        };
    }
}
