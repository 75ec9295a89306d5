using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using FluentValidation;
using MediatR;

namespace ClaimTracker.Application.Accounts;

/// <summary>Desk members by e-mail with their roles and whether they are locked out.</summary>
[AllowedRoles(RoleSet.Admins)]
public sealed record ListAccounts : IQuery<Page<AccountSummary>>
{
    public string? Search { get; init; }
    public int PageSize { get; init; } = Cursor.DefaultPageSize;
    public string? After { get; init; }
}

public sealed class ListAccountsValidator : AbstractValidator<ListAccounts>
{
    public ListAccountsValidator()
    {
        RuleFor(q => q.Search).MaximumLength(256).WithMessage("Search text can be at most 256 characters.");
        RuleFor(q => q.PageSize).InclusiveBetween(1, Cursor.MaxPageSize).WithMessage($"Page size must be between 1 and {Cursor.MaxPageSize}.");
        RuleFor(q => q.After).Must(c => Cursor.IsValid(c, Cursor.IsText, Cursor.IsText)).WithMessage("The page cursor is not valid; start again from the first page.");
    }
}

internal sealed class ListAccountsHandler(IUserAccounts accounts) : IRequestHandler<ListAccounts, Page<AccountSummary>>
{
    public Task<Page<AccountSummary>> Handle(ListAccounts request, CancellationToken cancellationToken) =>
        accounts.ListAsync(request.Search, request.PageSize, request.After, cancellationToken);
}
