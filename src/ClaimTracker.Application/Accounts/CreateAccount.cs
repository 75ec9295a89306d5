using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Logging;

namespace ClaimTracker.Application.Accounts;

/// <summary>
/// An admin adds a desk member with their roles and a first password, which the member changes after signing in.
/// Returns the new account's id.
/// </summary>
[AllowedRoles(Roles.Admin)]
public sealed record CreateAccount(string Email, string? DisplayName, string InitialPassword, IReadOnlyList<string> NewRoles) : ICommand<string>;

public sealed class CreateAccountValidator : AbstractValidator<CreateAccount>
{
    public const int MinPasswordLength = 12;

    public CreateAccountValidator()
    {
        RuleFor(c => c.Email).NotEmpty().WithMessage("Enter the member's e-mail address.")
            .MaximumLength(256).WithMessage("The e-mail address can be at most 256 characters.")
            .EmailAddress().WithMessage("Enter a valid e-mail address.");
        RuleFor(c => c.DisplayName).MaximumLength(200).WithMessage("The name can be at most 200 characters.");
        RuleFor(c => c.InitialPassword).MinimumLength(MinPasswordLength)
            .WithMessage($"The first password needs at least {MinPasswordLength} characters.")
            .MaximumLength(256).WithMessage("The first password can be at most 256 characters.");
        RuleForEach(c => c.NewRoles).Must(r => Roles.All.Contains(r))
            .WithMessage((_, role) => $"'{role}' is not a role; choose from {string.Join(", ", Roles.All)}.");
    }
}

internal sealed partial class CreateAccountHandler(IUserAccounts accounts, ICurrentUser user, ILogger<CreateAccountHandler> logger)
    : IRequestHandler<CreateAccount, string>
{
    public async Task<string> Handle(CreateAccount request, CancellationToken cancellationToken)
    {
        var (id, errors) = await accounts.CreateAsync(request.Email.Trim(), request.DisplayName?.Trim(), request.InitialPassword, cancellationToken);
        if (id is null)
        {
            throw new RequestValidationException(new Dictionary<string, string[]> { [nameof(request.Email)] = [.. errors] });
        }
        var roles = request.NewRoles.Distinct(StringComparer.Ordinal).ToList();
        await accounts.SetRolesAsync(id, roles, cancellationToken);
        LogCreated(logger, user.UserId ?? "?", id, string.Join(", ", roles));
        return id;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Role change: member {AdminId} created member {AccountId} with [{Roles}]")]
    private static partial void LogCreated(ILogger logger, string adminId, string accountId, string roles);
}
