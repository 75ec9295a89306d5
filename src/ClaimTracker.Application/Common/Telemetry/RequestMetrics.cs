using System.Diagnostics.Metrics;

namespace ClaimTracker.Application.Common.Telemetry;

/// <summary>
/// The use-case pipeline's instruments, on the meter <see cref="MeterName"/>: one duration histogram whose
/// <c>request.type</c> tag gives one series per use case, and counters for refusals and validation failures, so an
/// operator sees which use case is slow or refused without reading logs. A singleton: one meter per app.
/// </summary>
public sealed class RequestMetrics : IDisposable
{
    public const string MeterName = "ClaimTracker.Requests";
    public const string DurationName = "claimtracker.request.duration";
    public const string RefusedName = "claimtracker.request.refused";
    public const string ValidationFailedName = "claimtracker.request.validation_failed";

    private readonly Meter _meter = new(MeterName);
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _refused;
    private readonly Counter<long> _validationFailed;

    public RequestMetrics()
    {
        _duration = _meter.CreateHistogram<double>(DurationName, unit: "s",
            description: "Time a use case took through the whole pipeline (authorization, validation, transaction, handler).");
        _refused = _meter.CreateCounter<long>(RefusedName, unit: "{request}",
            description: "Use cases refused because the sender's role or the record did not allow them.");
        _validationFailed = _meter.CreateCounter<long>(ValidationFailedName, unit: "{request}",
            description: "Use cases rejected by validation before anything was written.");
    }

    public void Record(string requestType, string kind, RequestOutcome outcome, TimeSpan elapsed)
    {
        var type = new KeyValuePair<string, object?>("request.type", requestType);
        _duration.Record(elapsed.TotalSeconds, type,
            new KeyValuePair<string, object?>("request.kind", kind),
            new KeyValuePair<string, object?>("outcome", outcome.Tag()));
        if (outcome == RequestOutcome.Refused)
        {
            _refused.Add(1, type);
        }
        else if (outcome == RequestOutcome.Invalid)
        {
            _validationFailed.Add(1, type);
        }
    }

    public void Dispose() => _meter.Dispose();
}

public enum RequestOutcome
{
    Ok,
    Refused,
    Invalid,
    Conflict,
    NotFound,
    Failed,
}

public static class RequestOutcomes
{
    public static string Tag(this RequestOutcome outcome) => outcome switch
    {
        RequestOutcome.Ok => "ok",
        RequestOutcome.Refused => "refused",
        RequestOutcome.Invalid => "invalid",
        RequestOutcome.Conflict => "conflict",
        RequestOutcome.NotFound => "not_found",
        _ => "failed",
    };

    public static RequestOutcome Of(Exception exception) => exception switch
    {
        ForbiddenException => RequestOutcome.Refused,
        RequestValidationException => RequestOutcome.Invalid,
        ConcurrencyConflictException => RequestOutcome.Conflict,
        NotFoundException => RequestOutcome.NotFound,
        _ => RequestOutcome.Failed,
    };
}
