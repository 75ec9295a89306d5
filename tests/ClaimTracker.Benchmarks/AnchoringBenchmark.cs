using System.Diagnostics;
using ClaimTracker.Application;
using ClaimTracker.Application.Annotations;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Sources;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Statements;
using ClaimTracker.Domain.Annotations;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Sources;
using ClaimTracker.Domain.Speakers;
using ClaimTracker.Domain.Statements;
using ClaimTracker.Infrastructure;
using ClaimTracker.Infrastructure.Identity;
using ClaimTracker.Infrastructure.Persistence;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The re-anchoring case from the outside review: a quote of "ab" x 2000 with 200 highlights on "ab", then edited to
/// "b" + "ab" x 1999 + "a". Times the annotation export before the edit (the baseline) and after it, the edit itself
/// (which now finds every note once), ten readers exporting at once, and locating the 200 notes from stale offsets
/// (what a read would cost if nothing had been stored). Run: dotnet run -c Release --project tests/ClaimTracker.Benchmarks -- anchoring
/// </summary>
internal static class AnchoringBenchmark
{
    private static readonly Uri BaseUri = new("https://desk.test/");

    public static async Task<int> RunAsync(int runs)
    {
        var file = Path.Combine(Path.GetTempPath(), $"claimtracker-anchoring-{Guid.NewGuid():N}.db");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Sqlite"] = $"Data Source={file}",
            ["Database:Provider"] = "Sqlite",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.Configure<IdentityOptions>(IdentityStore.Configure);
        services.AddClaimTrackerApplication();
        services.AddClaimTrackerInfrastructure(configuration, Path.GetTempPath());
        await using var provider = services.BuildServiceProvider();
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>().Database.MigrateAsync();
        }

        async Task<T> Send<T>(IRequest<T> request, string role = Roles.Analyst)
        {
            await using var scope = provider.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Set("bench", "bench@claimtracker.test", [role]);
            return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
        }

        var repeated = string.Concat(Enumerable.Repeat("ab", 2000));
        var shifted = "b" + string.Concat(Enumerable.Repeat("ab", 1999)) + "a";
        var speaker = await Send(new CreateSpeaker(new SpeakerInput { Name = "Bench Speaker", Kind = SpeakerKind.Person }));
        var source = await Send(new CreateSource(new SourceInput { Outlet = "Bench Daily", Headline = "Bench", Kind = SourceKind.NewsArticle }));
        StatementInput Input(string quote) => new()
        {
            Quote = quote,
            QuoteKind = QuoteKind.DirectQuote,
            SpeakerId = speaker,
            SourceId = source,
            SaidOn = new DateOnly(2025, 1, 1),
            SaidOnPrecision = DatePrecision.Day,
        };
        var statement = await Send(new CreateStatement(Input(repeated)));
        for (var i = 0; i < 200; i++)
        {
            await Send(new AnnotateQuote(statement, i * 20, i * 20 + 2, AnnotationKind.Highlight, null));
        }

        async Task<double> Median(Func<Task> action)
        {
            await action();
            var times = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var watch = Stopwatch.StartNew();
                await action();
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            return times[times.Count / 2];
        }

        Task Export() => Send(new ExportAnnotations(statement, BaseUri), Roles.Viewer);
        Task TenReaders() => Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Export()));

        var baseline = await Median(Export);
        var baselineTen = await Median(TenReaders);

        var version = (await Send(new GetStatement(statement), Roles.Viewer)).Version;
        var editWatch = Stopwatch.StartNew();
        await Send(new EditStatement(statement, version, Input(shifted)));
        var edit = editWatch.Elapsed.TotalMilliseconds;

        var shiftedExport = await Median(Export);
        var shiftedTen = await Median(TenReaders);

        // The read path without stored offsets: every note searched for from a stale offset.
        var notes = Enumerable.Range(0, 200).Select(i => (Old: i * 20, Anchor: TextAnchor.Describe(repeated, new TextSpan(i * 20, i * 20 + 2)))).ToList();
        var locate = await Median(() =>
        {
            foreach (var (old, (exact, prefix, suffix)) in notes)
            {
                _ = TextAnchor.Locate(shifted, exact, prefix, suffix, old) ?? throw new InvalidOperationException("A note was lost.");
            }
            return Task.CompletedTask;
        });

        Console.WriteLine($"Re-anchoring: quote \"ab\" x 2000, 200 highlights, shifted by one letter; medians of {runs} runs");
        Console.WriteLine($"{"annotation export, quote unchanged (baseline)",-52} {baseline,8:F1} ms");
        Console.WriteLine($"{"annotation export after the shift",-52} {shiftedExport,8:F1} ms   ratio {shiftedExport / baseline,5:F2}");
        Console.WriteLine($"{"ten readers at once, unchanged (baseline)",-52} {baselineTen,8:F1} ms");
        Console.WriteLine($"{"ten readers at once after the shift",-52} {shiftedTen,8:F1} ms   ratio {shiftedTen / baselineTen,5:F2}");
        Console.WriteLine($"{"the edit itself (finds and stores all 200 notes)",-52} {edit,8:F1} ms");
        Console.WriteLine($"{"locating 200 notes from stale offsets (no store)",-52} {locate,8:F1} ms");

        SqliteConnection.ClearAllPools();
        File.Delete(file);
        return 0;
    }
}
