using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Application;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Stats;
using ClaimTracker.Infrastructure;
using ClaimTracker.Infrastructure.Identity;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Application.Tests.Stats;

/// <summary>
/// No SQL Server runs here, but EF translates a query before it connects: pointed at a closed port, every stats
/// query must fail to connect (it was translated to T-SQL), never fail to translate.
/// </summary>
public sealed class SqlServerTranslationTests
{
    public static TheoryData<string> Queries() =>
    [
        nameof(GetSpeakerVerdicts), nameof(GetSpeakerTimeline), nameof(GetSpeakerLinks), nameof(GetSpeakerTopics),
        nameof(GetSpeakerRebutters), nameof(CompareSpeakers), nameof(GetReviewStatusCounts), nameof(GetPublishedPerWeek),
        nameof(GetAnalystWork), nameof(GetActiveTopics), nameof(ListRecentActivity), nameof(ListStatements), nameof(GetMyQueueCounts),
    ];

    private static Func<IMediator, Task> RequestFor(string name) => name switch
    {
        nameof(GetSpeakerVerdicts) => m => m.Send(new GetSpeakerVerdicts(1)),
        nameof(GetSpeakerTimeline) => m => m.Send(new GetSpeakerTimeline(1)),
        nameof(GetSpeakerLinks) => m => m.Send(new GetSpeakerLinks(1)),
        nameof(GetSpeakerTopics) => m => m.Send(new GetSpeakerTopics(1)),
        nameof(GetSpeakerRebutters) => m => m.Send(new GetSpeakerRebutters(1)),
        nameof(CompareSpeakers) => m => m.Send(new CompareSpeakers([1, 2])),
        nameof(GetReviewStatusCounts) => m => m.Send(new GetReviewStatusCounts()),
        nameof(GetPublishedPerWeek) => m => m.Send(new GetPublishedPerWeek()),
        nameof(GetAnalystWork) => m => m.Send(new GetAnalystWork()),
        nameof(GetActiveTopics) => m => m.Send(new GetActiveTopics()),
        nameof(ListRecentActivity) => m => m.Send(new ListRecentActivity()),
        nameof(GetMyQueueCounts) => m => m.Send(new GetMyQueueCounts()),
        nameof(ListStatements) => m => m.Send(new ListStatements { SpeakerId = 1, LinkKind = ClaimTracker.Domain.Statements.LinkRelation.Contradicts, LinkScope = LinkScope.OwnWords }),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Each_stats_query_translates_to_TSql(string query)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:SqlServer"] = "Server=tcp:127.0.0.1,9;Database=ClaimTracker;User Id=x;Password=x;Connect Timeout=1;Encrypt=False",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.Configure<IdentityOptions>(IdentityStore.Configure);
        services.AddClaimTrackerApplication();
        services.AddClaimTrackerInfrastructure(configuration, Path.GetTempPath());
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set("u", "viewer@claimtracker.test", [Roles.Viewer]);

        var failure = await Record.ExceptionAsync(() => RequestFor(query)(scope.ServiceProvider.GetRequiredService<IMediator>()));

        // Validators that read the database (none of these) would fail the same way; a LINQ translation failure would
        // be an InvalidOperationException instead.
        Assert.IsType<SqlException>(failure);
    }
}
