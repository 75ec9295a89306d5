using System.Runtime.CompilerServices;
using System.Text.Json;
using AngleSharp.Html.Parser;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Imports;
using ClaimTracker.Domain.Speakers;

namespace ClaimTracker.Application.Imports.Formats;

/// <summary>
/// schema.org ClaimReview JSON-LD: one object, an array, a <c>DataFeed</c> (or any <c>@graph</c>) holding them, or
/// HTML pages whose <c>application/ld+json</c> blocks hold them. Each ClaimReview becomes a statement (the claim,
/// its author, when and where it appeared) with the review as an outside review by the review's author.
/// Rows are numbered by their position in the file (the n-th ClaimReview), since JSON has no rows.
/// </summary>
public sealed class ClaimReviewReader : IImportReader
{
    public ImportFormat Format => ImportFormat.ClaimReview;

    public async IAsyncEnumerable<ImportRow> ReadAsync(ImportFile file, ImportOptions options, [EnumeratorCancellation] CancellationToken ct)
    {
        var reviews = new List<JsonElement>();
        foreach (var document in await DocumentsAsync(file, ct))
        {
            Collect(document, reviews, 0);
        }
        if (reviews.Count == 0)
        {
            throw new ImportFileException(file.Name, "No schema.org ClaimReview found (an object with \"@type\": \"ClaimReview\"). Is this a Fact Check Tools response? Import it as factcheck-api.");
        }
        var position = 0;
        foreach (var review in reviews)
        {
            ct.ThrowIfCancellationRequested();
            yield return Row(file.Name, ++position, review);
        }
    }

    private static async Task<IReadOnlyList<JsonElement>> DocumentsAsync(ImportFile file, CancellationToken ct)
    {
        using (var probe = ImportReaders.OpenText(file.Path))
        {
            var start = new char[512];
            var read = await probe.ReadBlockAsync(start, ct);
            var head = new string(start, 0, read).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
            if (!head.StartsWith('<'))
            {
                return await JsonImport.ParseAsync(file, "claimreview", ct);
            }
        }
        // An HTML page: the ld+json blocks are its data; everything else on it is ignored.
        await using var stream = File.OpenRead(file.Path);
        var page = await new HtmlParser().ParseDocumentAsync(stream, ct);
        var documents = new List<JsonElement>();
        var block = 0;
        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json' i]"))
        {
            block++;
            try
            {
                documents.AddRange(JsonImport.Parse(file.Name, System.Text.Encoding.UTF8.GetBytes(script.TextContent), "claimreview"));
            }
            catch (ImportFileException e)
            {
                throw new ImportFileException(file.Name, $"The page's ld+json block {block} is not valid JSON. {e.Reason}");
            }
        }
        if (block == 0)
        {
            throw new ImportFileException(file.Name, "The page has no <script type=\"application/ld+json\"> block, so it carries no ClaimReview.");
        }
        return documents;
    }

    private static void Collect(JsonElement element, List<JsonElement> found, int depth)
    {
        if (depth > 12)
        {
            return;
        }
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, found, depth + 1);
                }
                break;
            case JsonValueKind.Object when element.IsType("ClaimReview"):
                found.Add(element);
                break;
            case JsonValueKind.Object:
                // DataFeed -> dataFeedElement -> item, @graph, and whatever else wraps them.
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                    {
                        Collect(property.Value, found, depth + 1);
                    }
                }
                break;
        }
    }

    /// <summary>
    /// The http(s) addresses a <c>sameAs</c> gives: a string, an array of them, or objects with a <c>url</c> or
    /// <c>@id</c>. Anything else (a javascript: link, plain words) is left out rather than refusing the row.
    /// </summary>
    private static IEnumerable<string> WebLinks(JsonElement? sameAs)
    {
        IEnumerable<JsonElement?> values = sameAs?.ValueKind == JsonValueKind.Array
            ? sameAs.Value.EnumerateArray().Select(v => (JsonElement?)v)
            : [sameAs];
        foreach (var value in values)
        {
            var link = value?.ValueKind == JsonValueKind.Object ? value.Text("url") ?? value.Text("@id") : value?.ValueKind == JsonValueKind.String ? value.Text() : null;
            if (link is { Length: <= Speaker.ReferenceUrlMaxLength } && Sources.SourceInputValidator.BeAWebLink(link))
            {
                yield return link.Trim();
            }
        }
    }

    private static ImportRow Row(string fileName, int position, JsonElement review)
    {
        var claim = review.Property("itemReviewed");
        var author = claim?.Property("author");
        var appearance = claim.Objects().SelectMany(c => c.Property("firstAppearance").Objects().Concat(c.Property("appearance").Objects())).FirstOrDefault();
        var said = ImportDates.Parse(claim.Text("datePublished"));
        var reviewed = ImportDates.Parse(review.Property("datePublished").Text());
        var publisher = review.Property("author").Text() ?? review.Property("publisher").Text() ?? "Unknown publisher";
        var publisherSite = review.Property("author").Objects().Select(a => ((JsonElement?)a).Text("url")).FirstOrDefault();
        var rating = review.Property("reviewRating");
        var label = rating.Text("alternateName") ?? rating.Text("name") ?? rating.Text("ratingValue");
        var url = review.Property("url").Text();
        var title = review.Property("name").Text() ?? review.Property("headline").Text();
        var language = review.Property("inLanguage").Text();
        JsonElement? seenIn = appearance.ValueKind == JsonValueKind.Object ? appearance : null;
        var appearanceUrl = seenIn.Text("url");
        // An appearance may name its outlet and headline without a link (a broadcast, a print edition).
        var appearanceHeadline = seenIn.Text("headline") ?? seenIn.Text("name");

        return new ImportRow
        {
            FileName = fileName,
            Line = position,
            Excerpt = review.Summary(),
            Problem = said is null && reviewed is null ? "The ClaimReview gives no date for the claim (itemReviewed.datePublished) nor for the review (datePublished)." : null,
            // The review's own URL names it; a page may review several claims, so the claim's words tell those apart.
            ExternalId = url is null ? null : $"{url}#{review.Property("claimReviewed").Text()}",
            Quote = review.Property("claimReviewed").Text() ?? "",
            SpeakerName = author.Text() ?? "",
            SpeakerRole = author.Objects().Select(a => ((JsonElement?)a).Text("jobTitle")).FirstOrDefault(),
            SpeakerKind = author.Objects().Any(a => a.IsType("Organization")) ? SpeakerKind.Organisation
                : author.Objects().Any(a => a.IsType("Person")) ? SpeakerKind.Person : null,
            SpeakerReferenceUrl = author.Objects().SelectMany(a => WebLinks(a.Property("sameAs"))).FirstOrDefault(),
            SaidOn = (said ?? reviewed)?.Date,
            // Without the claim's own date, the review's date is an upper bound only.
            SaidOnPrecision = said?.Precision ?? DatePrecision.Approximate,
            Source = appearanceUrl is not null || appearanceHeadline is not null
                ? new ImportedSource(
                    seenIn.Text("publisher") ?? (appearanceUrl is not null ? HostOf(appearanceUrl) : publisher),
                    appearanceHeadline ?? appearanceUrl!,
                    appearanceUrl,
                    ImportDates.Parse(seenIn.Text("datePublished"))?.Date)
                : url is not null
                    ? new ImportedSource(publisher, title ?? url, url, reviewed?.Date)
                    : new ImportedSource(publisher, title ?? $"ClaimReview by {publisher}", null, reviewed?.Date),
            Reviews = label is null ? [] : [new ImportedReview(publisher, publisherSite, label, url, title, reviewed?.Date, language)],
        };
    }

    private static string HostOf(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : url;
}
