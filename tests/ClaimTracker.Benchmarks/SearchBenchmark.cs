using System.Diagnostics;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Statements;
using ClaimTracker.Infrastructure.Identity;
using ClaimTracker.Infrastructure.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Statement search at scale: the first page through the use case (best match and newest first) against a LIKE scan
/// of the quotes for the same words, newest first, on the same file. The filler's quotes read
/// "Claim {id} about topic {n} and the economy": an id is a rare word, "topic 7" a phrase in one statement in sixty,
/// "economy" a word in every one.
/// </summary>
internal static class SearchBenchmark
{
    private static readonly (string Name, string Search, string Like)[] Cases =
    [
        ("rare word (one statement)", "73421", "%73421%"),
        ("phrase, 1 in 60 (\"topic 7 and\")", "\"topic 7 and\"", "%topic 7 and%"),
        ("common word (every statement)", "economy", "%economy%"),
        ("common phrase (\"the economy\")", "\"the economy\"", "%the economy%"),
        ("two common words", "claim economy", "%economy%"),
        ("common word minus a rare one", "economy -73421", "%economy%"),
    ];

    public static async Task RunAsync(IServiceProvider provider, int runs)
    {
        Console.WriteLine();
        Console.WriteLine($"Search, first page of 25, median of {runs} runs after one warm-up, ms wall (ms of this process's CPU):");
        Console.WriteLine($"{"search",-36} {"best match",16} {"newest",16} {"LIKE newest",18} {"LIKE/newest",12}");
        foreach (var (name, search, like) in Cases)
        {
            var ranked = await MedianAsync(runs, () => SendAsync(provider, new ListStatements { Search = search, Sort = StatementSort.Relevance }));
            var newest = await MedianAsync(runs, () => SendAsync(provider, new ListStatements { Search = search, Sort = StatementSort.Newest }));
            var scan = await MedianAsync(runs, () => LikeAsync(provider, like));
            Console.WriteLine($"{name,-36} {Show(ranked),16} {Show(newest),16} {Show(scan),18} {scan.Wall / newest.Wall,11:F0}x");
        }
    }

    private static async Task<int> SendAsync(IServiceProvider provider, ListStatements request)
    {
        await using var scope = provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set("bench", "bench@claimtracker.test", [Roles.Viewer]);
        return (await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request)).Items.Count;
    }

    /// <summary>What search was before full text: a LIKE over every quote, walking the date index.</summary>
    private static async Task<int> LikeAsync(IServiceProvider provider, string pattern)
    {
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>();
        return (await db.Statements.AsNoTracking()
            .Where(s => EF.Functions.Like(s.Quote, pattern))
            .OrderByDescending(s => s.SaidOn).ThenByDescending(s => s.Id)
            .Take(26).Select(s => s.Id).ToListAsync()).Count;
    }

    private static string Show((double Wall, double Cpu) time) => $"{time.Wall:F2} ({time.Cpu:F2})";

    /// <summary>
    /// Wall time and this process's CPU time: the build machine is shared, and under load the wall time says more
    /// about the neighbours than about the query.
    /// </summary>
    private static async Task<(double Wall, double Cpu)> MedianAsync(int runs, Func<Task<int>> action)
    {
        await action();
        var walls = new List<double>();
        var cpus = new List<double>();
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < runs; i++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            await action();
            walls.Add(watch.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpus.Add((process.TotalProcessorTime - cpu).TotalMilliseconds);
        }
        walls.Sort();
        cpus.Sort();
        return (walls[runs / 2], cpus[runs / 2]);
    }
}
