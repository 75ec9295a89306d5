using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Behaviours;
using ClaimTracker.Application.Common.Changes;
using ClaimTracker.Application.Common.Search;
using ClaimTracker.Application.Common.Security;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClaimTracker.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Registers MediatR 5 by hand (the only version the registry serves), every handler and validator in this
    /// assembly, AutoMapper profiles, and the pipeline. Behaviours run in registration order, outermost first:
    /// desk changes, authorization, validation, audit, unit of work (transaction, the only save), then the handler.
    /// </summary>
    public static IServiceCollection AddClaimTrackerApplication(this IServiceCollection services, string? autoMapperLicenseKey = null)
    {
        var assembly = typeof(DependencyInjection).Assembly;

        services.AddScoped<ServiceFactory>(sp => sp.GetService);
        services.AddScoped<IMediator, Mediator>();
        // Where search changes plan; a test may register its own before or after this.
        services.TryAddSingleton(new SearchTuning());
        // Handlers are internal: without publicOnly: false Scrutor skips them all and every request fails.
        services.Scan(scan => scan.FromAssemblies(assembly)
            .AddClasses(c => c.AssignableTo(typeof(IRequestHandler<,>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithScopedLifetime());

        // Outermost: times the whole pipeline and sees refusals and validation failures as they leave it.
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(RequestTelemetryBehaviour<,>));
        // Next, so it sees a command only after the unit of work committed it (see DeskChangesBehaviour).
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(DeskChangesBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        // Audit just outside the unit of work: it listens to every save the command makes, and the unit of work
        // saves the audit rows with the change, in its transaction.
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(AuditBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(UnitOfWorkBehaviour<,>));

        // A validator builds its rules in its constructor (the shape rules compile an expression there): one that
        // needs nothing from the request's scope is built once and shared (validators hold no state once built);
        // one that reads the database or the clock is built per scope.
        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Singleton, r => IsSelfContained(r.ValidatorType), includeInternalTypes: true);
        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Scoped, r => !IsSelfContained(r.ValidatorType), includeInternalTypes: true);
        // Alongside each request's own validator: the rules every field shares (required, ids, storable text).
        services.AddSingleton(typeof(IValidator<>), typeof(RequestShapeValidator<>));

        services.AddAutoMapper(cfg =>
        {
            // AutoMapper 15+ is licensed; without a key it runs and logs a warning (see docs/adr/0002-automapper.md).
            if (!string.IsNullOrWhiteSpace(autoMapperLicenseKey))
            {
                cfg.LicenseKey = autoMapperLicenseKey;
            }
        }, assembly);

        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddSingleton<IClock, SystemClock>();
        // Four eyes by default; the host binds the "Reviews" section over this (see ReviewOptions).
        services.TryAddSingleton(new Reviews.ReviewOptions());
        // Our desk's name as a publisher; the host binds "Desk:Organisation" over this default.
        services.TryAddSingleton(new Publishers.DeskOrganisation());
        services.AddScoped<IPermissions, Permissions>();
        // Components wait on it (live reloads), so tests can move time forward instead of sleeping.
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<Common.Telemetry.RequestMetrics>();
        services.AddScoped<ChangeStamper>();
        services.AddScoped<Statements.IStatementReferences, Statements.DatabaseStatementReferences>();
        services.TryAddSingleton<Imports.ImportRunner>();
        // One process: in memory. A multi-server deployment registers its own IDeskChanges first (docs/adr/0006).
        services.TryAddSingleton<IDeskChanges, InMemoryDeskChanges>();
        return services;
    }

    private static bool IsSelfContained(Type validator) =>
        validator.GetConstructors().All(c => c.GetParameters().Length == 0);
}
