using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Publishers;
using ClaimTracker.Application.Stats.ReadModel;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Stats;

/// <summary>
/// Every chart of a speaker's page in one answer, for embedding or re-plotting (<c>GET /api/speakers/{id}/stats</c>):
/// verdicts, timeline, links, topics and rebutters, optionally for one publisher's verdicts and a span of months.
/// The same read-model rows as the page's own charts, so the numbers agree.
/// </summary>
[AllowedRoles(RoleSet.Readers)]
public sealed record GetSpeakerStats(int SpeakerId) : IQuery<SpeakerStats>
{
    /// <summary>Our desk's verdicts (the default), every publisher's, or one publisher's (<see cref="PublisherFilter.Read"/> reads the parameter).</summary>
    public PublisherFilter Publisher { get; init; } = PublisherFilter.Ours;

    /// <summary>First month counted (the month of this day); null: from the first statement.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last month counted (the month of this day); null: up to the last statement.</summary>
    public DateOnly? To { get; init; }

    public int Top { get; init; } = 8;
}

/// <summary>A speaker's chart numbers; <see cref="From"/>/<see cref="To"/> are the whole months counted (null: open).</summary>
public sealed record SpeakerStats(
    int SpeakerId,
    string Name,
    string Publisher,
    DateOnly? From,
    DateOnly? To,
    VerdictDistribution Verdicts,
    VerdictTimeline Timeline,
    SpeakerLinkStats Links,
    IReadOnlyList<TopicCount> Topics,
    IReadOnlyList<RebutterCount> Rebutters);

public sealed class GetSpeakerStatsValidator : AbstractValidator<GetSpeakerStats>
{
    public GetSpeakerStatsValidator()
    {
        RuleFor(q => q.Publisher).Must(p => p.PublisherId is null or > 0).WithMessage(PublisherFilter.Problem);
        RuleFor(q => q.To).Must((q, to) => q.From is null || to is null || q.From <= to)
            .WithMessage("The period must end on or after its start.");
        RuleFor(q => q.Top).InclusiveBetween(1, 50).WithMessage("Show between 1 and 50 topics and rebutters.");
    }
}

internal sealed class GetSpeakerStatsHandler(IClaimTrackerDb db) : IRequestHandler<GetSpeakerStats, SpeakerStats>
{
    public async Task<SpeakerStats> Handle(GetSpeakerStats request, CancellationToken cancellationToken)
    {
        var name = await db.Speakers.AsNoTracking().Where(s => s.Id == request.SpeakerId).Select(s => s.Name)
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Speaker", request.SpeakerId);
        var publisher = request.Publisher;
        var period = StatsPeriod.Of(request.From, request.To);
        var id = request.SpeakerId;

        var verdicts = await StatsReader.VerdictsAsync(db, id, publisher, period, cancellationToken);
        var (bucket, points) = Timeline.Build(await StatsReader.MonthsAsync(db, id, publisher, period, cancellationToken));
        var links = await StatsReader.LinksAsync(db, id, period, cancellationToken);
        var topics = await StatsReader.TopicsAsync(db, id, request.Top, period, cancellationToken);
        var rebutters = await StatsReader.RebuttersAsync(db, id, request.Top, period, cancellationToken);
        return new SpeakerStats(
            id, name,
            publisher.ToString(),
            request.From is { } f ? new DateOnly(f.Year, f.Month, 1) : null,
            request.To is { } t ? new DateOnly(t.Year, t.Month, DateTime.DaysInMonth(t.Year, t.Month)) : null,
            new VerdictDistribution(verdicts),
            new VerdictTimeline(bucket, points),
            links, topics, rebutters);
    }
}
