using System.Collections;
using System.Globalization;
using System.Reflection;
using ClaimTracker.Application;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Search;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Infrastructure;
using ClaimTracker.Infrastructure.Changes;
using ClaimTracker.Infrastructure.Identity;
using ClaimTracker.Infrastructure.Search;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Application.Tests.Schema;

/// <summary>
/// No SQL Server runs here, but EF translates a query to T-SQL before it connects. Every query use case (found by
/// reflection: a new one is covered without touching this file) is sent to an app configured for SQL Server at a
/// closed port, once as it comes and once per filter it offers: each must fail to connect (it was translated), never
/// fail to translate. Overlaps the stats-only check that started in the Stats tests; this one covers them too.
/// A handler is checked up to its first round trip; a validator that reads the database stops it there too.
/// </summary>
public sealed class SqlServerQueryTranslationTests : IAsyncLifetime
{
    private const string ClosedServer =
        "Server=tcp:127.0.0.1,9;Database=ClaimTracker;User Id=x;Password=x;Connect Timeout=1;ConnectRetryCount=0;Encrypt=False;Pooling=False";

    private ServiceProvider _services = null!;

    /// <summary>Queries answered from the member's roles alone: they must succeed with no server at all.</summary>
    private static readonly HashSet<string> AnsweredWithoutTheDatabase = ["GetDeskPermissions"];

    /// <summary>Filters that mean something only with another one set (whose work, since when).</summary>
    private static readonly Dictionary<string, string> Companions = new(StringComparer.Ordinal)
    {
        ["Work"] = "Member",
        ["WorkFrom"] = "Member",
    };

    public static IReadOnlyList<Type> QueryTypes { get; } = typeof(Application.DependencyInjection).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IQuery<>)))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToList();

    /// <summary>One case per query type as constructed from sample arguments, and one per optional filter value.</summary>
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in QueryTypes)
        {
            data.Add(type.Name, "");
            foreach (var variant in Variants(type).Select(v => v.Name))
            {
                data.Add(type.Name, variant);
            }
        }
        return data;
    }

    [Fact]
    public void Queries_are_found_by_reflection() =>
        // A guard against the enumeration silently finding nothing (a renamed interface, a moved assembly).
        Assert.Contains(QueryTypes, t => t.Name == "ListStatements");

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_query_and_filter_translates_to_TSql(string query, string variant)
    {
        var type = QueryTypes.Single(t => t.Name == query);
        var request = variant.Length == 0
            ? Construct(type)
            : await Variants(type).Single(v => v.Name == variant).BuildAsync(this);
        if (request is null)
        {
            // Only "After" can end here: no sample cursor passed the validator, so say which shape is missing.
            Assert.Fail($"No sample cursor is valid for {query}.{variant}; add its shape to {nameof(CursorCandidates)}.");
        }

        var failure = await SendAsync(request);

        if (AnsweredWithoutTheDatabase.Contains(query))
        {
            Assert.Null(failure);
            return;
        }
        Assert.True(failure is SqlException,
            $"{query} {variant}: expected a connection failure (translated to T-SQL), got {failure?.GetType().Name ?? "success"}: {failure?.Message}");
    }

    /// <summary>
    /// Every filter of the statement list beside a topic, which reads the page from the topic's tag rows and checks each
    /// statement by key (docs/adr/0026). A speaker or a search first count (the handler stops at that round trip), so
    /// they are left to the test of the plans below.
    /// </summary>
    public static TheoryData<string> FiltersBesideATopic()
    {
        var data = new TheoryData<string>();
        string[] countFirst = ["TopicId=", "SpeakerId=", "Search=", "PageSize="];
        foreach (var name in Variants(typeof(ListStatements)).Select(v => v.Name).Where(n => !countFirst.Any(c => n.StartsWith(c, StringComparison.Ordinal))))
        {
            data.Add(name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(FiltersBesideATopic))]
    public async Task A_topics_walk_with_each_other_filter_translates_to_TSql(string variant)
    {
        var request = Assert.IsType<ListStatements>(await Variants(typeof(ListStatements)).Single(v => v.Name == variant).BuildAsync(this));

        var failure = await SendAsync(request with { TopicId = 1 });

        Assert.True(failure is SqlException,
            $"topic and {variant}: expected a connection failure (translated to T-SQL), got {failure?.GetType().Name ?? "success"}: {failure?.Message}");
    }

    [Fact]
    public async Task The_live_update_fallback_reads_the_audit_trail_in_TSql()
    {
        var feed = new AuditChangeFeed(_services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<ClaimTracker.Infrastructure.Persistence.ClaimTrackerDbContext>>());

        Assert.IsType<SqlException>(await Record.ExceptionAsync(() => feed.LatestIdAsync(CancellationToken.None)));
        Assert.IsType<SqlException>(await Record.ExceptionAsync(() => feed.ChangesAfterAsync(41, DateTime.UtcNow, CancellationToken.None)));
    }

    [Fact]
    public async Task Every_search_plan_translates_to_TSql_and_a_common_search_ranks_only_the_top_n()
    {
        // The list's handler stops at its first round trip (counting the matches), so each plan is translated here.
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IClaimTrackerDb>();
        var search = scope.ServiceProvider.GetRequiredService<IStatementTextSearch>();
        var query = SearchQuery.Parse("\"exact phrase\" mediate OR kashmir -troops");
        var filtered = db.Statements.Where(s => s.SpeakerId == 3);

        var bounded = Assert.IsType<SqlServerStatementTextSearch>(search).RanksAmong(db, filtered, query, 1000).OrderBy(r => r.Rank).ToQueryString();
        Assert.Contains("CONTAINSTABLE(dbo.StatementSearchDocuments, Everything, @p0, 1000)", bounded, StringComparison.Ordinal);
        Assert.Contains("[SpeakerId] = 3", bounded, StringComparison.Ordinal);
        Assert.Contains("CONTAINSTABLE", filtered.Join(search.Ranks(db, query), s => s.Id, r => r.Id, (s, r) => r).ToQueryString(), StringComparison.Ordinal);
        foreach (var strategy in Enum.GetValues<SearchStrategy>())
        {
            Assert.Contains("CONTAINSTABLE", search.Matching(db, filtered, query, strategy).ToQueryString(), StringComparison.Ordinal);
        }
        // A topic's walk checks each statement by key against a speaker's statements and a common search's words.
        var byKey = new ListStatements { SpeakerId = 3, Status = ClaimTracker.Domain.Reviews.ReviewStatus.Draft }.ApplyByKey(db.Statements, db.Reviews);
        var matching = search.Matching(db, byKey, query, SearchStrategy.CheckEachRow);
        var probe = db.Statements.Where(s => matching.Any(m => m.Id == s.Id)).ToQueryString();
        Assert.Contains("CONTAINSTABLE", probe, StringComparison.Ordinal);
        Assert.Contains("DECLARE @speakerId int = 3;", probe, StringComparison.Ordinal);
        Assert.Contains("[OnBehalfOfId] = @speakerId", probe, StringComparison.Ordinal);
    }

    public Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:SqlServer"] = ClosedServer,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.Configure<IdentityOptions>(IdentityStore.Configure);
        services.AddClaimTrackerApplication();
        services.AddClaimTrackerInfrastructure(configuration, Path.GetTempPath());
        _services = services.BuildServiceProvider();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private async Task<Exception?> SendAsync(object request)
    {
        await using var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set("member-1", "member-1", Roles.All);
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var responseType = request.GetType().GetInterfaces()
            .Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IQuery<>)).GetGenericArguments()[0];
        var send = typeof(IMediator).GetMethods()
            .Single(m => m.Name == nameof(IMediator.Send) && m.IsGenericMethod)
            .MakeGenericMethod(responseType);
        return await Record.ExceptionAsync(() => (Task)send.Invoke(mediator, [request, CancellationToken.None])!);
    }

    /// <summary>True when every validator of the request accepts it (without reaching the database).</summary>
    private async Task<bool> IsValidAsync(object request)
    {
        await using var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set("member-1", "member-1", Roles.All);
        var validators = (IEnumerable)scope.ServiceProvider.GetServices(typeof(IValidator<>).MakeGenericType(request.GetType()));
        foreach (IValidator validator in validators)
        {
            try
            {
                if (!(await validator.ValidateAsync(new ValidationContext<object>(request))).IsValid)
                {
                    return false;
                }
            }
            catch (SqlException)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The request from its widest constructor with sample arguments; init properties keep their defaults. A
    /// constructor that copies another request of its own kind (ListStatements from a StatementFilter) is not one.
    /// </summary>
    private static object Construct(Type type)
    {
        var constructor = type.GetConstructors()
            .Where(c => !c.GetParameters().Any(p => p.ParameterType.IsAssignableFrom(type)))
            .OrderByDescending(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters()
            .Select(p => p.HasDefaultValue ? p.DefaultValue : SampleOf(p.ParameterType, p.Name ?? ""))
            .ToArray();
        return constructor.Invoke(arguments);
    }

    private static object? SampleOf(Type type, string name)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        return plain switch
        {
            // Two different records where a request names two (a merge keeps one and drops the other).
            _ when plain == typeof(int) => name.Contains("Duplicate", StringComparison.OrdinalIgnoreCase) ? 2 : 1,
            _ when plain == typeof(long) => 1L,
            _ when plain == typeof(bool) => true,
            _ when plain == typeof(string) => "kashmir",
            _ when plain == typeof(DateOnly) => name.Contains("To", StringComparison.Ordinal) ? new DateOnly(2020, 12, 31) : new DateOnly(2018, 1, 1),
            _ when plain == typeof(DateTime) => new DateTime(2019, 7, 23, 0, 0, 0, DateTimeKind.Utc),
            _ when plain == typeof(Uri) => new Uri("https://desk.example/"),
            _ when plain == typeof(global::ClaimTracker.Application.Statements.VerdictSet) =>
                global::ClaimTracker.Application.Statements.VerdictSet.Of([new global::ClaimTracker.Application.Stats.VerdictBucket(global::ClaimTracker.Domain.Reviews.Rating.False, false), global::ClaimTracker.Application.Stats.VerdictBucket.Pending, global::ClaimTracker.Application.Stats.VerdictBucket.Unrated]),
            _ when plain.IsEnum => Enum.GetValues(plain).GetValue(Enum.GetValues(plain).Length > 1 ? 1 : 0),
            _ when plain.IsAssignableFrom(typeof(List<int>)) => new List<int> { 1, 2 },
            _ when plain.IsAssignableFrom(typeof(List<string>)) => new List<string> { "kashmir" },
            _ => null,
        };
    }

    private static readonly object[][] CursorCandidates =
    [
        [1], [1L], ["2019-07-23", 1], ["kashmir", 1], [1, 1], ["2019-07-23T00:00:00.0000000Z", 1], [638_000_000_000_000_000L, 1],
    ];

    private sealed record Variant(string Name, Func<SqlServerQueryTranslationTests, Task<object?>> BuildAsync);

    /// <summary>
    /// One variant per settable property: every value of an enum, a sample of anything else; "After" gets the first
    /// sample cursor the validator accepts.
    /// </summary>
    private static IEnumerable<Variant> Variants(Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }))
        {
            if (property.Name == "After")
            {
                yield return new Variant("After", async test =>
                {
                    foreach (var parts in CursorCandidates)
                    {
                        var request = With(type, property, Cursor.Encode(parts));
                        if (await test.IsValidAsync(request))
                        {
                            return request;
                        }
                    }
                    return null;
                });
                continue;
            }
            var plain = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var values = plain.IsEnum
                ? Enum.GetValues(plain).Cast<object>()
                : SampleOf(property.PropertyType, property.Name) is { } sample ? [sample] : [];
            foreach (var value in values)
            {
                yield return new Variant(
                    $"{property.Name}={Convert.ToString(value, CultureInfo.InvariantCulture)}",
                    _ => Task.FromResult<object?>(With(type, property, value)));
            }
        }
    }

    private static object With(Type type, PropertyInfo property, object? value)
    {
        var request = Construct(type);
        property.SetValue(request, value);
        if (Companions.TryGetValue(property.Name, out var companion) && type.GetProperty(companion) is { } other)
        {
            other.SetValue(request, SampleOf(other.PropertyType, other.Name));
        }
        return request;
    }
}
