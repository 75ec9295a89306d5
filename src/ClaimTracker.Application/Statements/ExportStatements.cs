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

/// <summary>
/// Every statement a <see cref="StatementFilter"/> matches, with what an export needs (speaker, role, source, our
/// published verdict, topics, links), one page at a time by keyset (date, id): the CSV export asks page after page and
/// writes each as it comes, so nothing holds the whole list. A search is listed by date, never best match first:
/// ranking pages costs more the deeper they go, and an export reads to the end.
/// </summary>
[AllowedRoles(RoleSet.Readers)]
public sealed record ExportStatements : StatementFilter, IQuery<Page<StatementRecord>>
{
    public const int MaxPageSize = 1000;
    public const int DefaultPageSize = 500;

    public ExportStatements()
    {
    }

    /// <summary>The first page of the statements <paramref name="filter"/> matches.</summary>
    public ExportStatements(StatementFilter filter) : base(filter.FilterOnly())
    {
    }

    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>The <see cref="Page{T}.NextCursor"/> of the previous page.</summary>
    public string? After { get; init; }

    /// <summary>Oldest first when the filter asks for it; newest first otherwise (best match reads as newest).</summary>
    public bool OldestFirst => Sort == StatementSort.Oldest;
}

/// <summary>One statement as an export writes it.</summary>
public sealed record StatementRecord
{
    public int Id { get; init; }
    public string Quote { get; init; } = "";
    public QuoteKind QuoteKind { get; init; }
    public string SpeakerName { get; init; } = "";
    /// <summary>The role as recorded, else the dated role the speaker held that day (<see cref="Statement.RoleHeld"/>).</summary>
    public string? SpeakerRole { get; init; }
    public string? OnBehalfOfName { get; init; }
    public DateOnly SaidOn { get; init; }
    public DatePrecision SaidOnPrecision { get; init; }
    public string? Venue { get; init; }
    public string SourceOutlet { get; init; } = "";
    public string SourceHeadline { get; init; } = "";
    public string? SourceUrl { get; init; }
    /// <summary>Our verdict once published (its corrected rating after a correction); null while unrated or in progress.</summary>
    public Rating? Verdict { get; init; }
    public IReadOnlyList<string> Topics { get; init; } = [];
    public IReadOnlyList<StatementRecordLink> Links { get; init; } = [];
    /// <summary>Verdicts by other publishers (imported, read-only), by publisher name then date.</summary>
    public IReadOnlyList<StatementRecordReview> OtherVerdicts { get; init; } = [];
}

/// <summary>Another publisher's verdict: their label as they wrote it, and our rating for it (null: not mapped yet).</summary>
public sealed record StatementRecordReview(string Publisher, string Label, Rating? Rating);

/// <summary>A link seen from the exported statement: "rebuts 12" (outgoing) or "rebutted by 15" (incoming).</summary>
public sealed record StatementRecordLink(LinkRelation Relation, LinkDirection Direction, int StatementId);

public sealed class StatementRecordProfile : Profile
{
    public StatementRecordProfile()
    {
        CreateMap<Statement, StatementRecord>()
            .ForMember(d => d.SpeakerRole, o => o.MapFrom(Statement.RoleHeld))
            .ForMember(d => d.OnBehalfOfName, o => o.MapFrom(s => s.OnBehalfOf != null ? s.OnBehalfOf.Name : null))
            .ForMember(d => d.Verdict, o => o.MapFrom(s =>
                s.Review != null && s.Review.Status == ReviewStatus.Published ? s.Review.Rating : (Rating?)null))
            .ForMember(d => d.Topics, o => o.MapFrom(s => s.Topics.OrderBy(t => t.Name).Select(t => t.Name)))
            // Both directions, and other publishers' verdicts, are read in one query each per page by the handler.
            .ForMember(d => d.Links, o => o.Ignore())
            .ForMember(d => d.OtherVerdicts, o => o.Ignore());
    }
}

public sealed class ExportStatementsValidator : AbstractValidator<ExportStatements>
{
    public ExportStatementsValidator()
    {
        Include(new StatementFilterValidator());
        RuleFor(q => q.PageSize).InclusiveBetween(1, ExportStatements.MaxPageSize)
            .WithMessage($"Page size must be between 1 and {ExportStatements.MaxPageSize}.");
        RuleFor(q => q.After).Must(c => Cursor.IsValid(c, Cursor.IsDay, Cursor.IsId))
            .WithMessage("The page cursor is not valid; start again from the first page.");
    }
}

internal sealed class ExportStatementsHandler(IClaimTrackerDb db, IStatementTextSearch textSearch, SearchTuning tuning, IConfigurationProvider mapping)
    : IRequestHandler<ExportStatements, Page<StatementRecord>>
{
    public async Task<Page<StatementRecord>> Handle(ExportStatements request, CancellationToken cancellationToken)
    {
        var query = request.Apply(db.Statements.AsNoTracking(), db.Reviews.AsNoTracking());
        var search = SearchQuery.Parse(request.Search);
        if (!search.IsEmpty)
        {
            query = await new StatementListSearch(db, textSearch, tuning).MatchingAsync(query, search, cancellationToken);
        }

        var newest = !request.OldestFirst;
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

        // Keys first, then the records by key: a search joins the statements to the full-text index, which has no
        // key of its own, so the records' collections (topics) cannot be projected from that query directly.
        var keys = await query.Take(request.PageSize + 1).Select(s => s.Id).ToListAsync(cancellationToken);
        var byId = (await db.Statements.AsNoTracking().Where(s => keys.Contains(s.Id))
            .ProjectTo<StatementRecord>(mapping)
            .AsSplitQuery()
            .ToListAsync(cancellationToken)).ToDictionary(r => r.Id);
        var rows = keys.Select(id => byId[id]).ToList();
        var page = Page.From(rows, request.PageSize, last => Cursor.Encode(last.SaidOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), last.Id));

        var ids = page.Items.Select(r => r.Id).ToList();
        var links = await db.StatementLinks.AsNoTracking()
            .Where(l => ids.Contains(l.FromStatementId) || ids.Contains(l.ToStatementId))
            .Select(l => new { l.FromStatementId, l.ToStatementId, l.Relation, l.Id })
            .OrderBy(l => l.Id)
            .ToListAsync(cancellationToken);
        var outgoing = links.ToLookup(l => l.FromStatementId, l => new StatementRecordLink(l.Relation, LinkDirection.Outgoing, l.ToStatementId));
        var incoming = links.ToLookup(l => l.ToStatementId, l => new StatementRecordLink(l.Relation, LinkDirection.Incoming, l.FromStatementId));
        var reviews = (await db.OutsideReviews.AsNoTracking()
            .Where(r => ids.Contains(r.StatementId))
            .OrderBy(r => r.Publisher.Name).ThenBy(r => r.ReviewedOn).ThenBy(r => r.Id)
            .Select(r => new { r.StatementId, Review = new StatementRecordReview(r.Publisher.Name, r.Label, r.Rating) })
            .ToListAsync(cancellationToken))
            .ToLookup(r => r.StatementId, r => r.Review);
        return page with
        {
            Items = page.Items.Select(r => r with { Links = [.. outgoing[r.Id], .. incoming[r.Id]], OtherVerdicts = [.. reviews[r.Id]] }).ToList(),
        };
    }
}
