using AutoMapper;
using AutoMapper.QueryableExtensions;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Speakers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Speakers;

/// <summary>
/// A speaker with dated roles and a count of what they said. Their statements over time come from
/// <see cref="Statements.ListStatements"/> filtered by speaker, page by page.
/// </summary>
[AllowedRoles(RoleSet.Readers)]
public sealed record GetSpeaker(int Id) : IQuery<SpeakerDetails>;

public sealed record SpeakerDetails
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public SpeakerKind Kind { get; init; }
    public string? Country { get; init; }
    public string? Affiliation { get; init; }
    public string? Aliases { get; init; }
    /// <summary>A web page that identifies the speaker; published as sameAs on our ClaimReviews.</summary>
    public string? ReferenceUrl { get; init; }
    public Guid Version { get; init; }
    public IReadOnlyList<SpeakerRoleItem> Roles { get; init; } = [];
    public int StatementCount { get; init; }
    /// <summary>Statements others made on this body's behalf (a spokesman for a ministry).</summary>
    public int OnBehalfCount { get; init; }
    public DateOnly? FirstSaidOn { get; init; }
    public DateOnly? LastSaidOn { get; init; }
    public SpeakerCan Can { get; init; } = SpeakerCan.Nothing;
}

public sealed record SpeakerRoleItem(string Title, DateOnly? From, DateOnly? To);

public sealed class SpeakerDetailsProfile : Profile
{
    public SpeakerDetailsProfile()
    {
        CreateMap<Speaker, SpeakerDetails>()
            .ForMember(d => d.Roles, o => o.MapFrom(s => s.Roles.OrderBy(r => r.From)))
            .ForMember(d => d.StatementCount, o => o.MapFrom(s => s.Statements.Count))
            .ForMember(d => d.OnBehalfCount, o => o.Ignore())
            .ForMember(d => d.Can, o => o.Ignore())
            .ForMember(d => d.FirstSaidOn, o => o.MapFrom(s => s.Statements.Min(st => (DateOnly?)st.SaidOn)))
            .ForMember(d => d.LastSaidOn, o => o.MapFrom(s => s.Statements.Max(st => (DateOnly?)st.SaidOn)));
        CreateMap<SpeakerRole, SpeakerRoleItem>();
    }
}

internal sealed class GetSpeakerHandler(IClaimTrackerDb db, IConfigurationProvider mapping, IPermissions permissions)
    : IRequestHandler<GetSpeaker, SpeakerDetails>
{
    public async Task<SpeakerDetails> Handle(GetSpeaker request, CancellationToken cancellationToken)
    {
        var speaker = await db.Speakers.AsNoTracking()
            .Where(s => s.Id == request.Id)
            .ProjectTo<SpeakerDetails>(mapping)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Speaker", request.Id);
        var onBehalf = await db.Statements.CountAsync(s => s.OnBehalfOfId == request.Id, cancellationToken);
        return speaker with { OnBehalfCount = onBehalf, Can = permissions.ForSpeaker() };
    }
}
