using System.Text.Json.Nodes;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Statements;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Statements;
using Microsoft.AspNetCore.Identity;
using Microsoft.OpenApi;

namespace ClaimTracker.Web.Api;

/// <summary>Who may call an /api endpoint, as the API document says it (and a test checks against the answers).</summary>
public sealed record ApiAccess(bool MembersOnly);

/// <summary>
/// The OpenAPI document of the HTTP API (<c>/openapi/v1.json</c>, built by Microsoft.AspNetCore.OpenApi from the
/// endpoints themselves). Our endpoints read their query strings through <see cref="StatementFilter.Parse"/> rather
/// than framework binding, so their parameters are described here, from the filter's own list of names: a name
/// without a description stops the document, so it cannot fall behind the filter. Member-only endpoints carry the
/// sign-in cookie as their security requirement and the 401/403 ProblemDetails answers; anonymous ones carry neither.
/// </summary>
public static class ApiDescription
{
    public const string DocumentName = "v1";
    public const string DocumentPath = "/openapi/v1.json";
    public const string CookieScheme = "signInCookie";
    public const string StatementsTag = "Statements";
    public const string SpeakersTag = "Speakers";
    public const string ExportsTag = "Exports";
    public const string FactChecksTag = "Fact-checks";

    public static IServiceCollection AddApiDescription(this IServiceCollection services) =>
        services.AddOpenApi(DocumentName, o =>
        {
            // The API only: the UI's pages and the account endpoints are not part of it.
            o.ShouldInclude = d => d.RelativePath is { } path && path.StartsWith("api/", StringComparison.Ordinal);
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "ClaimTracker API",
                    Version = DocumentName,
                    Description = "Reads the desk's statements, speakers and annotations, and exports them. Every error is a " +
                        "ProblemDetails JSON answer (application/problem+json). Member-only endpoints need the sign-in cookie " +
                        "of a desk member's browser session.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[CookieScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey,
                    In = ParameterLocation.Cookie,
                    Name = IdentityCookieName,
                    Description = "The cookie a desk member gets by signing in at /Account/Login.",
                };
                return Task.CompletedTask;
            });
            o.AddOperationTransformer((operation, context, _) =>
            {
                var access = context.Description.ActionDescriptor.EndpointMetadata.OfType<ApiAccess>().LastOrDefault();
                if (access?.MembersOnly == true)
                {
                    operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, context.Document)] = [] }];
                }
                return Task.CompletedTask;
            });
        });

    /// <summary>ASP.NET Identity's application cookie, as the browser holds it.</summary>
    public const string IdentityCookieName = ".AspNetCore.Identity.Application";

    /// <summary>Sign-in required: documents the cookie requirement and the 401 (not signed in) and 403 (no desk role) answers.</summary>
    public static RouteHandlerBuilder MembersOnly(this RouteHandlerBuilder endpoint) => endpoint
        .WithMetadata(new ApiAccess(MembersOnly: true))
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden);

    /// <summary>Open to anonymous callers (the public side: published fact-checks).</summary>
    public static RouteHandlerBuilder Anonymous(this RouteHandlerBuilder endpoint) =>
        endpoint.WithMetadata(new ApiAccess(MembersOnly: false));

    /// <summary>A path id: anything that is not one of our ids names no record, so 404.</summary>
    public static RouteHandlerBuilder WithRecordId(this RouteHandlerBuilder endpoint, string what) => endpoint
        .ProducesProblem(StatusCodes.Status404NotFound)
        .AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.Parameters?.OfType<OpenApiParameter>().FirstOrDefault(p => p.Name == "id") is { } id)
            {
                id.Description = $"The {what}'s id (a whole number from 1).";
                id.Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1" };
            }
            return Task.CompletedTask;
        });

    /// <summary>Query parameters read by hand (<see cref="QueryParameters"/>), with their schemas.</summary>
    public static RouteHandlerBuilder WithQueryParameters(this RouteHandlerBuilder endpoint, IEnumerable<OpenApiParameter> parameters)
    {
        var list = parameters.ToList();
        return endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            foreach (var parameter in list)
            {
                operation.Parameters.Add(parameter);
            }
            return Task.CompletedTask;
        });
    }

    /// <summary>The statement list's filter as query parameters; <paramref name="paging"/> adds pageSize, after and page.</summary>
    public static RouteHandlerBuilder WithStatementFilter(this RouteHandlerBuilder endpoint, bool paging) =>
        endpoint.WithQueryParameters(StatementFilterParameters(paging));

    private static readonly string[] PagingNames = [StatementFilter.Names.Page, StatementFilter.Names.PageSize, StatementFilter.Names.After];

    private const string PublisherDescription =
        "Whose verdicts count: ours (the default), all (ours and every outside publisher's), or one publisher's id.";

    /// <summary>Every name <see cref="StatementFilter.Parse"/> reads, described; one it reads but this does not know throws.</summary>
    public static IEnumerable<OpenApiParameter> StatementFilterParameters(bool paging) =>
        StatementFilter.Names.All.Where(n => paging || !PagingNames.Contains(n)).Select(name => name switch
        {
            StatementFilter.Names.Search => Query(name, Text(StatementFilter.SearchMaxLength),
                "Words of the quote, speaker names, topics and context: plain words are all required, \"an exact phrase\", -word leaves out, OR between two words."),
            StatementFilter.Names.Speaker => Query(name, Id(), "Statements the speaker made or that were made on their behalf."),
            StatementFilter.Names.Topic => Query(name, Id(), "Statements with this topic."),
            StatementFilter.Names.Verdict => Query(name, Text(null),
                "Comma-separated verdicts: " + string.Join(", ", Enum.GetNames<Rating>()) + ", inprogress, unrated (published verdicts only count as ratings)."),
            StatementFilter.Names.Status => Query(name, Names<ReviewStatus>(), "Only statements whose review is at this stage."),
            StatementFilter.Names.Link => Query(name, Names<LinkRelation>(), "Only statements with a link of this kind."),
            StatementFilter.Names.LinkScope => Query(name, Names<LinkScope>(), "With 'link': which end of the link, whose words at the other end."),
            StatementFilter.Names.Kind => Query(name, Names<QuoteKind>(), "Direct quotes, paraphrases or reported speech only."),
            StatementFilter.Names.From => Query(name, Day(), "Said on or after this day."),
            StatementFilter.Names.To => Query(name, Day(), "Said on or before this day."),
            StatementFilter.Names.PublishedFrom => Query(name, Day(), "Our verdict published on or after this day (UTC)."),
            StatementFilter.Names.PublishedTo => Query(name, Day(), "Our verdict published on or before this day (UTC)."),
            StatementFilter.Names.Member => Query(name, Text(StatementFilter.MemberMaxLength), "A desk member's user name: statements they worked on."),
            StatementFilter.Names.Work => Query(name, Enumeration(Enum.GetValues<MemberWork>().Where(w => w != MemberWork.Any).Select(w => w.ToString().ToLowerInvariant())),
                "With 'member': which kind of work."),
            StatementFilter.Names.WorkFrom => Query(name, Day(), "With 'member': work done on or after this day (UTC)."),
            StatementFilter.Names.Publisher => Query(name, Text(null), PublisherDescription),
            StatementFilter.Names.Sort => Query(name, Names<StatementSort>(), "Newest (default without a search), Oldest, or Relevance (default with one)."),
            StatementFilter.Names.Page => Query(name, Id(), "The page number shown with 'after' (from 2)."),
            StatementFilter.Names.PageSize => Query(name, new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = Cursor.MaxPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture), Default = Cursor.DefaultPageSize },
                $"Rows per page, 1 to {Cursor.MaxPageSize} (default {Cursor.DefaultPageSize})."),
            StatementFilter.Names.After => Query(name, Text(null), "The previous page's nextCursor: where this page starts."),
            _ => throw new InvalidOperationException($"The statement filter reads '{name}', which the API document does not describe; describe it in ApiDescription."),
        });

    /// <summary>The speaker list's parameters.</summary>
    public static IEnumerable<OpenApiParameter> SpeakerListParameters() =>
    [
        Query("q", Text(null), "Part of a speaker's name or alias."),
        Query("kind", Names<Domain.Speakers.SpeakerKind>(), "Only speakers of this kind."),
        Query("pageSize", new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = Cursor.MaxPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture), Default = Cursor.DefaultPageSize },
            $"Rows per page, 1 to {Cursor.MaxPageSize}."),
        Query("after", Text(null), "The previous page's nextCursor."),
    ];

    /// <summary>The ClaimReview feed's parameters.</summary>
    public static IEnumerable<OpenApiParameter> FeedParameters() =>
    [
        Query("pageSize", new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = Cursor.MaxPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture), Default = Cursor.DefaultPageSize },
            $"ClaimReviews per page, 1 to {Cursor.MaxPageSize} (default {Cursor.DefaultPageSize})."),
        Query("after", Text(null), "Where this page starts; take it from the previous page's 'next' address."),
    ];

    public static IEnumerable<OpenApiParameter> SpeakerStatsParameters() =>
    [
        Query("publisher", Text(null), PublisherDescription),
        Query("from", Day(), "First month counted (any day in it)."),
        Query("to", Day(), "Last month counted (any day in it)."),
        Query("top", new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = "50", Default = 8 },
            "How many topics and rebutters to list, 1 to 50."),
    ];

    private static OpenApiParameter Query(string name, OpenApiSchema schema, string description) => new()
    {
        Name = name,
        In = ParameterLocation.Query,
        Required = false,
        Description = description,
        Schema = schema,
    };

    private static OpenApiSchema Text(int? maxLength) => new() { Type = JsonSchemaType.String, MaxLength = maxLength };

    private static OpenApiSchema Id() => new() { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1" };

    private static OpenApiSchema Day() => new() { Type = JsonSchemaType.String, Format = "date" };

    private static OpenApiSchema Names<TEnum>() where TEnum : struct, Enum => Enumeration(Enum.GetNames<TEnum>());

    private static OpenApiSchema Enumeration(IEnumerable<string> values) => new()
    {
        Type = JsonSchemaType.String,
        Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))],
    };
}
