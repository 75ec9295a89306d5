using System.Globalization;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Speakers;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Speakers;

/// <summary>Speakers by name, optionally filtered by a name or alias fragment and kind; paged by keyset (name, id).</summary>
[AllowedRoles(RoleSet.Readers)]
public sealed record ListSpeakers : IQuery<Page<SpeakerSummary>>
{
    public string? Search { get; init; }
    public SpeakerKind? Kind { get; init; }
    public int PageSize { get; init; } = Cursor.DefaultPageSize;
    public string? After { get; init; }
}

public sealed record SpeakerSummary
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public SpeakerKind Kind { get; init; }
    public string? Country { get; init; }
    public string? Affiliation { get; init; }
    public int StatementCount { get; init; }
}

public sealed class SpeakerSummaryProfile : Profile
{
    public SpeakerSummaryProfile()
    {
        CreateMap<Speaker, SpeakerSummary>()
            .ForMember(d => d.StatementCount, o => o.MapFrom(s => s.Statements.Count));
    }
}

public sealed class ListSpeakersValidator : AbstractValidator<ListSpeakers>
{
    public ListSpeakersValidator()
    {
        RuleFor(q => q.Search).MaximumLength(SearchText.MaxLength).WithMessage(SearchText.TooLong);
        RuleFor(q => q.Kind).IsInEnum().WithMessage("Unknown kind of speaker.");
        RuleFor(q => q.PageSize).InclusiveBetween(1, Cursor.MaxPageSize).WithMessage($"Page size must be between 1 and {Cursor.MaxPageSize}.");
        RuleFor(q => q.After).Must(c => Cursor.IsValid(c, Cursor.IsText, Cursor.IsId)).WithMessage("The page cursor is not valid; start again from the first page.");
    }
}

internal sealed class ListSpeakersHandler(IClaimTrackerDb db, IConfigurationProvider mapping)
    : IRequestHandler<ListSpeakers, Page<SpeakerSummary>>
{
    public async Task<Page<SpeakerSummary>> Handle(ListSpeakers request, CancellationToken cancellationToken)
    {
        var query = db.Speakers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            // Matched on the folded keys, so "erdogan" finds "Erdoğan" and "ärger" finds "ÄRGER" in every script.
            var pattern = "%" + Like.Escape(NameKey.Of(request.Search)) + "%";
            query = query.Where(s => EF.Functions.Like(s.NameKey!, pattern, Like.EscapeCharacter)
                || (s.AliasKeys != null && EF.Functions.Like(s.AliasKeys, pattern, Like.EscapeCharacter)));
        }
        if (request.Kind is { } kind)
        {
            query = query.Where(s => s.Kind == kind);
        }
        if (Cursor.Decode(request.After, 2) is [var name, var id])
        {
            var afterId = int.Parse(id, CultureInfo.InvariantCulture);
            query = query.Where(s => string.Compare(s.Name, name) > 0 || (s.Name == name && s.Id > afterId));
        }

        var rows = await query.OrderBy(s => s.Name).ThenBy(s => s.Id)
            .Take(request.PageSize + 1)
            .ProjectTo<SpeakerSummary>(mapping)
            .ToListAsync(cancellationToken);
        return Page.From(rows, request.PageSize, last => Cursor.Encode(last.Name, last.Id));
    }
}
