using System.Globalization;
using System.Text.Json.Nodes;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Publishers;
using ClaimTracker.Domain.Reviews;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Reviews;

/// <summary>
/// Our published fact-checks as one schema.org <c>DataFeed</c> of ClaimReviews (the public feed
/// <c>/api/claimreviews</c> and <c>export --format claimreview</c>), newest publication first, keyset-paged. Only our
/// desk's <see cref="Review"/>s that are published: outside publishers' verdicts are <c>OutsideReview</c>s and never
/// appear, drafts never. Each item is <see cref="ClaimReviewMarkup"/>'s, the fact-check page's own markup. A page that
/// has a successor names it in <c>next</c> (Hydra's term, declared in the context, since schema.org has none).
/// </summary>
[PublicRequest]
public sealed record ListClaimReviews(Uri BaseUri) : IQuery<JsonObject>
{
    public const string Path = "api/claimreviews";

    /// <summary>Hydra's "next page" link: schema.org has no paging term for a DataFeed.</summary>
    public const string NextTerm = "next";
    public const string NextIri = "http://www.w3.org/ns/hydra/core#next";

    public int PageSize { get; init; } = Cursor.DefaultPageSize;

    /// <summary>The previous page's position: its last publication time (ticks) and statement id.</summary>
    public string? After { get; init; }
}

public sealed class ListClaimReviewsValidator : AbstractValidator<ListClaimReviews>
{
    public ListClaimReviewsValidator()
    {
        RuleFor(q => q.PageSize).InclusiveBetween(1, Cursor.MaxPageSize).WithMessage($"Page size must be between 1 and {Cursor.MaxPageSize}.");
        RuleFor(q => q.After).Must(c => Cursor.IsValid(c, Cursor.IsLong, Cursor.IsId)).WithMessage("The page cursor is not valid; start again from the first page.");
        RuleFor(q => q.BaseUri).Must(u => u.IsAbsoluteUri).WithMessage("The feed's base address must be absolute.");
    }
}

internal sealed class ListClaimReviewsHandler(IClaimTrackerDb db, IConfigurationProvider mapping, DeskOrganisation organisation)
    : IRequestHandler<ListClaimReviews, JsonObject>
{
    public async Task<JsonObject> Handle(ListClaimReviews request, CancellationToken cancellationToken)
    {
        // The same rows as the public list and the fact-check page: published, with the snapshot the public saw.
        var query = db.Reviews.AsNoTracking()
            .Where(r => r.Status == ReviewStatus.Published && r.PublishedAtUtc != null && r.Snapshot != null);
        if (Cursor.Decode(request.After, 2) is [var ticks, var id])
        {
            var at = new DateTime(long.Parse(ticks, CultureInfo.InvariantCulture), DateTimeKind.Utc);
            var afterId = int.Parse(id, CultureInfo.InvariantCulture);
            // One review per statement, so the statement id breaks ties.
            query = query.Where(r => r.PublishedAtUtc < at || (r.PublishedAtUtc == at && r.StatementId < afterId));
        }
        var rows = await query.OrderByDescending(r => r.PublishedAtUtc).ThenByDescending(r => r.StatementId)
            .Take(request.PageSize + 1)
            .ProjectTo<PublishedReview>(mapping)
            .ToListAsync(cancellationToken);
        var page = Page.From(rows, request.PageSize, last =>
            Cursor.Encode((last.PublishedAtUtc ?? default).Ticks.ToString(CultureInfo.InvariantCulture), last.StatementId));

        var items = new JsonArray();
        foreach (var review in page.Items)
        {
            var markup = ClaimReviewMarkup.For(review, organisation, request.BaseUri);
            // The feed's context covers its items.
            markup.Remove("@context");
            items.Add(markup);
        }
        var feed = new JsonObject
        {
            ["@context"] = new JsonArray("https://schema.org",
                new JsonObject { [ListClaimReviews.NextTerm] = new JsonObject { ["@id"] = ListClaimReviews.NextIri, ["@type"] = "@id" } }),
            ["@type"] = "DataFeed",
            ["name"] = $"{organisation.DisplayName} fact-checks",
            ["url"] = new Uri(request.BaseUri, ListClaimReviews.Path).AbsoluteUri,
            ["publisher"] = ClaimReviewMarkup.Organisation(organisation, request.BaseUri),
            ["dataFeedElement"] = items,
        };
        if (page.NextCursor is { } next)
        {
            feed[ListClaimReviews.NextTerm] = NextAddress(request, next);
        }
        return feed;
    }

    private static string NextAddress(ListClaimReviews request, string after) =>
        new Uri(request.BaseUri,
            $"{ListClaimReviews.Path}?pageSize={request.PageSize.ToString(CultureInfo.InvariantCulture)}&after={Uri.EscapeDataString(after)}").AbsoluteUri;
}
