using System.Reflection;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Auditing;
using ClaimTracker.Application.Common.Changes;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.History;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Tests.Support;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Application.Tests.Common;

/// <summary>What members read about a command (history, live notices) comes from the name it declares.</summary>
public sealed class CommandActionTests(CommandActionTests.Database db) : IClassFixture<CommandActionTests.Database>
{
    [Fact]
    public void Every_command_declares_the_action_members_read()
    {
        var commands = typeof(DependencyInjection).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>)))
            .ToList();

        Assert.NotEmpty(commands);
        Assert.Empty(commands.Where(t => string.IsNullOrWhiteSpace(t.GetCustomAttribute<AuditedAttribute>()?.Action)).Select(t => t.Name));
        // A phrase that follows a name ("Ana edited the statement"), not a class name in disguise.
        Assert.All(commands, t => Assert.Matches("^[a-z][a-z' ]+$", t.GetCustomAttribute<AuditedAttribute>()!.Action));
    }

    [Fact]
    public async Task History_and_the_live_notice_carry_the_declared_action_not_the_class_name()
    {
        var heard = new List<DeskChange>();
        using var subscription = db.Services.GetRequiredService<IDeskChanges>().Subscribe(change =>
        {
            heard.Add(change);
            return Task.CompletedTask;
        });

        var id = await db.CreateStatementAsync("Words a colleague will edit");
        await db.EditQuoteAsync(id, "Words a colleague has edited");

        var history = await db.SendAs(Roles.Viewer, new GetStatementHistory(id));
        Assert.Equal(["edited the statement", "added the statement"], history.Items.Select(e => e.Action));
        Assert.Equal(["added the statement", "edited the statement"], heard.Where(c => c.StatementIds.Contains(id)).Select(c => c.Action));
    }

    [Fact]
    public async Task A_command_without_a_declared_action_is_refused_and_writes_nothing()
    {
        var refused = await db.RejectsWithoutWritingAsync<InvalidOperationException>(() => db.SendAs(Roles.Editor, new Unnamed("Nameless")));

        Assert.Contains(nameof(Unnamed), refused.Message, StringComparison.Ordinal);
    }

    [AllowedRoles(RoleSet.Editors)]
    public sealed record Unnamed(string Name) : ICommand<int>;

    private sealed class UnnamedHandler(IClaimTrackerDb store) : IRequestHandler<Unnamed, int>
    {
        public Task<int> Handle(Unnamed request, CancellationToken cancellationToken)
        {
            store.Speakers.Add(new ClaimTracker.Domain.Speakers.Speaker { Name = request.Name });
            return Task.FromResult(0);
        }
    }

    public sealed class Database : TestDatabase
    {
        protected override bool Seeded => true;

        protected override void ConfigureServices(IServiceCollection services) =>
            services.AddScoped<IRequestHandler<Unnamed, int>, UnnamedHandler>();
    }
}
