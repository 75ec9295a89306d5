using System.Globalization;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Search;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Statements;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Statements;

public enum StatementSort
{
    Newest = 0,
    Oldest = 1,
    /// <summary>Best match first when searching (newest first otherwise).</summary>
    Relevance = 2,
}

/// <summary>Narrows a link-kind filter: which end of the link the statement is on, and whose words are at the other end.</summary>
public enum LinkScope
{
    /// <summary>A link of the kind in either direction.</summary>
    Any = 0,
    /// <summary>Another speaker's statement responds to this one ("rebutted by others").</summary>
    FromOthers = 1,
    /// <summary>This statement responds to another ("repeats an earlier claim").</summary>
    Outgoing = 2,
    /// <summary>The statement at the other end is by the same speaker ("contradicts their own words").</summary>
    OwnWords = 3,
}

/// <summary>
/// Statements matching a <see cref="StatementFilter"/>, one page at a time. Paged by keyset (date, id), so page
/// 1,000 costs what page 1 costs.
/// </summary>
[AllowedRoles(RoleSet.Readers)]
public sealed record ListStatements : StatementFilter, IQuery<Page<StatementSummary>>
{
    public ListStatements()
    {
    }

    /// <summary>The first page of the statements <paramref name="filter"/> matches.</summary>
    public ListStatements(StatementFilter filter) : base(filter)
    {
    }

    public int PageSize { get; init; } = Cursor.DefaultPageSize;
    /// <summary>The <see cref="Page{T}.NextCursor"/> of the previous page.</summary>
    public string? After { get; init; }
}

public sealed record StatementSummary
{
    public int Id { get; init; }
    public string Quote { get; init; } = "";
    public QuoteKind QuoteKind { get; init; }
    public int SpeakerId { get; init; }
    public string SpeakerName { get; init; } = "";
    public string? SpeakerRole { get; init; }
    public DateOnly SaidOn { get; init; }
    public DatePrecision SaidOnPrecision { get; init; }
    public string SourceOutlet { get; init; } = "";
    public Rating? Verdict { get; init; }
    public ReviewStatus? ReviewStatus { get; init; }
    public int RebuttalCount { get; init; }
    /// <summary>Other organisations' fact-checks of the statement: publisher, their own label, and it on our scale.</summary>
    public IReadOnlyList<OutsideVerdict> OutsideReviews { get; init; } = [];
    /// <summary>Where the statement matched the search, when there is one.</summary>
    public SearchHighlight? Match { get; init; }
}

/// <summary>One outside fact-check as lists and the API show it.</summary>
public sealed record OutsideVerdict
{
    public int PublisherId { get; init; }
    public string PublisherName { get; init; } = "";
    /// <summary>The publisher's label as given.</summary>
    public string Label { get; init; } = "";
    /// <summary>The label on our scale; null while the desk has not mapped it.</summary>
    public Rating? Rating { get; init; }
    public string? Url { get; init; }
    public DateOnly? ReviewedOn { get; init; }
}

public sealed class StatementSummaryProfile : Profile
{
    public StatementSummaryProfile()
    {
        CreateMap<OutsideReview, OutsideVerdict>();
        CreateMap<Statement, StatementSummary>()
            .ForMember(d => d.Verdict, o => o.MapFrom(s => s.Review != null ? s.Review.Rating : (Rating?)null))
            .ForMember(d => d.ReviewStatus, o => o.MapFrom(s => s.Review != null ? s.Review.Status : (ReviewStatus?)null))
            .ForMember(d => d.RebuttalCount, o => o.MapFrom(s => s.IncomingLinks.Count(l => l.Relation == LinkRelation.Rebuts)))
            .ForMember(d => d.Match, o => o.Ignore());
    }
}

public sealed class ListStatementsValidator : AbstractValidator<ListStatements>
{
    public ListStatementsValidator()
    {
        Include(new StatementFilterValidator());
        RuleFor(q => q.PageSize).InclusiveBetween(1, Cursor.MaxPageSize)
            .WithMessage($"Page size must be between 1 and {Cursor.MaxPageSize}.");
        // A best-match list of a very common search is listed by date (StatementListSearch.IsCommonAsync).
        RuleFor(q => q.After).Must((q, c) => Cursor.IsValid(c, Cursor.IsDay, Cursor.IsId)
                || (IsRanked(q) && Cursor.IsValid(c, StatementListSearch.IsRank, Cursor.IsId)))
            .WithMessage("The page cursor is not valid; start again from the first page.");
    }

    internal static bool IsRanked(ListStatements q) =>
        q.Sort == StatementSort.Relevance && SearchQuery.Parse(q.Search).Required.Count > 0;
}

internal sealed class ListStatementsHandler(IClaimTrackerDb db, IStatementTextSearch textSearch, IConfigurationProvider mapping)
    : IRequestHandler<ListStatements, Page<StatementSummary>>
{
    public async Task<Page<StatementSummary>> Handle(ListStatements request, CancellationToken cancellationToken)
    {
        // The filter narrows by everything but the words; the search service finds those (ranked or by date).
        var filtered = request.Apply(db.Statements.AsNoTracking());
        var query = filtered;
        var search = SearchQuery.Parse(request.Search);
        var listSearch = new StatementListSearch(db, textSearch);
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            // A date cursor means the list went by date (a very common search); a score cursor, by best match.
            var byDate = !string.IsNullOrWhiteSpace(request.After) && Cursor.IsValid(request.After, Cursor.IsDay, Cursor.IsId);
            var byScore = !string.IsNullOrWhiteSpace(request.After) && !byDate;
            if (ListStatementsValidator.IsRanked(request) && !byDate && (byScore || !await listSearch.IsCommonAsync(search, cancellationToken)))
            {
                return await listSearch.RankedPageAsync(query, search, request.After, request.PageSize, mapping, cancellationToken);
            }
            query = filtered = await listSearch.MatchingAsync(query, search, cancellationToken);
        }

        var newest = request.Sort != StatementSort.Oldest;
        string? previous = null;
        if (Cursor.Decode(request.After, 2) is [var day, var id])
        {
            var afterDay = DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var afterId = int.Parse(id, CultureInfo.InvariantCulture);
            query = newest
                ? query.Where(s => s.SaidOn < afterDay || (s.SaidOn == afterDay && s.Id < afterId))
                : query.Where(s => s.SaidOn > afterDay || (s.SaidOn == afterDay && s.Id > afterId));
            previous = await PreviousCursorAsync(filtered, newest, afterDay, afterId, request.PageSize, cancellationToken);
        }

        query = newest
            ? query.OrderByDescending(s => s.SaidOn).ThenByDescending(s => s.Id)
            : query.OrderBy(s => s.SaidOn).ThenBy(s => s.Id);

        var rows = await query.Take(request.PageSize + 1)
            .ProjectTo<StatementSummary>(mapping)
            .ToListAsync(cancellationToken);
        if (!search.IsEmpty)
        {
            rows = await listSearch.WithHighlightsAsync(rows, search, cancellationToken);
        }

        return Page.From(rows, request.PageSize, last => CursorOf(last.SaidOn, last.Id)) with { PreviousCursor = previous };
    }

    /// <summary>
    /// The cursor of the page before the one after (<paramref name="afterDay"/>, <paramref name="afterId"/>), so a
    /// page opened from its URL (a reload, a shared link) can still step back. Walks back over the rows on earlier
    /// pages, newest-to-oldest reversed: the row one page size back ends the page before that. Null: the first page.
    /// </summary>
    private static async Task<string?> PreviousCursorAsync(
        IQueryable<Statement> filtered, bool newest, DateOnly afterDay, int afterId, int pageSize, CancellationToken cancellationToken)
    {
        var earlier = newest
            ? filtered.Where(s => s.SaidOn > afterDay || (s.SaidOn == afterDay && s.Id >= afterId))
                .OrderBy(s => s.SaidOn).ThenBy(s => s.Id)
            : filtered.Where(s => s.SaidOn < afterDay || (s.SaidOn == afterDay && s.Id <= afterId))
                .OrderByDescending(s => s.SaidOn).ThenByDescending(s => s.Id);
        var mark = await earlier.Skip(pageSize).Select(s => new { s.SaidOn, s.Id }).FirstOrDefaultAsync(cancellationToken);
        return mark is null ? null : CursorOf(mark.SaidOn, mark.Id);
    }

    private static string CursorOf(DateOnly day, int id) => Cursor.Encode(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), id);
}
