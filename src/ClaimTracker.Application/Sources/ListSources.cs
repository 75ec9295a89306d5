using System.Globalization;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Sources;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Sources;

/// <summary>Sources, newest first, optionally filtered by outlet or headline; paged by keyset (id).</summary>
[AllowedRoles(RoleSet.Readers)]
public sealed record ListSources : IQuery<Page<SourceListItem>>
{
    public string? Search { get; init; }
    public int PageSize { get; init; } = Cursor.DefaultPageSize;
    public string? After { get; init; }
}

public sealed record SourceListItem
{
    public int Id { get; init; }
    public string Outlet { get; init; } = "";
    public string Headline { get; init; } = "";
    public DateOnly? PublishedOn { get; init; }
    public DatePrecision PublishedPrecision { get; init; }
    public SourceKind Kind { get; init; }
    public int StatementCount { get; init; }
    public SourceCan Can { get; init; } = SourceCan.Nothing;
}

public sealed class SourceListItemProfile : Profile
{
    public SourceListItemProfile()
    {
        CreateMap<Source, SourceListItem>()
            .ForMember(d => d.StatementCount, o => o.MapFrom(s => s.Statements.Count))
            .ForMember(d => d.Can, o => o.Ignore());
    }
}

public sealed class ListSourcesValidator : AbstractValidator<ListSources>
{
    public ListSourcesValidator()
    {
        RuleFor(q => q.Search).MaximumLength(SearchText.MaxLength).WithMessage(SearchText.TooLong);
        RuleFor(q => q.PageSize).InclusiveBetween(1, Cursor.MaxPageSize).WithMessage($"Page size must be between 1 and {Cursor.MaxPageSize}.");
        RuleFor(q => q.After).Must(c => Cursor.IsValid(c, Cursor.IsId)).WithMessage("The page cursor is not valid; start again from the first page.");
    }
}

internal sealed class ListSourcesHandler(IClaimTrackerDb db, IConfigurationProvider mapping, IPermissions permissions)
    : IRequestHandler<ListSources, Page<SourceListItem>>
{
    public async Task<Page<SourceListItem>> Handle(ListSources request, CancellationToken cancellationToken)
    {
        var query = db.Sources.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var pattern = "%" + Like.Escape(request.Search.Trim()) + "%";
            query = query.Where(s => EF.Functions.Like(s.Outlet, pattern, Like.EscapeCharacter)
                || EF.Functions.Like(s.Headline, pattern, Like.EscapeCharacter));
        }
        if (Cursor.Decode(request.After, 1) is [var id])
        {
            var afterId = int.Parse(id, CultureInfo.InvariantCulture);
            query = query.Where(s => s.Id < afterId);
        }
        var rows = await query.OrderByDescending(s => s.Id)
            .Take(request.PageSize + 1)
            .ProjectTo<SourceListItem>(mapping)
            .ToListAsync(cancellationToken);
        var can = permissions.ForSource();
        return Page.From(rows.Select(r => r with { Can = can }).ToList(), request.PageSize, last => Cursor.Encode(last.Id));
    }
}
