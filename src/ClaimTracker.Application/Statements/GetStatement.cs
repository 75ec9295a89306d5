using AutoMapper;
using AutoMapper.QueryableExtensions;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Publishers;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Sources;
using ClaimTracker.Domain.Statements;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Statements;

/// <summary>One statement with its source, our review, other publishers' reviews and every link in both directions.</summary>
[AllowedRoles(RoleSet.Readers)]
public sealed record GetStatement(int Id) : IQuery<StatementDetails>;

public enum LinkDirection
{
    /// <summary>This statement responds to the linked one ("this rebuts that").</summary>
    Outgoing = 0,
    /// <summary>The linked statement responds to this one ("rebutted by that").</summary>
    Incoming = 1,
}

public sealed record StatementDetails
{
    public int Id { get; init; }
    public string Quote { get; init; } = "";
    public QuoteKind QuoteKind { get; init; }
    public int SpeakerId { get; init; }
    public string SpeakerName { get; init; } = "";
    public string? SpeakerRole { get; init; }
    public int? OnBehalfOfId { get; init; }
    public string? OnBehalfOfName { get; init; }
    public DateOnly SaidOn { get; init; }
    public DatePrecision SaidOnPrecision { get; init; }
    public string? Venue { get; init; }
    public string? Context { get; init; }
    public SourceSummary Source { get; init; } = null!;
    public IReadOnlyList<string> Topics { get; init; } = [];
    public ReviewDetails? Review { get; init; }

    /// <summary>Other organisations' fact-checks of these words, by publisher name (read-only records).</summary>
    public IReadOnlyList<OutsideReviewDetails> OutsideReviews { get; init; } = [];

    public Guid Version { get; init; }
    public IReadOnlyList<LinkedStatement> Links { get; init; } = [];

    /// <summary>
    /// Our published verdict and the outside reviews' mapped ratings fall on different sides of the scale
    /// (<see cref="VerdictSides"/>). Our draft or a verdict in review is not a finding yet, so it never disagrees.
    /// </summary>
    public bool PublishersDisagree => VerdictSides.Disagree(
        OutsideReviews.Select(o => o.Rating).Append(Review is { Status: ReviewStatus.Published } ours ? ours.Rating : null));

    /// <summary>What the member who asked may do with this statement and its review.</summary>
    public StatementCan Can { get; init; } = StatementCan.Nothing;
}

public sealed record SourceSummary
{
    public int Id { get; init; }
    public string Outlet { get; init; } = "";
    public string Headline { get; init; } = "";
    public string? Authors { get; init; }
    public DateOnly? PublishedOn { get; init; }
    public DatePrecision PublishedPrecision { get; init; }
    public string? Url { get; init; }
    public SourceKind Kind { get; init; }
}

public sealed record ReviewDetails
{
    public Rating Rating { get; init; }
    public ReviewStatus Status { get; init; }
    public string Rationale { get; init; } = "";
    public string? OwnerId { get; init; }
    public string? OwnerName { get; init; }
    public DateTime? PublishedAtUtc { get; init; }
    public string? PublishedBy { get; init; }
    public DateTime? CorrectedAtUtc { get; init; }
    public Guid Version { get; init; }
    public IReadOnlyList<EvidenceItem> Evidence { get; init; } = [];

    /// <summary>Each publication and correction, oldest first.</summary>
    public IReadOnlyList<ReviewRevisionItem> Revisions { get; init; } = [];
}

/// <summary>Another organisation's fact-check: who, its own label as given, that label on our scale, when and where.</summary>
public sealed record OutsideReviewDetails
{
    public int Id { get; init; }
    public int PublisherId { get; init; }
    public string PublisherName { get; init; } = "";
    public string? PublisherSite { get; init; }

    /// <summary>The publisher's label as given ("Pants on Fire").</summary>
    public string Label { get; init; } = "";

    /// <summary>The label on our scale through the publisher's mapping; null while the desk has not mapped it.</summary>
    public Rating? Rating { get; init; }

    public DateOnly? ReviewedOn { get; init; }
    public string? Url { get; init; }
    public string? Title { get; init; }
    public string? LanguageCode { get; init; }
}

public sealed record ReviewRevisionItem
{
    public ReviewEvent Event { get; init; }
    public Rating Rating { get; init; }
    public string Rationale { get; init; } = "";
    public string? Note { get; init; }
    public DateTime AtUtc { get; init; }
    public string? By { get; init; }
}

public sealed record EvidenceItem
{
    public string Title { get; init; } = "";
    public string? StatementQuote { get; init; }
    public string? Url { get; init; }
    public int? StatementId { get; init; }
    public EvidenceStance Stance { get; init; }
}

/// <summary>The statement at the other end of a link, seen from the statement being shown.</summary>
public sealed record LinkedStatement
{
    public int LinkId { get; init; }
    public LinkRelation Relation { get; init; }
    public LinkDirection Direction { get; init; }
    public string? Note { get; init; }
    public int StatementId { get; init; }
    public string Quote { get; init; } = "";
    public QuoteKind QuoteKind { get; init; }
    public int SpeakerId { get; init; }
    public string SpeakerName { get; init; } = "";
    public DateOnly SaidOn { get; init; }
    public DatePrecision SaidOnPrecision { get; init; }
}

public sealed class StatementDetailsProfile : Profile
{
    public StatementDetailsProfile()
    {
        CreateMap<Statement, StatementDetails>()
            // The role as recorded; if none was, the dated role the speaker held on that day.
            .ForMember(d => d.SpeakerRole, o => o.MapFrom(Statement.RoleHeld))
            .ForMember(d => d.Topics, o => o.MapFrom(s => s.Topics.OrderBy(t => t.Name).Select(t => t.Name)))
            .ForMember(d => d.OnBehalfOfName, o => o.MapFrom(s => s.OnBehalfOf != null ? s.OnBehalfOf.Name : null))
            // Links are loaded by two separate projections below, one per direction.
            .ForMember(d => d.OutsideReviews, o => o.MapFrom(s => s.OutsideReviews.OrderBy(r => r.Publisher.NameKey).ThenBy(r => r.Id)))
            .ForMember(d => d.Links, o => o.Ignore())
            .ForMember(d => d.Can, o => o.Ignore());
        CreateMap<Source, SourceSummary>();
        CreateMap<OutsideReview, OutsideReviewDetails>();
        CreateMap<Review, ReviewDetails>()
            .ForMember(d => d.Revisions, o => o.MapFrom(r => r.Revisions.OrderBy(v => v.AtUtc).ThenBy(v => v.Id)));
        CreateMap<ReviewRevision, ReviewRevisionItem>();
        CreateMap<Evidence, EvidenceItem>()
            .ForMember(d => d.StatementQuote, o => o.MapFrom(e => e.Statement != null ? e.Statement.Quote : null));
    }
}

internal sealed class GetStatementHandler(IClaimTrackerDb db, IConfigurationProvider mapping, IPermissions permissions)
    : IRequestHandler<GetStatement, StatementDetails>
{
    public const int MaxLinks = 200;

    public async Task<StatementDetails> Handle(GetStatement request, CancellationToken cancellationToken)
    {
        var statement = await db.Statements.AsNoTracking()
            .Where(s => s.Id == request.Id)
            .ProjectTo<StatementDetails>(mapping)
            // One query per collection: in a single query SQLite cannot flatten the topics join on the right of a LEFT
            // JOIN and builds it for every statement in the desk first (1.5 s at a million statements).
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Statement", request.Id);

        var links = db.StatementLinks.AsNoTracking();
        var outgoing = links.Where(l => l.FromStatementId == request.Id).Select(l => new LinkedStatement
        {
            LinkId = l.Id,
            Relation = l.Relation,
            Direction = LinkDirection.Outgoing,
            Note = l.Note,
            StatementId = l.ToStatementId,
            Quote = l.ToStatement.Quote,
            QuoteKind = l.ToStatement.QuoteKind,
            SpeakerId = l.ToStatement.SpeakerId,
            SpeakerName = l.ToStatement.Speaker.Name,
            SaidOn = l.ToStatement.SaidOn,
            SaidOnPrecision = l.ToStatement.SaidOnPrecision,
        });
        var incoming = links.Where(l => l.ToStatementId == request.Id).Select(l => new LinkedStatement
        {
            LinkId = l.Id,
            Relation = l.Relation,
            Direction = LinkDirection.Incoming,
            Note = l.Note,
            StatementId = l.FromStatementId,
            Quote = l.FromStatement.Quote,
            QuoteKind = l.FromStatement.QuoteKind,
            SpeakerId = l.FromStatement.SpeakerId,
            SpeakerName = l.FromStatement.Speaker.Name,
            SaidOn = l.FromStatement.SaidOn,
            SaidOnPrecision = l.FromStatement.SaidOnPrecision,
        });

        // A statement has a handful of links; the cap keeps a pathological one from loading without bound.
        var all = await outgoing.Concat(incoming)
            .OrderBy(l => l.SaidOn).ThenBy(l => l.LinkId)
            .Take(MaxLinks)
            .ToListAsync(cancellationToken);
        return statement with { Links = all, Can = permissions.ForStatement(statement.Review?.Status, statement.Review?.OwnerId) };
    }
}
