namespace ClaimTracker.Infrastructure.Changes;

/// <summary>
/// The "Redis" configuration section. When <see cref="Configuration"/> is empty the desk's live updates stay in
/// memory (one server); when it is set, every server publishes and hears committed changes on one Redis channel.
/// </summary>
public sealed class RedisOptions
{
    /// <summary>A StackExchange.Redis configuration string, e.g. <c>redis-1:6379,password=...</c>.</summary>
    public string? Configuration { get; set; }

    /// <summary>Several desks may share one Redis: each needs its own channel.</summary>
    public string Channel { get; set; } = "claimtracker:desk-changes";

    /// <summary>
    /// While Redis is unreachable, each server asks the database for the latest change this often and tells its own
    /// open pages about changes made on other servers. Two seconds keeps pages nearly live at one cheap query per
    /// server, not per page.
    /// </summary>
    public double PollIntervalSeconds { get; set; } = 2;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Configuration);
}
