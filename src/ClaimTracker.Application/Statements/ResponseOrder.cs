using System.Globalization;
using ClaimTracker.Application.Common;
using ClaimTracker.Domain.Common;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Statements;

/// <summary>
/// A link reads "the later statement {relation} the earlier one". A response dated before what it answers (a 2019
/// statement "rebutting" one from 2025) is almost always a wrong date or a link the wrong way round, so it is refused
/// with a warning until the analyst confirms it (<c>ConfirmedEarlierResponse</c>). Dates are compared with their
/// precision: a statement known only by its year predates another only if that whole year does.
/// </summary>
public static class ResponseOrder
{
    /// <summary>The field the warning is reported on; a form offers "link anyway" when it sees it.</summary>
    public const string Field = "ConfirmedEarlierResponse";

    /// <summary>Days either side of an approximate date ("on Monday", worked out from the text).</summary>
    private const int ApproximateDays = 7;

    internal static IRuleBuilderOptionsConditions<T, T> ResponseComesAfter<T>(
        this IRuleBuilder<T, T> rule, IClaimTrackerDb db, Func<T, (int From, int To)?> link, Func<T, bool> confirmed) =>
        rule.CustomAsync(async (request, context, ct) =>
        {
            if (confirmed(request) || link(request) is not { } ends || ends.From == ends.To
                || await WarningAsync(db, ends.From, ends.To, ct) is not { } warning)
            {
                return;
            }
            context.AddFailure(Field, warning);
        });

    private static async Task<string?> WarningAsync(IClaimTrackerDb db, int fromId, int toId, CancellationToken ct)
    {
        var dates = await db.Statements.Where(s => s.Id == fromId || s.Id == toId)
            .Select(s => new { s.Id, s.SaidOn, s.SaidOnPrecision }).ToListAsync(ct);
        var from = dates.FirstOrDefault(d => d.Id == fromId);
        var to = dates.FirstOrDefault(d => d.Id == toId);
        if (from is null || to is null || Latest(from.SaidOn, from.SaidOnPrecision) >= Earliest(to.SaidOn, to.SaidOnPrecision))
        {
            return null;
        }
        return $"This statement was made {Said(from.SaidOn, from.SaidOnPrecision)}, before the statement it would answer "
            + $"({Said(to.SaidOn, to.SaidOnPrecision)}). A response cannot come before what it answers: check both dates and which way "
            + "round the link goes. If they are right, confirm to link anyway.";
    }

    private static DateOnly Earliest(DateOnly day, DatePrecision precision) => precision switch
    {
        DatePrecision.Month => new DateOnly(day.Year, day.Month, 1),
        DatePrecision.Year => new DateOnly(day.Year, 1, 1),
        DatePrecision.Approximate => day.AddDays(-ApproximateDays),
        _ => day,
    };

    private static DateOnly Latest(DateOnly day, DatePrecision precision) => precision switch
    {
        DatePrecision.Month => new DateOnly(day.Year, day.Month, 1).AddMonths(1).AddDays(-1),
        DatePrecision.Year => new DateOnly(day.Year, 12, 31),
        DatePrecision.Approximate => day.AddDays(ApproximateDays),
        _ => day,
    };

    private static string Said(DateOnly day, DatePrecision precision) => precision switch
    {
        DatePrecision.Month => day.ToString("'in' MMMM yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Year => day.ToString("'in' yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Approximate => day.ToString("'around' d MMMM yyyy", CultureInfo.InvariantCulture),
        _ => day.ToString("'on' d MMMM yyyy", CultureInfo.InvariantCulture),
    };
}
