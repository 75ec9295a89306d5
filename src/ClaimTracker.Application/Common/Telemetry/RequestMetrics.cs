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
    public const string ImportRateName = "claimtracker.import.rows_per_second";
    public const string ImportRowsName = "claimtracker.import.rows";

    private readonly Meter _meter = new(MeterName);
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _refused;
    private readonly Counter<long> _validationFailed;
    private readonly Histogram<double> _importRate;
    private readonly Counter<long> _importRows;

    public RequestMetrics()
    {
        _duration = _meter.CreateHistogram<double>(DurationName, unit: "s",
            description: "Time a use case took through the whole pipeline (authorization, validation, transaction, handler).");
        _refused = _meter.CreateCounter<long>(RefusedName, unit: "{request}",
            description: "Use cases refused because the sender's role or the record did not allow them.");
        _validationFailed = _meter.CreateCounter<long>(ValidationFailedName, unit: "{request}",
            description: "Use cases rejected by validation before anything was written.");
        _importRate = _meter.CreateHistogram<double>(ImportRateName, unit: "{row}/s",
            description: "Import speed: rows read, validated and committed per second, once per committed chunk.");
        _importRows = _meter.CreateCounter<long>(ImportRowsName, unit: "{row}",
            description: "Rows imported, by format and outcome (created, updated, unchanged, rejected).");
    }

    /// <summary>One committed import chunk: its speed, and its rows by outcome.</summary>
    public void RecordImportChunk(string format, int rows, TimeSpan elapsed, int created, int updated, int unchanged, int rejected)
    {
        var tag = new KeyValuePair<string, object?>("import.format", format);
        if (elapsed > TimeSpan.Zero && rows > 0)
        {
            _importRate.Record(rows / elapsed.TotalSeconds, tag);
        }
        void Add(int count, string outcome)
        {
            if (count > 0)
            {
                _importRows.Add(count, tag, new KeyValuePair<string, object?>("outcome", outcome));
            }
        }
        Add(created, "created");
        Add(updated, "updated");
        Add(unchanged, "unchanged");
        Add(rejected, "rejected");
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
