using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Common.Behaviours;

/// <summary>
/// Runs a command in one transaction and saves at the end: the handler's reads (ownership, state checks) and its
/// writes commit together or not at all. Queries pass straight through and never save. The only place a command's
/// changes are saved, except a handler's early save to learn a generated id (each says so where it does it).
/// </summary>
public sealed class UnitOfWorkBehaviour<TRequest, TResponse>(IClaimTrackerDb db)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommand<TResponse>)
        {
            return await next();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var response = await next();
            await db.SaveChangesAsync(cancellationToken);
            // The audit behaviour adds its rows once the change is saved (new records then have their keys).
            if (db.ChangeTracker.HasChanges())
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            return response;
        }
        catch (DbUpdateConcurrencyException e)
        {
            var what = e.Entries.FirstOrDefault()?.Metadata.ClrType.Name ?? "The record";
            throw new ConcurrencyConflictException(what);
        }
    }
}
