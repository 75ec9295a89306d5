using System.Globalization;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Statements;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Topics;

/// <summary>Topics by name with how many statements carry each; for filters and pickers.</summary>
[AllowedRoles(RoleSet.Readers)]
public sealed record ListTopics : IQuery<Page<TopicItem>>
{
    public int PageSize { get; init; } = Cursor.MaxPageSize;
    public string? After { get; init; }
}

public sealed record TopicItem
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public int StatementCount { get; init; }
}

public sealed class TopicItemProfile : Profile
{
    public TopicItemProfile()
    {
        CreateMap<Topic, TopicItem>().ForMember(d => d.StatementCount, o => o.MapFrom(t => t.Statements.Count));
    }
}

public sealed class ListTopicsValidator : AbstractValidator<ListTopics>
{
    public ListTopicsValidator()
    {
        RuleFor(q => q.PageSize).InclusiveBetween(1, Cursor.MaxPageSize).WithMessage($"Page size must be between 1 and {Cursor.MaxPageSize}.");
        RuleFor(q => q.After).Must(c => Cursor.IsValid(c, Cursor.IsText, Cursor.IsId)).WithMessage("The page cursor is not valid; start again from the first page.");
    }
}

internal sealed class ListTopicsHandler(IClaimTrackerDb db, IConfigurationProvider mapping) : IRequestHandler<ListTopics, Page<TopicItem>>
{
    public async Task<Page<TopicItem>> Handle(ListTopics request, CancellationToken cancellationToken)
    {
        var query = db.Topics.AsNoTracking();
        if (Cursor.Decode(request.After, 2) is [var name, var id])
        {
            var afterId = int.Parse(id, CultureInfo.InvariantCulture);
            query = query.Where(t => string.Compare(t.Name, name) > 0 || (t.Name == name && t.Id > afterId));
        }
        var rows = await query.OrderBy(t => t.Name).ThenBy(t => t.Id)
            .Take(request.PageSize + 1)
            .ProjectTo<TopicItem>(mapping)
            .ToListAsync(cancellationToken);
        return Page.From(rows, request.PageSize, last => Cursor.Encode(last.Name, last.Id));
    }
}
