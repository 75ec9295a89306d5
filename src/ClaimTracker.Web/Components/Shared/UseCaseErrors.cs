using ClaimTracker.Application.Common;

namespace ClaimTracker.Web.Components.Shared;

/// <summary>Collects what a use case said when it refused a request, for a form to show next to its fields.</summary>
public sealed class UseCaseErrors
{
    private IReadOnlyDictionary<string, string[]> _byField = new Dictionary<string, string[]>();

    public IReadOnlyList<string> All { get; private set; } = [];

    public bool Any => All.Count > 0;

    /// <summary>The last refusal was an edit conflict: someone else saved first.</summary>
    public bool WasConflict { get; private set; }

    /// <summary>The last refusal was "not found": a page showing that record answers 404.</summary>
    public bool WasNotFound { get; private set; }

    public void Clear()
    {
        WasConflict = false;
        WasNotFound = false;
        All = [];
        _byField = new Dictionary<string, string[]>();
    }

    /// <summary>
    /// Messages for one field; validation keys are paths ("Statement.Quote"), matched on the last part. A key for one
    /// item of a list ("Statement.Topics[1]") belongs to the list's field.
    /// </summary>
    public IEnumerable<string> For(string field) =>
        _byField.Where(e => Names(WithoutIndex(e.Key), field)).SelectMany(e => e.Value);

    private static bool Names(string key, string field) =>
        key == field || key.EndsWith("." + field, StringComparison.Ordinal);

    private static string WithoutIndex(string key) =>
        key.EndsWith(']') && key.LastIndexOf('[') is var open and > 0 ? key[..open] : key;

    /// <summary>Records a refusal the component makes itself, before asking a use case.</summary>
    public void Refuse(string message)
    {
        Clear();
        All = [message];
    }

    /// <summary>Runs an action; returns false and records the messages if the use case refused it.</summary>
    public async Task<bool> Try(Func<Task> action)
    {
        Clear();
        try
        {
            await action();
            return true;
        }
        catch (RequestValidationException e)
        {
            _byField = e.Errors;
            All = e.Errors.SelectMany(x => x.Value).ToList();
        }
        catch (Exception e) when (e is NotFoundException or ForbiddenException or ConcurrencyConflictException)
        {
            WasConflict = e is ConcurrencyConflictException;
            WasNotFound = e is NotFoundException;
            All = [e.Message];
        }
        return false;
    }
}
