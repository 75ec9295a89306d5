namespace ClaimTracker.Web.Components.Shared;

/// <summary>
/// A <see cref="Pager"/>'s request for a page: the cursor to load after, and whether the page arrived. The list
/// says so with <see cref="LoadWith"/>, so the pager never counts a page the use case refused.
/// </summary>
public sealed class PageRequest(string? after)
{
    public string? After { get; } = after;

    public bool Loaded { get; private set; }

    /// <summary>Loads the page with the list's own loader, which answers whether it succeeded.</summary>
    public async Task LoadWith(Func<string?, Task<bool>> load) => Loaded = await load(After);
}
