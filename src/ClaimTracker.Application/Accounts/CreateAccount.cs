using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Auditing;
using ClaimTracker.Application.Common.Security;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Logging;

namespace ClaimTracker.Application.Accounts;

/// <summary>
/// An admin adds a desk member with their roles and a first password, which the member changes after signing in.
/// Returns the new account's id.
/// </summary>
[AllowedRoles(RoleSet.Admins)]
[Audited("created an account")]
public sealed record CreateAccount(string Email, string? DisplayName, string InitialPassword, IReadOnlyList<string> NewRoles) : ICommand<string>;

/// <summary>
/// The first password is checked by the account store's password rule (one rule for every place a password is set),
/// and its refusal is reported on the InitialPassword field.
/// </summary>
public sealed class CreateAccountValidator : AbstractValidator<CreateAccount>
{
    public CreateAccountValidator()
    {
        RuleFor(c => c.Email).NotEmpty().WithMessage("Enter the member's e-mail address.")
            .MaximumLength(256).WithMessage("The e-mail address can be at most 256 characters.")
            .EmailAddress().WithMessage("Enter a valid e-mail address.");
        RuleFor(c => c.DisplayName).MaximumLength(200).WithMessage("The name can be at most 200 characters.");
        RuleFor(c => c.InitialPassword).NotNull().WithMessage("Enter a first password.");
        RuleForEach(c => c.NewRoles).Must(r => Roles.All.Contains(r))
            .WithMessage((_, role) => $"'{role}' is not a role; choose from {string.Join(", ", Roles.All)}.");
    }
}

internal sealed partial class CreateAccountHandler(IUserAccounts accounts, ICurrentUser user, ILogger<CreateAccountHandler> logger)
    : IRequestHandler<CreateAccount, string>
{
    public async Task<string> Handle(CreateAccount request, CancellationToken cancellationToken)
    {
        var (id, emailErrors, passwordErrors) = await accounts.CreateAsync(
            request.Email.Trim(), request.DisplayName?.Trim(), request.InitialPassword, cancellationToken);
        if (id is null)
        {
            var errors = new Dictionary<string, string[]>();
            if (emailErrors.Count > 0)
            {
                errors[nameof(request.Email)] = [.. emailErrors];
            }
            if (passwordErrors.Count > 0)
            {
                errors[nameof(request.InitialPassword)] = [.. passwordErrors];
            }
            throw new RequestValidationException(errors);
        }
        var roles = request.NewRoles.Distinct(StringComparer.Ordinal).ToList();
        await accounts.SetRolesAsync(id, roles, cancellationToken);
        LogCreated(logger, user.UserId ?? "?", id, string.Join(", ", roles));
        return id;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Role change: member {AdminId} created member {AccountId} with [{Roles}]")]
    private static partial void LogCreated(ILogger logger, string adminId, string accountId, string roles);
}
