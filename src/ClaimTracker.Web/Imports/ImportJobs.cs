using System.Collections.Concurrent;
using System.Threading.Channels;
using ClaimTracker.Application.Imports;
using ClaimTracker.Domain.Imports;

namespace ClaimTracker.Web.Imports;

/// <summary>An import the desk started from the UI, waiting for the background worker.</summary>
public sealed record ImportJob(int BatchId, ImportFormat Format, IReadOnlyList<ImportFile> Files, ImportOptions Options, ImportMember Member, string UploadDirectory);

/// <summary>
/// The queue between the import page and <see cref="ImportWorker"/>, and the latest progress of each running batch.
/// Imports run on the server in the background, so the member's circuit stays responsive and a closed tab does not
/// stop them; pages subscribe to <see cref="Changed"/> to draw the progress bar. One server's queue: a second
/// server shows its own imports only (the batch list, from the database, shows all).
/// </summary>
public sealed class ImportJobs
{
    private readonly Channel<ImportJob> _queue = Channel.CreateUnbounded<ImportJob>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<int, ImportProgress> _latest = new();
    private readonly ConcurrentDictionary<int, CancellationTokenSource> _cancels = new();

    public event Action<ImportProgress>? Changed;

    public ChannelReader<ImportJob> Reader => _queue.Reader;

    public async Task EnqueueAsync(ImportJob job)
    {
        _cancels[job.BatchId] = new CancellationTokenSource();
        Publish(new ImportProgress(job.BatchId, ImportStatus.Running, 0, null, 0, 0, 0, 0, TimeSpan.Zero, null, "Waiting to start."));
        await _queue.Writer.WriteAsync(job);
    }

    public ImportProgress? Latest(int batchId) => _latest.GetValueOrDefault(batchId);

    public CancellationToken TokenFor(int batchId) => _cancels.TryGetValue(batchId, out var cancel) ? cancel.Token : CancellationToken.None;

    /// <summary>Asks a running import to stop after its current chunk. False when this server does not run it.</summary>
    public bool Cancel(int batchId)
    {
        if (!_cancels.TryGetValue(batchId, out var cancel))
        {
            return false;
        }
        cancel.Cancel();
        return true;
    }

    public void Publish(ImportProgress progress)
    {
        _latest[progress.BatchId] = progress;
        if (progress.Status != ImportStatus.Running && _cancels.TryRemove(progress.BatchId, out var cancel))
        {
            cancel.Dispose();
        }
        Changed?.Invoke(progress);
    }
}

/// <summary>Runs queued imports one at a time (two cores: a second import at once would only slow both).</summary>
public sealed partial class ImportWorker(ImportJobs jobs, ImportRunner runner, ILogger<ImportWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in jobs.Reader.ReadAllAsync(stoppingToken))
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, jobs.TokenFor(job.BatchId));
            try
            {
                var result = await runner.RunAsync(job.BatchId, job.Format, job.Files, job.Options, job.Member, new Relay(jobs), linked.Token);
                jobs.Publish(result);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e, job.BatchId);
            }
            finally
            {
                TryDelete(job.UploadDirectory);
            }
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover upload in the temp folder is harmless; the import's result does not depend on it.
        }
    }

    private sealed class Relay(ImportJobs jobs) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => jobs.Publish(value);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Import batch {BatchId} could not run.")]
    private static partial void LogFailed(ILogger logger, Exception exception, int batchId);
}
