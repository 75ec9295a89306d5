using ClaimTracker.Domain.Common;
using FluentValidation;
using MediatR;

namespace ClaimTracker.Application.Common.Behaviours;

/// <summary>Runs every validator of the request and rejects it with all messages at once, before any write.</summary>
public sealed class ValidationBehaviour<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var failures = await RequestValidation.FailuresAsync(validators, request, cancellationToken);
        if (failures.Count > 0)
        {
            throw new RequestValidationException(RequestValidation.ByField(failures));
        }
        try
        {
            return await next();
        }
        catch (DeskRuleException e) when (e.Violation.Kind == DeskRuleKind.State)
        {
            // An entity refused the change for the record's state: the member reads it like any other field message.
            throw RequestValidationException.For(e.Violation.Field, e.Violation.Message);
        }
    }
}

/// <summary>
/// How a request's validators are run and their messages combined: by the pipeline for every request, and by the
/// import for every row (as the <c>CreateStatement</c> it stands for), so both apply one set of rules.
/// </summary>
public static class RequestValidation
{
    public static async Task<List<FluentValidation.Results.ValidationFailure>> FailuresAsync<TRequest>(
        IEnumerable<IValidator<TRequest>> validators, TRequest request, CancellationToken cancellationToken)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        // The shared shape rules first: a use case's own rules read its fields freely, so a request with a required
        // list missing stops there, with its message, instead of failing inside them.
        foreach (var validator in validators.OrderBy(v => v is IRequestShapeRules ? 0 : 1))
        {
            var result = await validator.ValidateAsync(request, cancellationToken);
            failures.AddRange(result.Errors);
            if (validator is IRequestShapeRules && failures.Any(f => f.ErrorCode == IRequestShapeRules.Unusable))
            {
                break;
            }
        }
        // Where the use case's own validator speaks of a field ("Choose who said it"), its words replace the
        // shared shape rule's ("is not an id"); every field keeps at least one message.
        var spoken = failures.Where(f => f.ErrorCode != IRequestShapeRules.Malformed).Select(f => f.PropertyName).ToHashSet(StringComparer.Ordinal);
        failures.RemoveAll(f => f.ErrorCode == IRequestShapeRules.Malformed && spoken.Contains(f.PropertyName));
        return failures;
    }

    public static Dictionary<string, string[]> ByField(IEnumerable<FluentValidation.Results.ValidationFailure> failures) => failures
        .GroupBy(f => f.PropertyName, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray(), StringComparer.Ordinal);
}
