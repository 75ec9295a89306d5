using ClaimTracker.Application.Common;
using ClaimTracker.Application.Reviews;
using ClaimTracker.Application.Statements;
using ClaimTracker.Web.Exports;
using ClaimTracker.Web.Setup;

namespace ClaimTracker.Web.Commands;

/// <summary>
/// <c>export --format csv FILE [--speaker ID|NAME] [--from yyyy-MM-dd] [--to yyyy-MM-dd] [--NAME VALUE...]</c>:
/// writes the statements the filter matches (any name of the statement list's filter: q, topic, verdict, kind...) as
/// the same CSV that <c>GET /api/statements.csv</c> answers. <c>export --format claimreview FILE</c>: every published
/// fact-check of ours as one schema.org DataFeed of ClaimReviews (the pages of <c>GET /api/claimreviews</c> joined),
/// which <c>import --format claimreview</c> reads back. FILE "-" writes to standard output.
/// </summary>
public sealed class ExportCommand : IDeskCommand
{
    public string Name => "export";

    public string Usage => "dotnet ClaimTracker.Web.dll export --format csv FILE [--speaker ID|NAME] [--from yyyy-MM-dd] [--to yyyy-MM-dd] [--verdict False,...]"
        + Environment.NewLine + "       dotnet ClaimTracker.Web.dll export --format claimreview FILE";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, CancellationToken cancellation)
    {
        var parsed = CommandLineExport.Arguments.Parse(arguments);
        if (parsed.Error is not null || parsed.File is null || parsed.Format is null)
        {
            await Console.Error.WriteLineAsync((parsed.Error ?? "Say what to export and where.") + Environment.NewLine + $"Usage: {Usage}");
            return 2;
        }
        if (parsed.Format == "claimreview")
        {
            return await ClaimReviewsAsync(services, parsed, cancellation);
        }
        if (parsed.Format != "csv")
        {
            await Console.Error.WriteLineAsync($"Unknown format '{parsed.Format}'. Formats: csv, claimreview.");
            return 2;
        }
        try
        {
            var filter = await CommandLineExport.ReadFilterAsync(services, parsed.Filters, cancellation);
            var request = new ExportStatements(filter);
            // The first page before the file is opened: a refused filter leaves no file behind.
            var first = await CommandLineExport.SendAsync(services, request, cancellation);
            var written = await CommandLineExport.WriteFileAsync(parsed.File, async stream =>
            {
                await using var writer = new StreamWriter(stream, StatementCsv.Encoding, bufferSize: 64 * 1024);
                return await StatementCsv.WriteAsync(writer, first, request,
                    (next, cancel) => CommandLineExport.SendAsync(services, next, cancel), cancellation);
            });
            if (parsed.File != "-")
            {
                await Console.Out.WriteLineAsync($"{written} statements written to {parsed.File}");
            }
            return 0;
        }
        catch (RequestValidationException e)
        {
            foreach (var (field, messages) in e.Errors)
            {
                foreach (var message in messages)
                {
                    await Console.Error.WriteLineAsync($"--{field}: {message}");
                }
            }
            return 1;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("Export cancelled; no file was written.");
            return 130;
        }
    }

    private static async Task<int> ClaimReviewsAsync(IServiceProvider services, CommandLineExport.Arguments parsed, CancellationToken cancellation)
    {
        if (parsed.Filters.Count > 0)
        {
            // The feed is the public record: every published fact-check, no selection.
            await Console.Error.WriteLineAsync($"The claimreview export holds every published fact-check; leave out --{parsed.Filters[0].Name}.");
            return 2;
        }
        if (services.GetRequiredService<PublicBaseUrl>().Configured is not { } publicBase)
        {
            await Console.Error.WriteLineAsync($"Set {PublicBaseUrl.Setting}: each ClaimReview names its public page by its full address.");
            return 2;
        }
        try
        {
            var written = await CommandLineExport.WriteFileAsync(parsed.File!, stream =>
                ClaimReviewFeed.WriteAsync(stream, publicBase, (page, cancel) => CommandLineExport.SendAsync(services, page, cancel), cancellation));
            if (parsed.File != "-")
            {
                await Console.Out.WriteLineAsync($"{written} ClaimReviews written to {parsed.File}");
            }
            return 0;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("Export cancelled; no file was written.");
            return 130;
        }
    }
}
