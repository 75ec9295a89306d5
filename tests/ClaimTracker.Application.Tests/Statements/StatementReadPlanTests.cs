using System.Collections.Concurrent;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClaimTracker.Application.Tests.Statements;

/// <summary>A seeded database that keeps the text of every SQL statement the use cases send.</summary>
public sealed class CommandCapturingDatabase : TestDatabase
{
    public ConcurrentQueue<string> Commands { get; } = new();

    protected override bool Seeded => true;

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<ILoggerProvider>(new CommandLog(Commands));

    private sealed class CommandLog(ConcurrentQueue<string> commands) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) =>
            categoryName == "Microsoft.EntityFrameworkCore.Database.Command" ? this : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (state is IReadOnlyList<KeyValuePair<string, object?>> values
                && values.FirstOrDefault(v => v.Key == "commandText").Value is string text
                && eventId.Name?.EndsWith("CommandExecuted", StringComparison.Ordinal) == true)
            {
                commands.Enqueue(text);
            }
        }

        public void Dispose()
        {
        }
    }
}

/// <summary>
/// A statement's page read its topics through a LEFT JOIN onto a joined subquery, which SQLite cannot flatten: it built
/// the topic join for every statement in the desk first (1.5 s per page at a million statements, instantly on the
/// seeds). The class of fault is visible in the plan at any size, so this checks the plans, not the time.
/// </summary>
public sealed class StatementReadPlanTests(CommandCapturingDatabase db) : IClassFixture<CommandCapturingDatabase>
{
    [Fact]
    public async Task Opening_a_statement_reads_its_topics_without_building_the_topics_of_every_statement()
    {
        var id = await db.StatementIdAsync("trump-modi-asked-mediation-2019-07-22");
        db.Commands.Clear();

        var statement = await db.GetStatementAsync(id);

        Assert.NotEmpty(statement.Topics);
        var topicReads = db.Commands.Where(c => c.Contains("\"StatementTopics\"", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(topicReads);
        foreach (var sql in topicReads)
        {
            var plan = await db.PlanAsync(sql);
            Assert.DoesNotContain(plan, step => step.StartsWith("MATERIALIZE", StringComparison.Ordinal));
        }
    }
}
