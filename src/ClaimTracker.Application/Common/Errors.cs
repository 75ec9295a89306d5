namespace ClaimTracker.Application.Common;

/// <summary>The record asked for does not exist, or the caller may not know that it does.</summary>
public sealed class NotFoundException(string what, object key)
    : Exception($"{what} {key} was not found.")
{
    public string What { get; } = what;
    public object Key { get; } = key;
}

/// <summary>The request was rejected before anything was written. Errors are keyed by field name.</summary>
public sealed class RequestValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("Some fields need attention: " + string.Join(" ", errors.SelectMany(e => e.Value)))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static RequestValidationException For(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] });
}

/// <summary>Someone else saved the same record first; the caller's copy is stale.</summary>
public sealed class ConcurrencyConflictException(string what)
    : Exception($"{what} was changed by someone else while you were editing it. Reload to see their changes, then apply yours again.");

/// <summary>The caller's role does not allow this request.</summary>
public sealed class ForbiddenException(string message) : Exception(message);
