using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Imports;
using ClaimTracker.Application.Publishers;
using ClaimTracker.Application.Reviews;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Tests.Imports;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Imports;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Statements;
using CsCheck;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Tests.Stats.ReadModel;

/// <summary>
/// Random sequences of the desk's commands, sent through the real pipeline to a real SQLite file; after every one,
/// each read-model table must equal a recomputation from the records. Refused commands (a rule, a stale version)
/// are part of the sequence too: they must leave the tables as they were.
/// </summary>
public sealed class ReadModelPropertyTests(EmptyDatabase database) : IClassFixture<EmptyDatabase>
{
    // 26 sequences (30 before imports joined): an import and its file cost more than a typed command, and the test
    // should not take longer than it did.
    private const int Sequences = 26;
    private const int CommandsPerSequence = 25;
    private static readonly string[] TopicPool = ["economy", "health", "borders", "energy", "courts"];
    private static readonly string[] OutsideLabels = ["true", "pants-fire", "Half True", "Four Pinocchios"];
    private static readonly string[] LiarLabels = ["true", "mostly-true", "half-true", "barely-true", "false", "pants-fire", "unmapped-label"];

    private enum Op
    {
        CreateStatement, EditStatement, Link, Unlink, Draft, Submit, Publish, Correct, MergeSpeakers, CreateSpeaker,
        RecordOutsideReview, MapPublisherLabel, Import, UndoImport,
    }

    private sealed record Desk(List<int> Speakers, List<int> Statements, List<int> Links, List<int> Imports, int SourceId);

    [Fact]
    public async Task Every_table_equals_a_recomputation_after_every_command()
    {
        var desk = new Desk([], [], [], [], await database.CreateSourceAsync());
        for (var i = 0; i < 3; i++)
        {
            desk.Speakers.Add(await database.CreateSpeakerAsync($"Speaker {Guid.NewGuid():N}"));
        }

        var step = Gen.Select(Gen.Enum<Op>(), Gen.Int[0, 1000], Gen.Int[0, 1000], Gen.Int[0, 1000]);
        var reached = new HashSet<string>(StringComparer.Ordinal);
        await step.Array[CommandsPerSequence].SampleAsync(async steps =>
        {
            foreach (var (op, a, b, c) in steps)
            {
                var what = await RunAsync(desk, op, a, b, c);
                await database.AssertMatchesRecordsAsync(what);
                reached.UnionWith(await ReachedAsync());
            }
        }, iter: Sequences, threads: 1);

        // The sequences did reach every kind of count at some point.
        Assert.Equal(["imported", "links", "outside", "published", "rebutters", "topics", "undone"], reached.Order(StringComparer.Ordinal));
    }

    private Task<string[]> ReachedAsync() => database.Query(async db => new[]
    {
        await db.SpeakerLinkStats.AnyAsync() ? "links" : "",
        await db.SpeakerRebutterStats.AnyAsync() ? "rebutters" : "",
        await db.DeskDayStats.AnyAsync(r => r.Kind == (int)ClaimTracker.Application.Stats.WorkKind.VerdictsPublished) ? "published" : "",
        await db.SpeakerTopicStats.AnyAsync() ? "topics" : "",
        await db.SpeakerVerdictStats.AnyAsync(r => r.PublisherId != 0) ? "outside" : "",
        await db.Statements.AnyAsync(s => s.ImportBatchId != null) ? "imported" : "",
        // An undo that did remove statements, not one of an import that had created none.
        await db.ImportBatches.AnyAsync(b => b.Status == ImportStatus.Undone && !b.Message!.StartsWith("Undone: 0 statements")) ? "undone" : "",
    }.Where(n => n.Length > 0).ToArray());

    private async Task<string> RunAsync(Desk desk, Op op, int a, int b, int c)
    {
        var what = $"{op}({a}, {b}, {c})";
        try
        {
            switch (op)
            {
                case Op.CreateStatement:
                    desk.Statements.Add(await database.SendAs(Roles.Analyst, new CreateStatement(Input(desk, a, b, c))));
                    break;
                case Op.EditStatement when desk.Statements.Count > 0:
                    var id = Pick(desk.Statements, a);
                    var version = await database.Query(db => db.Statements.Where(s => s.Id == id).Select(s => s.Version).SingleAsync());
                    await database.SendAs(Roles.Analyst, new EditStatement(id, version, Input(desk, b, c, a)));
                    break;
                case Op.Link when desk.Statements.Count > 1:
                    desk.Links.Add(await database.SendAs(Roles.Analyst,
                        new LinkStatements(Pick(desk.Statements, a), Pick(desk.Statements, b), (LinkRelation)(c % 4), null) { ConfirmedEarlierResponse = true }));
                    break;
                case Op.Unlink when desk.Links.Count > 0:
                    var link = Pick(desk.Links, a);
                    desk.Links.Remove(link);
                    await database.SendAs(Roles.Analyst, new RemoveStatementLink(link));
                    break;
                case Op.Draft when desk.Statements.Count > 0:
                    var drafted = Pick(desk.Statements, a);
                    await database.SendAs(Roles.Analyst, new DraftReview(drafted, await ReviewVersionAsync(drafted), Workflow.Verdict((Rating)(b % 7))));
                    break;
                case Op.Submit when desk.Statements.Count > 0:
                    var submitted = Pick(desk.Statements, a);
                    await database.SendAs(Roles.Analyst, new SubmitReview(submitted, await ReviewVersionAsync(submitted) ?? Guid.Empty));
                    break;
                case Op.Publish when desk.Statements.Count > 0:
                    var published = Pick(desk.Statements, a);
                    await database.SendAs(Roles.Editor, new PublishReview(published, await ReviewVersionAsync(published) ?? Guid.Empty));
                    break;
                case Op.Correct when desk.Statements.Count > 0:
                    var corrected = Pick(desk.Statements, a);
                    await database.SendAs(Roles.Editor,
                        new CorrectReview(corrected, await ReviewVersionAsync(corrected) ?? Guid.Empty, Workflow.Verdict((Rating)(b % 7)), "Rating corrected."));
                    break;
                case Op.MergeSpeakers when desk.Speakers.Count > 2:
                    var keep = Pick(desk.Speakers, a);
                    var duplicate = Pick(desk.Speakers, b);
                    var keepVersion = await database.Query(db => db.Speakers.Where(s => s.Id == keep).Select(s => s.Version).SingleAsync());
                    await database.SendAs(Roles.Analyst, new MergeSpeakers(keep, keepVersion, duplicate));
                    desk.Speakers.Remove(duplicate);
                    break;
                case Op.RecordOutsideReview when desk.Statements.Count > 0:
                    await database.SendAs(Roles.Analyst, new RecordOutsideReview(Pick(desk.Statements, a), new OutsideReviewInput
                    {
                        PublisherName = b % 2 == 0 ? "PolitiFact" : "Another Checker",
                        Label = OutsideLabels[c % OutsideLabels.Length],
                        Url = $"https://checks.example/{a}/{b % 3}",
                    }));
                    break;
                case Op.MapPublisherLabel:
                    var publisher = await database.Query(db => db.Publishers.OrderBy(p => p.Id).Skip(a % 2).Select(p => (int?)p.Id).FirstOrDefaultAsync());
                    if (publisher is not { } publisherId)
                    {
                        return what + " (nothing to do)";
                    }
                    await database.SendAs(Roles.Editor, new MapPublisherLabel(publisherId, OutsideLabels[b % OutsideLabels.Length], c % 3 == 0 ? null : (Rating)(c % 7)));
                    break;
                case Op.Import:
                    var imported = await database.ImportAsync(ImportFormat.Liar, [ImportHarness.Write("desk.tsv", await LiarFileAsync(desk, a, b, c))]);
                    Assert.True(imported.Status == ImportStatus.Completed, $"{what}: the import ended {imported.Status}: {imported.Message}");
                    desk.Imports.Add(imported.BatchId);
                    desk.Statements.AddRange(await database.Query(db => db.Statements
                        .Where(s => s.ImportBatchId == imported.BatchId).Select(s => s.Id).ToListAsync()));
                    return $"{what}: {imported.Summary}";
                case Op.UndoImport when desk.Imports.Count > 0:
                    var batch = Pick(desk.Imports, a);
                    var created = await database.Query(db => db.Statements.Where(s => s.ImportBatchId == batch).Select(s => s.Id).ToListAsync());
                    await database.SendAs(Roles.Editor, new UndoImport(batch));
                    desk.Imports.Remove(batch);
                    desk.Statements.RemoveAll(created.Contains);
                    break;
                case Op.CreateSpeaker:
                    desk.Speakers.Add(await database.CreateSpeakerAsync($"Speaker {Guid.NewGuid():N}"));
                    break;
                default:
                    return what + " (nothing to do)";
            }
            return what;
        }
        catch (Exception e) when (e is RequestValidationException or DeskRuleException or NotFoundException or ConcurrencyConflictException)
        {
            return $"{what}, refused: {e.Message}";
        }
    }

    /// <summary>
    /// A small LIAR file: one to three rows with ids from a pool of ten (so a later import updates what an earlier
    /// one created), by a desk speaker (matched by slug) or an imported one, with PolitiFact labels (one unmapped)
    /// and topics from the pool.
    /// </summary>
    private async Task<string> LiarFileAsync(Desk desk, int a, int b, int c)
    {
        var rows = new List<string>();
        for (var k = 0; k <= a % 3; k++)
        {
            var speaker = k == 0 && desk.Speakers.Count > 0
                ? await database.Query(db => db.Speakers.Where(s => s.Id == Pick(desk.Speakers, b)).Select(s => s.Name).SingleAsync())
                : $"imported-person-{(c + k) % 3}";
            var slug = speaker.ToLowerInvariant().Replace(' ', '-');
            var topics = string.Join(',', TopicPool.Where((_, i) => (((c + k) >> i) & 1) == 1).Take(3));
            rows.Add(string.Join('\t',
                $"{(a + (k * 7)) % 10}.json", LiarLabels[(b + k) % LiarLabels.Length], $"Imported claim {a}-{b}-{k}", topics, slug,
                "Senator", "Ohio", "none", "0", "1", "0", "0", "0", "a town hall"));
        }
        return string.Join('\n', rows) + "\n";
    }

    private Task<Guid?> ReviewVersionAsync(int statementId) =>
        database.Query(db => db.Reviews.Where(r => r.StatementId == statementId).Select(r => (Guid?)r.Version).SingleOrDefaultAsync());

    private static int Pick(List<int> ids, int n) => ids[n % ids.Count];

    /// <summary>A statement by one of the speakers, sometimes on behalf of another, on one of 40 months, with up to three topics.</summary>
    private static StatementInput Input(Desk desk, int a, int b, int c)
    {
        var speaker = Pick(desk.Speakers, a);
        var onBehalf = b % 3 == 0 ? Pick(desk.Speakers, a + 1) : (int?)null;
        return StatementInputs.Valid(speaker, desk.SourceId, $"A claim numbered {a}-{b}-{c}",
                [.. TopicPool.Where((_, i) => ((c >> i) & 1) == 1).Take(3)]) with
        {
            OnBehalfOfId = onBehalf == speaker ? null : onBehalf,
            SaidOn = new DateOnly(2021, 1, 1).AddDays((b * 37) % 1200),
        };
    }
}
