using AutoMapper;
using AutoMapper.QueryableExtensions;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Annotations;
using ClaimTracker.Domain.Statements;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Annotations;

/// <summary>
/// The notes on a statement's quote with their reply threads, each span found again in the quote as it reads now.
/// A span whose words are no longer in the quote is returned as orphaned rather than dropped.
/// </summary>
[AllowedRoles(RoleSet.Readers)]
public sealed record ListAnnotations(int StatementId) : IQuery<StatementAnnotations>;

public sealed record StatementAnnotations(string Quote, IReadOnlyList<AnnotationThread> Threads);

public sealed record AnnotationThread
{
    public int Id { get; init; }
    public AnnotationKind Kind { get; init; }
    public string? Body { get; init; }
    public string? TagName { get; init; }
    public string? TagColor { get; init; }
    public int? LinkId { get; init; }
    public int? LinkedStatementId { get; init; }
    public LinkRelation? LinkRelation { get; init; }
    public string? Exact { get; init; }
    public string? Prefix { get; init; }
    public string? Suffix { get; init; }
    public int? Start { get; init; }
    public int? End { get; init; }
    public bool IsOrphaned { get; init; }
    public bool Resolved { get; init; }
    public string? OwnerId { get; init; }
    public string? OwnerName { get; init; }
    public DateTime CreatedAtUtc { get; init; }
    public Guid Version { get; init; }
    public IReadOnlyList<AnnotationReply> Replies { get; init; } = [];
    public AnnotationCan Can { get; init; } = AnnotationCan.Nothing;
}

public sealed record AnnotationReply
{
    public int Id { get; init; }
    public int? ParentId { get; init; }
    public string? Body { get; init; }
    public string? OwnerId { get; init; }
    public string? OwnerName { get; init; }
    public DateTime CreatedAtUtc { get; init; }
    public Guid Version { get; init; }
    public AnnotationCan Can { get; init; } = AnnotationCan.Nothing;
}

public sealed class AnnotationThreadProfile : Profile
{
    public AnnotationThreadProfile()
    {
        CreateMap<Annotation, AnnotationThread>()
            .ForMember(d => d.LinkedStatementId, o => o.MapFrom(a => a.Link != null ? a.Link.ToStatementId : (int?)null))
            .ForMember(d => d.LinkRelation, o => o.MapFrom(a => a.Link != null ? a.Link.Relation : (LinkRelation?)null))
            .ForMember(d => d.IsOrphaned, o => o.Ignore())
            .ForMember(d => d.Replies, o => o.Ignore())
            .ForMember(d => d.Can, o => o.Ignore());
        CreateMap<Annotation, AnnotationReply>()
            .ForMember(d => d.Can, o => o.Ignore());
    }
}

internal sealed class ListAnnotationsHandler(IClaimTrackerDb db, IConfigurationProvider mapping, IPermissions permissions)
    : IRequestHandler<ListAnnotations, StatementAnnotations>
{
    public const int MaxThreads = 200;
    public const int MaxReplies = 1000;

    public async Task<StatementAnnotations> Handle(ListAnnotations request, CancellationToken cancellationToken)
    {
        var quote = await db.Statements.AsNoTracking().Where(s => s.Id == request.StatementId).Select(s => s.Quote)
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Statement", request.StatementId);

        var annotations = db.Annotations.AsNoTracking().Where(a => a.StatementId == request.StatementId);
        var threads = await annotations.Where(a => a.ParentId == null)
            .OrderBy(a => a.Start).ThenBy(a => a.Id)
            .Take(MaxThreads)
            .ProjectTo<AnnotationThread>(mapping)
            .ToListAsync(cancellationToken);
        var replies = (await annotations.Where(a => a.ParentId != null)
            .OrderBy(a => a.Id)
            .Take(MaxReplies)
            .ProjectTo<AnnotationReply>(mapping)
            .ToListAsync(cancellationToken)).ToLookup(r => r.ParentId);

        var anchored = threads.Select(t =>
        {
            var span = t.Exact is null ? null : TextAnchor.Locate(quote, t.Exact, t.Prefix, t.Suffix, t.Start);
            return t with
            {
                Start = span?.Start,
                End = span?.End,
                IsOrphaned = t.Exact is not null && span is null,
                Replies = replies[t.Id].Select(r => r with { Can = permissions.ForAnnotation(r.OwnerId) }).ToList(),
                Can = permissions.ForAnnotation(t.OwnerId),
            };
        }).ToList();
        return new StatementAnnotations(quote, anchored);
    }
}
