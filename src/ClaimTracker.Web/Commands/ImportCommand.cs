using System.Text.Json;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Imports;
using ClaimTracker.Application.Imports.Formats;
using ClaimTracker.Domain.Imports;
using MediatR;

namespace ClaimTracker.Web.Commands;

/// <summary>
/// <c>import --format liar|csv|claimreview|factcheck-api [--map map.json] [--as EMAIL] FILE...</c>: imports files with
/// the app's configuration and database, printing progress and the summary line. Runs as the desk's command line,
/// an editor's import (the audit trail names "command line" unless <c>--as</c> names a member).
/// </summary>
public sealed class ImportCommand : IDeskCommand
{
    public string Name => "import";

    public string Usage => "dotnet ClaimTracker.Web.dll import --format liar|csv|claimreview|factcheck-api [--map map.json] FILE...";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, CancellationToken cancellation)
    {
        ImportFormat? format = null;
        string? mapFile = null;
        var user = "command line";
        var files = new List<string>();
        for (var i = 0; i < arguments.Count; i++)
        {
            switch (arguments[i])
            {
                case "--format" when i + 1 < arguments.Count:
                    format = ImportFormats.Parse(arguments[++i]);
                    if (format is null)
                    {
                        await Console.Error.WriteLineAsync($"Unknown format '{arguments[i]}'. Formats: liar, csv, claimreview, factcheck-api.");
                        return 2;
                    }
                    break;
                case "--map" when i + 1 < arguments.Count:
                    mapFile = arguments[++i];
                    break;
                case "--as" when i + 1 < arguments.Count:
                    user = arguments[++i];
                    break;
                default:
                    files.Add(arguments[i]);
                    break;
            }
        }
        if (format is null || files.Count == 0)
        {
            await Console.Error.WriteLineAsync($"Usage: {Usage}");
            return 2;
        }

        var options = new ImportOptions();
        if (mapFile is not null)
        {
            try
            {
                options = options with { ColumnMap = JsonSerializer.Deserialize<Dictionary<string, string>>(await File.ReadAllTextAsync(mapFile, cancellation)) };
            }
            catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
            {
                await Console.Error.WriteLineAsync($"{mapFile}: not a column mapping ({{ \"quote\": \"Statement\", \"speaker\": \"Who\", ... }}): {e.Message}");
                return 2;
            }
        }

        var imports = files.Select(f => new ImportFile(Path.GetFullPath(f), Path.GetFileName(f))).ToList();
        try
        {
            foreach (var file in imports)
            {
                await ImportReaders.CheckAsync(format.Value, file, options, 1, cancellation);
            }
        }
        catch (ImportFileException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }

        var member = new ImportMember("command-line", user, [Roles.Editor]);
        int batchId;
        await using (var scope = services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(member.UserId, member.UserName, member.Roles);
            batchId = await scope.ServiceProvider.GetRequiredService<IMediator>()
                .Send(new BeginImport(format.Value, imports.Select(f => f.Name).ToList()), cancellation);
        }

        var result = await services.GetRequiredService<ImportRunner>()
            .RunAsync(batchId, format.Value, imports, options, member, new SynchronousProgress(Console.Out), cancellation);
        if (result.Message is { } message)
        {
            await Console.Out.WriteLineAsync(message);
        }
        await Console.Out.WriteLineAsync($"Import {batchId} {result.Status.ToString().ToLowerInvariant()} in {result.Elapsed.TotalSeconds:F1} s ({result.RowsPerSecond:N0} rows/s).");
        await Console.Out.WriteLineAsync(result.Summary);
        return result.Status == ImportStatus.Completed ? 0 : 1;
    }

    /// <summary>Prints each report as it comes (Progress&lt;T&gt; would post to the thread pool and print out of order).</summary>
    private sealed class SynchronousProgress(TextWriter output) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            if (value.Status == ImportStatus.Running)
            {
                output.WriteLine($"{value.RowsDone,8:N0} rows  {value.RowsPerSecond,8:N0} rows/s  {value.Summary}");
            }
        }
    }
}
