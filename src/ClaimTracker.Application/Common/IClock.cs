namespace ClaimTracker.Application.Common;

/// <summary>Time as the application sees it; tests replace it to get stable timestamps.</summary>
public interface IClock
{
    DateTime UtcNow { get; }
}

public sealed class SystemClock : IClock
{
    public DateTime UtcNow => DateTime.UtcNow;
}
