using System.Text.Json.Serialization;
using ClaimTracker.Application.Annotations;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Statements;
using ClaimTracker.Web.Dispatch;
using ClaimTracker.Web.Exports;
using ClaimTracker.Web.Setup;

namespace ClaimTracker.Web.Api;

/// <summary>
/// Exports over HTTP: the statement list as CSV and the desk's notes as one W3C AnnotationCollection, each for the
/// statement list's own filter (read by <see cref="StatementFilter.Parse"/>, so the list page's URL works as is).
/// </summary>
public static class ExportApi
{
    /// <summary>Paging names the CSV refuses: it always holds every matching statement.</summary>
    private static readonly string[] ListPagingNames =
        [StatementFilter.Names.Page, StatementFilter.Names.PageSize, StatementFilter.Names.After];

    public const string AnnotationMediaType = "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"";

    public static void MapExportApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").AddEndpointFilter<ApiProblems>();

        api.MapGet("/statements.csv", StatementsCsvAsync)
            .WithName("ExportStatementsCsv")
            .WithSummary("The statement list as CSV")
            .WithDescription("Every statement the filter matches (the same parameters as GET /api/statements, without paging), " +
                "streamed as UTF-8 CSV with a byte order mark and a header row. Cells that a spreadsheet would run as a formula " +
                "get a leading single quote (see the README, Exports).")
            .WithStatementFilter(paging: false)
            .MembersOnly()
            .WithTags(ApiDescription.ExportsTag)
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .ProducesValidationProblem();

        api.MapGet("/annotations", DeskAnnotationsAsync)
            .WithName("ExportDeskAnnotations")
            .WithSummary("The desk's annotations as a W3C AnnotationCollection")
            .WithDescription("Notes and replies on the statements the filter matches (the parameters of GET /api/statements). " +
                "Without 'after': the AnnotationCollection with its total and first AnnotationPage embedded; each page names " +
                "the next in 'next'. 'pageSize' counts annotated statements per page.")
            .WithStatementFilter(paging: true)
            .MembersOnly()
            .WithTags(ApiDescription.ExportsTag)
            .Produces<JsonLdDocument>(StatusCodes.Status200OK, "application/ld+json")
            .ProducesValidationProblem();
    }

    private static async Task<IResult> StatementsCsvAsync(HttpContext http, IServiceScopeFactory scopes, TimeProvider clock)
    {
        var filter = StatementFilter.Parse(http.Request.QueryString.Value).Query;
        if (ListPagingNames.FirstOrDefault(http.Request.Query.ContainsKey) is { } paging)
        {
            throw RequestValidationException.For(paging,
                $"The CSV holds every statement the filter matches; leave out '{paging}'.");
        }
        var request = new ExportStatements(filter);
        // The first page before any byte is written: a refusal (not signed in, a bad filter) is still a ProblemDetails.
        var first = await OperationScope.SendAs(scopes, http.User, request, http.RequestAborted);

        http.Response.ContentType = StatementCsv.ContentType;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{StatementCsv.FileName(clock.GetUtcNow().UtcDateTime)}\"";
        http.Response.Headers.CacheControl = "no-store";
        await using var writer = new StreamWriter(http.Response.Body, StatementCsv.Encoding, bufferSize: 16 * 1024);
        await StatementCsv.WriteAsync(writer, first, request,
            (next, cancel) => OperationScope.SendAs(scopes, http.User, next, cancel), http.RequestAborted);
        return Results.Empty;
    }

    private static async Task<IResult> DeskAnnotationsAsync(HttpContext http, IServiceScopeFactory scopes)
    {
        var address = StatementFilter.Parse(http.Request.QueryString.Value);
        var baseUri = http.RequestServices.GetRequiredService<PublicBaseUrl>().For(http.Request);
        var request = new ExportDeskAnnotations(address.Query, baseUri)
        {
            PageSize = address.Query.PageSize,
            After = address.Query.After,
            PageNumber = address.Page,
        };
        var document = await OperationScope.SendAs(scopes, http.User, request, http.RequestAborted);
        return Results.Text(document.ToJsonString(), AnnotationMediaType);
    }
}

/// <summary>A JSON-LD document in the W3C Web Annotation vocabulary, as the API document describes it (its other members vary by type).</summary>
public sealed record JsonLdDocument
{
    [JsonPropertyName("@context")]
    public string Context { get; init; } = "http://www.w3.org/ns/anno.jsonld";

    [JsonPropertyName("id")]
    public string Id { get; init; } = "";

    /// <summary>AnnotationCollection or AnnotationPage.</summary>
    [JsonPropertyName("type")]
    public string Type { get; init; } = "";
}

/// <summary>The ClaimReview feed as the API document describes it: a schema.org DataFeed (its items are ClaimReviews).</summary>
public sealed record ClaimReviewFeedDocument
{
    [JsonPropertyName("@type")]
    public string Type { get; init; } = "DataFeed";

    [JsonPropertyName("url")]
    public string Url { get; init; } = "";

    /// <summary>schema.org ClaimReview objects, as embedded in each fact-check page.</summary>
    [JsonPropertyName("dataFeedElement")]
    public IReadOnlyList<object> DataFeedElement { get; init; } = [];

    /// <summary>The next page's address; absent on the last page.</summary>
    [JsonPropertyName("next")]
    public string? Next { get; init; }
}
