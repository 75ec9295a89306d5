using System.Globalization;
using ClaimTracker.Application.Annotations;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Publishers;
using ClaimTracker.Application.Reviews;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Stats;
using ClaimTracker.Application.Stats.ReadModel;
using ClaimTracker.Domain.Speakers;
using ClaimTracker.Web.Dispatch;
using ClaimTracker.Web.Setup;
using MediatR;

namespace ClaimTracker.Web.Api;

/// <summary>
/// The read-only JSON API. Each endpoint sends the same query the UI sends, so the pipeline's authorization and
/// validation apply unchanged. Nothing is bound by the framework: query strings are read by
/// <see cref="StatementFilter.Parse"/> and <see cref="QueryParameters"/> (the statement list page's own reader), and
/// ids by <see cref="RecordId"/>, so a wrong type gets a 400 or 404 ProblemDetails naming the value, in every
/// environment, instead of the framework's bare 400 or its developer exception page.
/// </summary>
public static class ReadApi
{
    private static readonly string[] SpeakerParameters = ["q", "kind", "pageSize", "after"];
    private static readonly string[] StatsParameters = [PublisherFilter.ParameterName, "from", "to", "top"];
    private static readonly string[] FeedParameters = ["pageSize", "after"];

    public static void MapReadApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").AddEndpointFilter<ApiProblems>();

        api.MapGet("/statements", (HttpContext http, IServiceScopeFactory scopes) =>
            Send(http, scopes, StatementFilter.Parse(http.Request.QueryString.Value).Query))
            .WithName("ListStatements")
            .WithTags(ApiDescription.StatementsTag)
            .WithSummary("Statements matching a filter, one page at a time")
            .WithDescription("Takes the statement list page's own URL parameters. Paged by keyset: pass the page's nextCursor as 'after'.")
            .WithStatementFilter(paging: true)
            .MembersOnly()
            .Produces<Page<StatementSummary>>()
            .ProducesValidationProblem();
        api.MapGet("/statements/{id}", (string id, HttpContext http, IServiceScopeFactory scopes) =>
            Send(http, scopes, new GetStatement(RecordId.Parse(id, "Statement"))))
            .WithName("GetStatement")
            .WithTags(ApiDescription.StatementsTag)
            .WithSummary("One statement with its source, our review, other publishers' reviews and links")
            .WithRecordId("statement")
            .MembersOnly()
            .Produces<StatementDetails>();
        // The statement's annotations as a W3C Web Annotation collection (JSON-LD).
        api.MapGet("/statements/{id}/annotations", async (string id, HttpContext http, IServiceScopeFactory scopes) =>
        {
            var baseUri = http.RequestServices.GetRequiredService<PublicBaseUrl>().For(http.Request);
            var request = new ExportAnnotations(RecordId.Parse(id, "Statement"), baseUri);
            var collection = await OperationScope.SendAs(scopes, http.User, request, http.RequestAborted);
            return Results.Text(collection.ToJsonString(), ExportApi.AnnotationMediaType);
        })
            .WithName("ExportStatementAnnotations")
            .WithTags(ApiDescription.StatementsTag)
            .WithSummary("A statement's annotations as a W3C AnnotationCollection (JSON-LD)")
            .WithRecordId("statement")
            .MembersOnly()
            .Produces<JsonLdDocument>(StatusCodes.Status200OK, "application/ld+json");
        api.MapGet("/speakers", (HttpContext http, IServiceScopeFactory scopes) =>
        {
            var p = QueryParameters.Parse(http.Request.QueryString.Value, SpeakerParameters);
            var query = new ListSpeakers
            {
                Search = p.Text("q"),
                Kind = p.OneOf("kind", QueryParameters.NamesOf<SpeakerKind>()),
                PageSize = p.Number("pageSize", "a page size", 1, Cursor.MaxPageSize) ?? Cursor.DefaultPageSize,
                After = p.Text("after"),
            };
            p.ThrowIfInvalid();
            return Send(http, scopes, query);
        })
            .WithName("ListSpeakers")
            .WithTags(ApiDescription.SpeakersTag)
            .WithSummary("Speakers, one page at a time")
            .WithQueryParameters(ApiDescription.SpeakerListParameters())
            .MembersOnly()
            .Produces<Page<SpeakerSummary>>()
            .ProducesValidationProblem();
        api.MapGet("/speakers/{id}", (string id, HttpContext http, IServiceScopeFactory scopes) =>
            Send(http, scopes, new GetSpeaker(RecordId.Parse(id, "Speaker"))))
            .WithName("GetSpeaker")
            .WithTags(ApiDescription.SpeakersTag)
            .WithSummary("One speaker with their roles and counts")
            .WithRecordId("speaker")
            .MembersOnly()
            .Produces<SpeakerDetails>();
        // Every chart of the speaker page in one answer (read model, docs/adr/0014): ?publisher=ours|all|ID&from=&to=&top=
        api.MapGet("/speakers/{id}/stats", (string id, HttpContext http, IServiceScopeFactory scopes) =>
        {
            var speakerId = RecordId.Parse(id, "Speaker");
            var p = QueryParameters.Parse(http.Request.QueryString.Value, StatsParameters);
            var query = new GetSpeakerStats(speakerId)
            {
                Publisher = PublisherFilter.Read(p),
                From = p.Date("from"),
                To = p.Date("to"),
                Top = p.Number("top", "a number of topics and rebutters", 1, 50) ?? 8,
            };
            p.ThrowIfInvalid();
            return Send(http, scopes, query);
        })
            .WithName("GetSpeakerStats")
            .WithTags(ApiDescription.SpeakersTag)
            .WithSummary("Every chart of a speaker's page in one answer")
            .WithRecordId("speaker")
            .WithQueryParameters(ApiDescription.SpeakerStatsParameters())
            .MembersOnly()
            .Produces<SpeakerStats>()
            .ProducesValidationProblem();
        // The public feed of our published fact-checks (schema.org DataFeed of ClaimReviews), for anyone.
        api.MapGet("/claimreviews", async (HttpContext http, IServiceScopeFactory scopes) =>
        {
            var p = QueryParameters.Parse(http.Request.QueryString.Value, FeedParameters);
            var query = new ListClaimReviews(http.RequestServices.GetRequiredService<PublicBaseUrl>().For(http.Request))
            {
                PageSize = p.Number("pageSize", "a page size", 1, Cursor.MaxPageSize) ?? Cursor.DefaultPageSize,
                After = p.Text("after"),
            };
            p.ThrowIfInvalid();
            var feed = await OperationScope.SendAs(scopes, http.User, query, http.RequestAborted);
            if (feed[ListClaimReviews.NextTerm]?.GetValue<string>() is { } next)
            {
                // Also as a Link header (RFC 8288), for clients that page without reading JSON-LD.
                http.Response.Headers.Link = $"<{next}>; rel=\"next\"";
            }
            return Results.Text(feed.ToJsonString(), ClaimReviewMediaType);
        })
            .WithName("ListClaimReviews")
            .WithTags(ApiDescription.FactChecksTag)
            .WithSummary("Our published fact-checks as a schema.org DataFeed of ClaimReviews")
            .WithDescription("Every fact-check the desk has published (never drafts, never outside publishers' verdicts), newest " +
                "publication first, each the same ClaimReview JSON-LD as its public page /fact-checks/{id}. Paged by keyset: " +
                "the page's 'next' member (and its Link header, rel=\"next\") is the next page's address.")
            .WithQueryParameters(ApiDescription.FeedParameters())
            .Anonymous()
            .Produces<ClaimReviewFeedDocument>(StatusCodes.Status200OK, ClaimReviewMediaType)
            .ProducesValidationProblem();
    }

    public const string ClaimReviewMediaType = "application/ld+json";

    private static async Task<IResult> Send<T>(HttpContext http, IServiceScopeFactory scopes, IRequest<T> request) =>
        TypedResults.Ok(await OperationScope.SendAs(scopes, http.User, request, http.RequestAborted));

    /// <summary>An id in a path: anything that is not one of our ids (text, 0, beyond int) names no record, so 404.</summary>
    private static class RecordId
    {
        public static int Parse(string text, string what) =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
                ? id
                : throw new NotFoundException(what, text.Length <= 40 ? text : text[..40] + "…");
    }
}
