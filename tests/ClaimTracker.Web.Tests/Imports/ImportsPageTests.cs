using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Imports;
using ClaimTracker.Domain.Imports;
using ImportsPage = ClaimTracker.Web.Components.Pages.Imports.Imports;
using ClaimTracker.Web.Imports;
using ClaimTracker.Web.Tests.Support;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Imports;

/// <summary>
/// The import page: the upload form (who sees it, what a bad file says), the column mapping and the preview of the
/// first rows, then the progress of the running batch with its cancel button. Files are read for real from a
/// temporary folder; the background worker is not running, so the test publishes the progress it would.
/// </summary>
public sealed class ImportsPageTests : ComponentTest
{
    private const int BatchId = 12;
    private readonly ImportJobs _jobs = new();
    private readonly List<ImportBatchItem> _batches = [];

    public ImportsPageTests()
    {
        Services.AddSingleton(_jobs);
        Dispatcher.On((ListImports _) => (IReadOnlyList<ImportBatchItem>)_batches.ToList());
        Dispatcher.On((BeginImport _) => BatchId);
        SignInAs(Roles.Editor);
    }

    private static ImportBatchItem Batch(ImportStatus status, int created) =>
        new(BatchId, ImportFormat.Csv, "claims.csv", status, "Edna Editor", new DateTime(2026, 12, 2, 13, 0, 0, DateTimeKind.Utc),
            null, created, 0, 0, 1, created + 1, null, null);

    private IRenderedComponent<ImportsPage> RenderPage() => Render<ImportsPage>();

    private static void Upload(IRenderedComponent<ImportsPage> cut, string text, string name = "claims.csv") =>
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(text, name));

    private static IReadOnlyList<string> Errors(IRenderedComponent<ImportsPage> cut) =>
        Read.Texts(cut.FindAll("[data-testid=errors] li"));

    [Fact]
    public void A_viewer_sees_the_batches_but_no_upload_form_and_no_undo()
    {
        _batches.Add(Batch(ImportStatus.Completed, 3));
        SignInAs(Roles.Viewer);

        var cut = RenderPage();

        Assert.Empty(cut.FindAll("[data-testid=import-files]"));
        Assert.Empty(cut.FindAll("[data-testid=undo-import]"));
        Assert.Equal(["12 2026-12-02 13:00 UTC Edna Editor csv claims.csv Completed 3 created, 0 updated, 0 unchanged, 1 rejected"],
            Read.Texts(cut.FindAll("[data-testid=import-batch]")).Select(t => t.Replace(" Undo", "", StringComparison.Ordinal)).ToList());
    }

    [Fact]
    public void An_editor_gets_the_form_with_every_format_and_no_preview_before_a_file()
    {
        var cut = RenderPage();

        Assert.Equal(["Csv", "Liar", "ClaimReview", "FactCheckApi"], cut.FindAll("[data-testid=import-format] option").Select(o => o.GetAttribute("value")).ToList());
        Assert.Empty(cut.FindAll("[data-testid=import-preview]"));
        Assert.Empty(cut.FindAll("[data-testid=start-import]"));
        Assert.Empty(cut.FindAll("[data-testid=import-progress]"));
    }

    [Fact]
    public void An_empty_file_is_refused_with_a_message_and_no_preview()
    {
        var cut = RenderPage();

        Upload(cut, "");

        cut.WaitForAssertion(() => Assert.Single(Errors(cut)), TimeSpan.FromSeconds(10));
        Assert.Contains("claims.csv", Errors(cut)[0], StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=start-import]"));
        Assert.Empty(Dispatcher.SentOf<BeginImport>());
    }

    [Fact]
    public void Headers_the_page_cannot_guess_are_mapped_by_hand_and_the_preview_follows()
    {
        var cut = RenderPage();

        Upload(cut, "person,day,remark,verdict\nRaveesh Kumar,2019-07-23,\"No such request, he said.\",False\nAna Silva,2021-03-01,Taxes fell by half,\n");

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=column-mapping]")), TimeSpan.FromSeconds(10));
        Assert.Contains("no column is mapped to quote, speaker, date", Assert.Single(Errors(cut)), StringComparison.Ordinal);
        Assert.Equal(["", "person", "day", "remark", "verdict"], cut.FindAll("[data-testid=map-quote] option").Select(o => o.GetAttribute("value")).ToList());
        // "verdict" is a known name for the rating column, so it is suggested.
        Assert.Equal("verdict", cut.Find("[data-testid=map-rating] option[selected]").GetAttribute("value"));

        cut.Find("[data-testid=map-quote]").Change("remark");
        cut.WaitForAssertion(() => Assert.Contains("speaker, date", Assert.Single(Errors(cut)), StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        cut.Find("[data-testid=map-speaker]").Change("person");
        cut.WaitForAssertion(() => Assert.Contains("date", Assert.Single(Errors(cut)), StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        cut.Find("[data-testid=map-date]").Change("day");

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=import-preview]")), TimeSpan.FromSeconds(10));
        Assert.Empty(Errors(cut));
        Assert.Equal(
            ["2 Raveesh Kumar 2019-07-23 No such request, he said.", "3 Ana Silva 2021-03-01 Taxes fell by half"],
            Read.Texts(cut.FindAll("[data-testid=import-preview] tbody tr")));
        Assert.Single(cut.FindAll("[data-testid=start-import]"));
    }

    [Fact]
    public async Task Starting_shows_the_progress_with_rate_and_time_left_and_cancel_stops_the_batch()
    {
        var cut = RenderPage();
        Upload(cut, "speaker,date,quote\nRaveesh Kumar,2019-07-23,No such request has been made.\n");
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=start-import]")), TimeSpan.FromSeconds(10));

        cut.Find("[data-testid=start-import]").Click();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=import-progress]")), TimeSpan.FromSeconds(10));
        var begun = Dispatcher.Last<BeginImport>();
        Assert.Equal((ImportFormat.Csv, "claims.csv"), (begun.Format, Assert.Single(begun.FileNames)));
        Assert.True(_jobs.Reader.TryRead(out var job));
        Assert.Equal(BatchId, job.BatchId);
        Assert.Equal("Running: 0 rows · 0 rows/s", Read.Text(cut.Find("[data-testid=import-status]")));
        Assert.Empty(cut.FindAll("[data-testid=import-preview]"));
        Assert.NotNull(cut.Find("[data-testid=import-format]").GetAttribute("disabled"));

        await cut.InvokeAsync(() => _jobs.Publish(new ImportProgress(BatchId, ImportStatus.Running, 400, 1000, 390, 0, 0, 10, TimeSpan.FromSeconds(2), "claims.csv line 401", null)));
        cut.WaitForAssertion(() => Assert.Equal("Running: 400 rows of about 1,000 · 200 rows/s · about 3 s left", Read.Text(cut.Find("[data-testid=import-status]"))));
        Assert.Equal("40", cut.Find("[role=progressbar]").GetAttribute("aria-valuenow"));
        Assert.Equal("390 created, 0 updated, 0 unchanged, 10 rejected", Read.Text(cut.Find("[data-testid=import-summary]")));

        cut.Find("[data-testid=cancel-import]").Click();
        Assert.True(_jobs.TokenFor(BatchId).IsCancellationRequested);

        _batches.Add(Batch(ImportStatus.Cancelled, 390));
        await cut.InvokeAsync(() => _jobs.Publish(new ImportProgress(BatchId, ImportStatus.Cancelled, 400, 1000, 390, 0, 0, 10, TimeSpan.FromSeconds(2), "claims.csv line 401", "Cancelled after line 400; every chunk before it is in.")));
        cut.WaitForAssertion(() => Assert.StartsWith("Cancelled: 400 rows", Read.Text(cut.Find("[data-testid=import-status]")), StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-testid=cancel-import]"));
        Assert.Equal("imports/12", cut.Find("[data-testid=import-progress] a").GetAttribute("href"));
        Assert.Contains("Cancelled after line 400", cut.Find("[data-testid=import-progress]").TextContent, StringComparison.Ordinal);
        Assert.Equal("100", cut.Find("[role=progressbar]").GetAttribute("aria-valuenow"));
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=import-batch]")));
    }

    [Fact]
    public void A_refused_start_says_why_and_queues_nothing()
    {
        Dispatcher.Throw<BeginImport>(Samples.Invalid(("FileNames", "Name between 1 and 20 files.")));
        var cut = RenderPage();
        Upload(cut, "speaker,date,quote\nRaveesh Kumar,2019-07-23,No such request has been made.\n");
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=start-import]")), TimeSpan.FromSeconds(10));

        cut.Find("[data-testid=start-import]").Click();

        cut.WaitForAssertion(() => Assert.Equal(["Name between 1 and 20 files."], Errors(cut)), TimeSpan.FromSeconds(10));
        Assert.False(_jobs.Reader.TryRead(out _));
        Assert.Empty(cut.FindAll("[data-testid=import-progress]"));
    }
}
