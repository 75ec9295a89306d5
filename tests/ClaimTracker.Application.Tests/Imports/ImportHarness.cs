using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Common.Telemetry;
using ClaimTracker.Application.Imports;
using ClaimTracker.Application.Imports.Formats;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Imports;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Application.Tests.Imports;

/// <summary>Runs imports the way the command line does: file checks, BeginImport as an editor, then the runner.</summary>
public static class ImportHarness
{
    public static readonly ImportMember Editor = new("id-Editor", "test-editor", [Roles.Editor]);

    /// <summary>Writes <paramref name="content"/> to a fresh temp file named <paramref name="name"/>.</summary>
    public static ImportFile Write(string name, string content, bool bom = false)
    {
        var directory = Path.Combine(Path.GetTempPath(), "claimtracker-import-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, content, new System.Text.UTF8Encoding(bom));
        return new ImportFile(path, name);
    }

    public static ImportFile WriteBytes(string name, byte[] content)
    {
        var directory = Path.Combine(Path.GetTempPath(), "claimtracker-import-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, content);
        return new ImportFile(path, name);
    }

    public static async Task<ImportProgress> ImportAsync(
        this TestDatabase db, ImportFormat format, IReadOnlyList<ImportFile> files, ImportOptions? options = null,
        int chunkSize = ImportRunner.DefaultChunkSize, IProgress<ImportProgress>? progress = null, CancellationToken ct = default,
        int compactSearchAfter = 10_000)
    {
        options ??= new ImportOptions();
        foreach (var file in files)
        {
            await ImportReaders.CheckAsync(format, file, options, 1, ct);
        }
        var batchId = await db.SendAs(Roles.Editor, new BeginImport(format, files.Select(f => f.Name).ToList()));
        var runner = new ImportRunner(
            db.Services.GetRequiredService<IServiceScopeFactory>(),
            db.Services.GetRequiredService<RequestMetrics>(),
            db.Services.GetRequiredService<Microsoft.Extensions.Logging.ILogger<ImportRunner>>())
        {
            ChunkSize = chunkSize,
            CompactSearchAfter = compactSearchAfter,
        };
        return await runner.RunAsync(batchId, format, files, options, Editor, progress, ct);
    }

    public static Task<ImportProgress> ImportAsync(this TestDatabase db, ImportFormat format, ImportFile file, ImportOptions? options = null) =>
        db.ImportAsync(format, [file], options);

    public static async Task<string> SummaryAsync(this TestDatabase db, ImportFormat format, ImportFile file, ImportOptions? options = null) =>
        (await db.ImportAsync(format, file, options)).Summary;
}
