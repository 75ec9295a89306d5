using System.Diagnostics;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Common.Telemetry;
using MediatR;
using Microsoft.Extensions.Logging;

namespace ClaimTracker.Application.Common.Behaviours;

/// <summary>
/// Times every use case and records it in <see cref="RequestMetrics"/>; every command is also logged as a structured
/// event with its request type, the member's id (never a name or an e-mail address) and the duration. Outermost in
/// the pipeline, so the time includes authorization, validation, the transaction and the live-update notice, and a
/// refusal or a validation failure is counted as such.
/// </summary>
public sealed partial class RequestTelemetryBehaviour<TRequest, TResponse>(
    RequestMetrics metrics, ICurrentUser user, ILogger<RequestTelemetryBehaviour<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var isCommand = request is ICommand<TResponse>;
        var started = Stopwatch.GetTimestamp();
        var outcome = RequestOutcome.Ok;
        try
        {
            return await next();
        }
        catch (Exception e)
        {
            outcome = RequestOutcomes.Of(e);
            throw;
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            var type = typeof(TRequest).Name;
            metrics.Record(type, isCommand ? "command" : "query", outcome, elapsed);
            if (isCommand)
            {
                LogCommand(logger, type, user.UserId ?? "anonymous", elapsed.TotalMilliseconds, outcome.Tag());
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Command {RequestType} by member {MemberId} took {ElapsedMs:0.0} ms ({Outcome})")]
    private static partial void LogCommand(ILogger logger, string requestType, string memberId, double elapsedMs, string outcome);
}
