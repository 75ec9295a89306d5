using ClaimTracker.Domain.Reviews;

namespace ClaimTracker.Application.Publishers;

/// <summary>Where a rating sits on our scale, for telling real disagreement from a difference of degree.</summary>
public enum VerdictSide
{
    /// <summary>True or Mostly true.</summary>
    LeansTrue = 0,

    /// <summary>Half true.</summary>
    Mixed = 1,

    /// <summary>Mostly false, False or Misleading.</summary>
    LeansFalse = 2,
}

/// <summary>
/// When publishers disagree about a statement. "True" against "Mostly true" is a difference of degree, not a
/// disagreement; "Mostly true" against "Half true" or "False" is. So two verdicts disagree when they fall on
/// different sides of the scale (leans true, mixed, leans false). "Unverified" takes no side, and a label the desk
/// has not mapped yet has no rating, so neither can disagree with anything.
/// </summary>
public static class VerdictSides
{
    public static VerdictSide? Of(Rating? rating) => rating switch
    {
        Rating.True or Rating.MostlyTrue => VerdictSide.LeansTrue,
        Rating.HalfTrue => VerdictSide.Mixed,
        Rating.MostlyFalse or Rating.False or Rating.Misleading => VerdictSide.LeansFalse,
        _ => null,
    };

    /// <summary>True when at least two of the verdicts fall on different sides.</summary>
    public static bool Disagree(IEnumerable<Rating?> verdicts) =>
        verdicts.Select(Of).OfType<VerdictSide>().Distinct().Skip(1).Any();
}
