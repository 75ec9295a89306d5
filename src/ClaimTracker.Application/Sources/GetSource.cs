using AutoMapper;
using AutoMapper.QueryableExtensions;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Sources;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Sources;

/// <summary>One source with everything needed to show or edit it.</summary>
[AllowedRoles(RoleSet.Readers)]
public sealed record GetSource(int Id) : IQuery<SourceDetails>;

public sealed record SourceDetails
{
    public int Id { get; init; }
    public string Outlet { get; init; } = "";
    public string Headline { get; init; } = "";
    public string? Authors { get; init; }
    public DateOnly? PublishedOn { get; init; }
    public DatePrecision PublishedPrecision { get; init; }
    public string? Url { get; init; }
    public SourceKind Kind { get; init; }
    public string? Note { get; init; }
    public Guid Version { get; init; }
    public int StatementCount { get; init; }
    public SourceCan Can { get; init; } = SourceCan.Nothing;
}

public sealed class SourceDetailsProfile : Profile
{
    public SourceDetailsProfile()
    {
        CreateMap<Source, SourceDetails>()
            .ForMember(d => d.StatementCount, o => o.MapFrom(s => s.Statements.Count))
            .ForMember(d => d.Can, o => o.Ignore());
    }
}

internal sealed class GetSourceHandler(IClaimTrackerDb db, IConfigurationProvider mapping, IPermissions permissions)
    : IRequestHandler<GetSource, SourceDetails>
{
    public async Task<SourceDetails> Handle(GetSource request, CancellationToken cancellationToken)
    {
        var source = await db.Sources.AsNoTracking()
            .Where(s => s.Id == request.Id)
            .ProjectTo<SourceDetails>(mapping)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Source", request.Id);
        return source with { Can = permissions.ForSource() };
    }
}
