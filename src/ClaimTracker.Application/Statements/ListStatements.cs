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
/// Statements matching a search and filters, one page at a time. Paged by keyset (date, id), so page 1,000 costs
/// what page 1 costs.
/// </summary>
[AllowedRoles(Roles.Viewer, Roles.Analyst, Roles.Editor, Roles.Admin)]
public sealed record ListStatements : IQuery<Page<StatementSummary>>
{
    public const int SearchMaxLength = 200;

    public string? Search { get; init; }
    public int? SpeakerId { get; init; }
    public int? TopicId { get; init; }
    public Rating? Verdict { get; init; }
    /// <summary>Only statements no one has rated yet.</summary>
    public bool Unrated { get; init; }
    /// <summary>Only statements whose review is at this stage (Draft, In review, Published).</summary>
    public ReviewStatus? Status { get; init; }
    /// <summary>Only statements with a link of this kind, in either direction.</summary>
    public LinkRelation? LinkKind { get; init; }
    /// <summary>Applies with <see cref="LinkKind"/> only.</summary>
    public LinkScope LinkScope { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public StatementSort Sort { get; init; }
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
    /// <summary>Where the statement matched the search, when there is one.</summary>
    public SearchHighlight? Match { get; init; }
}

public sealed class StatementSummaryProfile : Profile
{
    public StatementSummaryProfile()
    {
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
        RuleFor(q => q.Search).MaximumLength(ListStatements.SearchMaxLength)
            .WithMessage($"Search text can be at most {ListStatements.SearchMaxLength} characters.");
        RuleFor(q => q.PageSize).InclusiveBetween(1, Cursor.MaxPageSize)
            .WithMessage($"Page size must be between 1 and {Cursor.MaxPageSize}.");
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("The end date must not be before the start date.");
        RuleFor(q => q.Verdict).IsInEnum().WithMessage("Unknown verdict.");
        RuleFor(q => q.Status).IsInEnum().WithMessage("Unknown review status.");
        RuleFor(q => q.LinkKind).IsInEnum().WithMessage("Unknown link kind.");
        RuleFor(q => q.LinkScope).IsInEnum().WithMessage("Unknown link scope.");
        RuleFor(q => q.Sort).IsInEnum().WithMessage("Unknown sort order.");
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
        var query = Filter(db.Statements.AsNoTracking(), request);
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
            query = await listSearch.MatchingAsync(query, search, cancellationToken);
        }

        var newest = request.Sort != StatementSort.Oldest;
        if (Cursor.Decode(request.After, 2) is [var day, var id])
        {
            var afterDay = DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var afterId = int.Parse(id, CultureInfo.InvariantCulture);
            query = newest
                ? query.Where(s => s.SaidOn < afterDay || (s.SaidOn == afterDay && s.Id < afterId))
                : query.Where(s => s.SaidOn > afterDay || (s.SaidOn == afterDay && s.Id > afterId));
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

        return Page.From(rows, request.PageSize,
            last => Cursor.Encode(last.SaidOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), last.Id));
    }

    private IQueryable<Statement> Filter(IQueryable<Statement> query, ListStatements request)
    {
        if (request.SpeakerId is { } speakerId)
        {
            query = query.Where(s => s.SpeakerId == speakerId || s.OnBehalfOfId == speakerId);
        }
        if (request.TopicId is { } topicId)
        {
            query = query.Where(s => s.Topics.Any(t => t.Id == topicId));
        }
        if (request.Verdict is { } verdict)
        {
            query = query.Where(s => s.Review != null && s.Review.Rating == verdict);
        }
        if (request.Status is { } status)
        {
            query = query.Where(s => s.Review != null && s.Review.Status == status);
        }
        if (request.Unrated)
        {
            query = query.Where(s => s.Review == null);
        }
        if (request.LinkKind is { } kind)
        {
            query = request.LinkScope switch
            {
                LinkScope.FromOthers => query.Where(s => s.IncomingLinks.Any(l => l.Relation == kind && l.FromStatement.SpeakerId != s.SpeakerId)),
                LinkScope.Outgoing => query.Where(s => s.OutgoingLinks.Any(l => l.Relation == kind)),
                LinkScope.OwnWords => query.Where(s =>
                    s.OutgoingLinks.Any(l => l.Relation == kind && l.ToStatement.SpeakerId == s.SpeakerId)
                    || s.IncomingLinks.Any(l => l.Relation == kind && l.FromStatement.SpeakerId == s.SpeakerId)),
                _ => query.Where(s => s.OutgoingLinks.Any(l => l.Relation == kind) || s.IncomingLinks.Any(l => l.Relation == kind)),
            };
        }
        if (request.From is { } from)
        {
            query = query.Where(s => s.SaidOn >= from);
        }
        if (request.To is { } to)
        {
            query = query.Where(s => s.SaidOn <= to);
        }
        return query;
    }
}
