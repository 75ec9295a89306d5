using ClaimTracker.Application.Annotations;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Statements;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Speakers;
using ClaimTracker.Domain.Statements;
using ClaimTracker.Web.Dispatch;
using ClaimTracker.Web.Setup;
using MediatR;

namespace ClaimTracker.Web.Api;

/// <summary>
/// The read-only JSON API. Each endpoint sends the same query the UI sends, so the pipeline's authorization and
/// validation apply unchanged. Query-string values arrive as text and are checked here so a bad value gets a
/// message, not a bare 400.
/// </summary>
public static class ReadApi
{
    public static void MapReadApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").AddEndpointFilter<ApiProblems>();

        api.MapGet("/statements", (HttpContext http, IServiceScopeFactory scopes, [AsParameters] StatementListParameters p) =>
            Send(http, scopes, p.ToQuery()));
        api.MapGet("/statements/{id:int}", (int id, HttpContext http, IServiceScopeFactory scopes) =>
            Send(http, scopes, new GetStatement(id)));
        // The statement's annotations as a W3C Web Annotation collection (JSON-LD).
        api.MapGet("/statements/{id:int}/annotations", async (int id, HttpContext http, IServiceScopeFactory scopes) =>
        {
            var baseUri = http.RequestServices.GetRequiredService<PublicBaseUrl>().For(http.Request);
            var collection = await OperationScope.SendAs(scopes, http.User, new ExportAnnotations(id, baseUri), http.RequestAborted);
            return Results.Text(collection.ToJsonString(), "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"");
        });
        api.MapGet("/speakers", (HttpContext http, IServiceScopeFactory scopes, string? search, string? kind, int? pageSize, string? after) =>
            Send(http, scopes, new ListSpeakers
            {
                Search = search,
                Kind = Parse.Enum<SpeakerKind>(kind, nameof(kind)),
                PageSize = pageSize ?? Cursor.DefaultPageSize,
                After = after,
            }));
        api.MapGet("/speakers/{id:int}", (int id, HttpContext http, IServiceScopeFactory scopes) =>
            Send(http, scopes, new GetSpeaker(id)));
    }

    private static async Task<IResult> Send<T>(HttpContext http, IServiceScopeFactory scopes, IRequest<T> request) =>
        TypedResults.Ok(await OperationScope.SendAs(scopes, http.User, request, http.RequestAborted));

    public sealed class StatementListParameters
    {
        public string? Search { get; init; }
        public int? SpeakerId { get; init; }
        public int? TopicId { get; init; }
        public string? Verdict { get; init; }
        public bool? Unrated { get; init; }
        public string? Status { get; init; }
        public string? LinkKind { get; init; }
        public string? From { get; init; }
        public string? To { get; init; }
        public string? Sort { get; init; }
        public int? PageSize { get; init; }
        public string? After { get; init; }

        public ListStatements ToQuery() => new()
        {
            Search = Search,
            SpeakerId = SpeakerId,
            TopicId = TopicId,
            Verdict = Parse.Enum<Rating>(Verdict, "verdict"),
            Unrated = Unrated ?? false,
            Status = Parse.Enum<ReviewStatus>(Status, "status"),
            LinkKind = Parse.Enum<LinkRelation>(LinkKind, "linkKind"),
            From = Parse.Date(From, "from"),
            To = Parse.Date(To, "to"),
            Sort = Parse.Enum<StatementSort>(Sort, "sort") ?? StatementSort.Newest,
            PageSize = PageSize ?? Cursor.DefaultPageSize,
            After = After,
        };
    }

    private static class Parse
    {
        public static TEnum? Enum<TEnum>(string? value, string field) where TEnum : struct, Enum
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }
            // Names only: "7" must not slip through as an undefined member.
            return System.Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed) && !int.TryParse(value, out _)
                ? parsed
                : throw RequestValidationException.For(field, $"'{value}' is not one of: {string.Join(", ", System.Enum.GetNames<TEnum>())}.");
        }

        public static DateOnly? Date(string? value, string field) =>
            string.IsNullOrWhiteSpace(value) ? null
            : DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d
            : throw RequestValidationException.For(field, $"'{value}' is not a date in the form YYYY-MM-DD.");
    }
}
