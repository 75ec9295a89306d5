using System.Diagnostics;
using System.Text.Json;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Behaviours;
using ClaimTracker.Application.Common.Search;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Common.Telemetry;
using ClaimTracker.Application.Imports.Formats;
using ClaimTracker.Application.Publishers;
using ClaimTracker.Application.Sources;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Stats.ReadModel;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Imports;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Sources;
using ClaimTracker.Domain.Speakers;
using ClaimTracker.Domain.Statements;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClaimTracker.Application.Imports;

/// <summary>Who runs an import: the member who started it, as the chunks' saves stamp it.</summary>
public sealed record ImportMember(string? UserId, string? UserName, IReadOnlyList<string> Roles);

/// <summary>Where a running import is, for a progress bar and the command line.</summary>
public sealed record ImportProgress(
    int BatchId, ImportStatus Status, int RowsDone, int? RowsExpected, int Created, int Updated, int Unchanged, int Rejected,
    TimeSpan Elapsed, string? ReachedLine, string? Message)
{
    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? RowsDone / Elapsed.TotalSeconds : 0;

    public TimeSpan? TimeLeft => RowsExpected is { } expected && RowsPerSecond > 0 && expected > RowsDone
        ? TimeSpan.FromSeconds((expected - RowsDone) / RowsPerSecond)
        : null;

    public string Summary => $"{Created} created, {Updated} updated, {Unchanged} unchanged, {Rejected} rejected";
}

/// <summary>
/// The import pipeline, one for every format. Rows stream from the reader and are handled a chunk at a time
/// (<see cref="ChunkSize"/> rows): matched to speakers, sources and topics, run through the very validators a
/// statement typed by hand goes through (<see cref="CreateStatement"/>'s), then written with one SaveChanges in one
/// transaction per chunk, from a fresh context. This is the desk's documented bulk path: a chunk commits whole or
/// not at all, the batch's counters commit with it (so a cancelled or crashed import says exactly how far it got),
/// and memory holds one chunk, not the file. It runs outside the request pipeline on purpose: the batch itself was
/// authorised and audited once, by <see cref="BeginImport"/>, instead of one audit entry per row.
/// </summary>
public sealed partial class ImportRunner(IServiceScopeFactory scopes, RequestMetrics metrics, ILogger<ImportRunner> logger)
{
    public const int DefaultChunkSize = 1000;

    /// <summary>
    /// From this many statements created or updated, an import ends by compacting the search index (ADR 3): each chunk
    /// adds pieces to it, and a search reads every piece. Below, the index's own merging keeps up.
    /// </summary>
    public int CompactSearchAfter { get; init; } = 10_000;

    /// <summary>Rows per transaction. Large enough that a commit's cost is shared, small enough to keep memory flat.</summary>
    public int ChunkSize { get; init; } = DefaultChunkSize;

    public async Task<ImportProgress> RunAsync(
        int batchId, ImportFormat format, IReadOnlyList<ImportFile> files, ImportOptions options, ImportMember member,
        IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var state = new RunState(batchId);
        var expected = await ExpectedRowsAsync(format, files, ct);
        ImportProgress Report(ImportStatus status, string? message) =>
            new(batchId, status, state.RowsDone, expected, state.Created, state.Updated, state.Unchanged, state.Rejected,
                clock.Elapsed, state.ReachedLine, message);

        try
        {
            var lookup = await LoadLookupAsync(member, ct);
            var chunk = new List<ImportRow>(ChunkSize);
            var reader = ImportReaders.For(format);
            foreach (var file in files)
            {
                await foreach (var row in reader.ReadAsync(file, options, ct))
                {
                    chunk.Add(row);
                    if (chunk.Count >= ChunkSize)
                    {
                        ct.ThrowIfCancellationRequested();
                        await WriteChunkAsync(format, chunk, lookup, state, member, ct);
                        chunk.Clear();
                        progress?.Report(Report(ImportStatus.Running, null));
                    }
                }
            }
            if (chunk.Count > 0)
            {
                ct.ThrowIfCancellationRequested();
                await WriteChunkAsync(format, chunk, lookup, state, member, ct);
            }
            var notes = state.Notes.Concat(await CompactSearchAsync(member, state) is { } problem ? [problem] : []).ToList();
            var message = notes.Count == 0 ? null : string.Join(" ", notes);
            await FinishAsync(member, batchId, ImportStatus.Completed, message);
            var done = Report(ImportStatus.Completed, message);
            progress?.Report(done);
            return done;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            var problem = await CompactSearchAsync(member, state);
            var message = $"Cancelled after {state.RowsDone} rows{(state.ReachedLine is null ? "" : $" ({state.ReachedLine})")}; every chunk before that is in, nothing after it."
                + (problem is null ? "" : " " + problem);
            await FinishAsync(member, batchId, ImportStatus.Cancelled, message);
            var cancelled = Report(ImportStatus.Cancelled, message);
            progress?.Report(cancelled);
            return cancelled;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var reason = e is ImportFileException file ? file.Message : "an unexpected error (see the server log)";
            if (e is not ImportFileException)
            {
                LogFailed(logger, e, batchId);
            }
            var message = $"Stopped after {state.RowsDone} rows{(state.ReachedLine is null ? "" : $" ({state.ReachedLine})")} by {reason}. Every chunk before that is in, nothing after it.";
            await FinishAsync(member, batchId, ImportStatus.Failed, message);
            var failed = Report(ImportStatus.Failed, message);
            progress?.Report(failed);
            return failed;
        }
    }

    /// <summary>Lines of delimited files (a close estimate: quoted line breaks count too); unknown for JSON and HTML.</summary>
    private static async Task<int?> ExpectedRowsAsync(ImportFormat format, IReadOnlyList<ImportFile> files, CancellationToken ct)
    {
        if (format is not (ImportFormat.Liar or ImportFormat.Csv))
        {
            return null;
        }
        var lines = 0;
        var buffer = new byte[64 * 1024];
        foreach (var file in files)
        {
            await using var stream = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan | FileOptions.Asynchronous);
            int read;
            while ((read = await stream.ReadAsync(buffer, ct)) > 0)
            {
                lines += buffer.AsSpan(0, read).Count((byte)'\n');
            }
            if (format == ImportFormat.Csv)
            {
                lines--; // the header
            }
        }
        return Math.Max(lines, 1);
    }

    private sealed class RunState(int batchId)
    {
        public int BatchId { get; } = batchId;
        public int RowsDone { get; set; }
        public int Created { get; set; }
        public int Updated { get; set; }
        public int Unchanged { get; set; }
        public int Rejected { get; set; }
        public string? ReachedLine { get; set; }

        /// <summary>
        /// Statement keys seen in this batch and where (file, line): a second row with the same key is a duplicate.
        /// The one record kept per row, so it is small: 64 bits of the key's hash, which is already a hash (two keys
        /// share them about once in 10^19 pairs), and the place as two numbers instead of text.
        /// </summary>
        public Dictionary<ulong, (int File, int Line)> SeenKeys { get; } = [];

        /// <summary>The files' names in the order met, for <see cref="SeenKeys"/>'s file numbers.</summary>
        public List<string> FileNames { get; } = [];

        public int FileNumber(string name)
        {
            var number = FileNames.IndexOf(name);
            if (number < 0)
            {
                FileNames.Add(name);
                number = FileNames.Count - 1;
            }
            return number;
        }

        public List<string> Notes { get; } = [];
    }

    /// <summary>Speakers, topics and sources the import has matched so far: id by folded key.</summary>
    private sealed class Lookup
    {
        public Dictionary<string, int> Speakers { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, int> Topics { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, int> Sources { get; } = new(StringComparer.Ordinal);
    }

    private async Task<Lookup> LoadLookupAsync(ImportMember member, CancellationToken ct)
    {
        await using var scope = OpenScope(member);
        var db = scope.ServiceProvider.GetRequiredService<IClaimTrackerDb>();
        var lookup = new Lookup();
        var speakers = await db.Speakers.AsNoTracking().Select(s => new { s.Id, s.Name, s.AliasKeys }).ToListAsync(ct);
        // Names first, then aliases: an alias never takes a key that is someone's name.
        foreach (var speaker in speakers)
        {
            lookup.Speakers.TryAdd(ImportKeys.SpeakerKey(speaker.Name), speaker.Id);
        }
        foreach (var speaker in speakers)
        {
            foreach (var alias in (speaker.AliasKeys ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                lookup.Speakers.TryAdd(ImportKeys.SpeakerKey(alias), speaker.Id);
            }
        }
        foreach (var topic in await db.Topics.AsNoTracking().Where(t => t.NameKey != null).Select(t => new { t.Id, t.NameKey }).ToListAsync(ct))
        {
            lookup.Topics.TryAdd(topic.NameKey!, topic.Id);
        }
        return lookup;
    }

    private AsyncServiceScope OpenScope(ImportMember member)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(member.UserId, member.UserName, member.Roles);
        return scope;
    }

    private static string SourceKey(ImportedSource source) => source.Url is { } url
        ? "u|" + url.Trim()
        : "h|" + NameKey.Of(source.Outlet) + "|" + NameKey.Of(source.Headline);

    /// <summary>
    /// Stands in for the database while a chunk's rows are validated: ids the import has matched or will create.
    /// New records get provisional ids from the top of the range, which no stored record has.
    /// </summary>
    private sealed class ChunkReferences : IStatementReferences
    {
        public HashSet<int> Speakers { get; } = [];
        public HashSet<int> Sources { get; } = [];

        public Task<bool> SpeakerExistsAsync(int id, CancellationToken ct) => Task.FromResult(Speakers.Contains(id));

        public Task<bool> SourceExistsAsync(int id, CancellationToken ct) => Task.FromResult(Sources.Contains(id));
    }

    private sealed record Accepted(ImportRow Row, StatementInput Input, string Key, string Fingerprint, int? ExistingId, IReadOnlyList<OutsideReviewInput> Reviews);

    private async Task WriteChunkAsync(ImportFormat format, List<ImportRow> rows, Lookup lookup, RunState state, ImportMember member, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        await using var scope = OpenScope(member);
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<IClaimTrackerDb>();
        // Thousands of entities join the tracker per chunk: one scan for changes just before the save, not one per
        // Add (and per Local lookup) with every earlier entity rescanned.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var clock = services.GetRequiredService<IClock>();
        var references = new ChunkReferences();
        // The hand-entry rules, unchanged: the shared shape rules and CreateStatement's own validator, whose
        // reference checks ask this chunk's lookup instead of the database.
        IValidator<CreateStatement>[] statementRules =
            [new RequestShapeValidator<CreateStatement>(), new CreateStatementValidator(new StatementInputValidator(references, clock), db)];
        IValidator<CreateSpeaker>[] speakerRules = [new RequestShapeValidator<CreateSpeaker>(), new InlineValidator<CreateSpeaker> { v => v.RuleFor(c => c.Speaker).SetValidator(new SpeakerInputValidator()) }];
        var reviewRules = new OutsideReviewInputValidator(clock);
        IValidator<CreateSource>[] sourceRules = [new RequestShapeValidator<CreateSource>(), new InlineValidator<CreateSource> { v => v.RuleFor(c => c.Source).SetValidator(new SourceInputValidator(clock)) }];

        var rejections = new List<ImportRejection>();
        void Reject(ImportRow row, string reason) => rejections.Add(new ImportRejection
        {
            ImportBatchId = state.BatchId,
            FileName = ImportFiles.Truncate(row.FileName, ImportRejection.FileNameMaxLength),
            LineNumber = row.Line,
            Reason = ImportFiles.Truncate(reason, ImportRejection.ReasonMaxLength),
            Excerpt = ImportFiles.Truncate(row.Excerpt, ImportRejection.ExcerptMaxLength),
        });

        // Which of the chunk's statements are already stored (one query for the chunk).
        var keyed = rows.Select(r => (Row: r, SpeakerKey: ImportKeys.SpeakerKey(r.SpeakerName))).ToList();
        var keys = keyed.Select(k => ImportKeys.KeyOf(format, k.Row, k.SpeakerKey)).ToList();
        var distinctKeys = keys.Distinct().ToArray();
        // One JSON parameter for the chunk's keys rather than a thousand parameters (see StatsProjection.ReadAsync).
        var stored = await db.Statements.AsNoTracking().Where(s => EF.Parameter(distinctKeys).Contains(s.ImportKey!))
            .Select(s => new { s.Id, s.ImportKey, s.ImportFingerprint }).ToListAsync(ct);
        var storedByKey = stored.GroupBy(s => s.ImportKey!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        // Sources named by the chunk that are stored but not yet in the lookup (one query each way).
        await MatchSourcesAsync(db, rows, lookup, ct);

        var newSpeakers = new Dictionary<string, (int Provisional, Speaker Speaker)>(StringComparer.Ordinal);
        var newSources = new Dictionary<string, (int Provisional, Source Source)>(StringComparer.Ordinal);
        var failedSpeakers = new Dictionary<string, string>(StringComparer.Ordinal);
        var failedSources = new Dictionary<string, string>(StringComparer.Ordinal);
        var provisional = int.MaxValue;
        var accepted = new List<Accepted>();
        var unchanged = 0;

        for (var i = 0; i < keyed.Count; i++)
        {
            var (row, speakerKey) = keyed[i];
            var key = keys[i];
            if (row.Problem is { } problem)
            {
                Reject(row, problem);
                continue;
            }
            var seen = ulong.Parse(key.AsSpan(0, 16), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
            if (state.SeenKeys.TryGetValue(seen, out var first))
            {
                Reject(row, $"Duplicate: the same statement as {state.FileNames[first.File]} line {first.Line}.");
                continue;
            }
            state.SeenKeys[seen] = (state.FileNumber(row.FileName), row.Line);

            var fingerprint = ImportKeys.FingerprintOf(row, speakerKey);
            var existing = storedByKey.GetValueOrDefault(key);
            if (existing is not null && existing.ImportFingerprint == fingerprint)
            {
                unchanged++;
                continue;
            }

            // The speaker: matched by name or alias, else a new one that must pass the speaker form's rules.
            int speakerId;
            if (lookup.Speakers.TryGetValue(speakerKey, out var known))
            {
                speakerId = known;
            }
            else if (newSpeakers.TryGetValue(speakerKey, out var planned))
            {
                speakerId = planned.Provisional;
            }
            else if (failedSpeakers.TryGetValue(speakerKey, out var speakerProblem))
            {
                Reject(row, speakerProblem);
                continue;
            }
            else
            {
                var input = new SpeakerInput
                {
                    Name = row.SpeakerName,
                    Kind = row.SpeakerKind ?? SpeakerKind.Person,
                    ReferenceUrl = row.SpeakerReferenceUrl,
                    Affiliation = row.SpeakerAffiliation is { Length: <= Speaker.TextMaxLength } affiliation ? affiliation : null,
                };
                var failures = await RequestValidation.FailuresAsync(speakerRules, new CreateSpeaker(input), ct);
                if (failures.Count > 0)
                {
                    var reason = "The speaker cannot be added: " + string.Join(" ", failures.Select(f => f.ErrorMessage).Distinct());
                    failedSpeakers[speakerKey] = reason;
                    Reject(row, reason);
                    continue;
                }
                var speaker = new Speaker { ImportBatchId = state.BatchId };
                input.ApplyTo(speaker);
                speakerId = provisional--;
                newSpeakers[speakerKey] = (speakerId, speaker);
            }
            references.Speakers.Add(speakerId);

            // The source: matched by URL, else by outlet and headline, else a new one (the source form's rules).
            int sourceId = 0;
            if (row.Source is { } source)
            {
                var sourceKey = SourceKey(source);
                if (lookup.Sources.TryGetValue(sourceKey, out var knownSource))
                {
                    sourceId = knownSource;
                }
                else if (newSources.TryGetValue(sourceKey, out var plannedSource))
                {
                    sourceId = plannedSource.Provisional;
                }
                else if (failedSources.TryGetValue(sourceKey, out var sourceProblem))
                {
                    Reject(row, sourceProblem);
                    continue;
                }
                else
                {
                    var input = new SourceInput
                    {
                        Outlet = ImportFiles.Truncate(source.Outlet, Source.OutletMaxLength),
                        Headline = ImportFiles.Truncate(source.Headline, Source.HeadlineMaxLength),
                        Url = source.Url,
                        PublishedOn = source.PublishedOn,
                        PublishedPrecision = DatePrecision.Day,
                        Kind = SourceKind.NewsArticle,
                    };
                    var failures = await RequestValidation.FailuresAsync(sourceRules, new CreateSource(input), ct);
                    if (failures.Count > 0)
                    {
                        var reason = "The source cannot be added: " + string.Join(" ", failures.Select(f => f.ErrorMessage).Distinct());
                        failedSources[sourceKey] = reason;
                        Reject(row, reason);
                        continue;
                    }
                    var newSource = new Source { ImportBatchId = state.BatchId };
                    input.ApplyTo(newSource);
                    sourceId = provisional--;
                    newSources[sourceKey] = (sourceId, newSource);
                }
                references.Sources.Add(sourceId);
            }

            var statement = new StatementInput
            {
                Quote = row.Quote,
                QuoteKind = QuoteKind.DirectQuote,
                SpeakerId = speakerId,
                SpeakerRole = row.SpeakerRole,
                SaidOn = row.SaidOn ?? DateOnly.MinValue,
                SaidOnPrecision = row.SaidOnPrecision,
                Venue = row.Venue,
                SourceId = sourceId,
                Context = row.Context,
                Topics = row.Topics,
            };
            var statementFailures = await RequestValidation.FailuresAsync(statementRules, new CreateStatement(statement), ct);
            if (statementFailures.Count > 0)
            {
                Reject(row, string.Join(" ", statementFailures.Select(f => f.ErrorMessage).Distinct()));
                continue;
            }
            // Other organisations' verdicts: the rules of an outside review recorded by hand.
            var reviews = row.Reviews.Select(r => new OutsideReviewInput
            {
                PublisherName = r.Publisher,
                PublisherSite = r.PublisherSite,
                Label = r.Label,
                Url = r.Url,
                Title = r.Title is { Length: > OutsideReview.TitleMaxLength } ? ImportFiles.Truncate(r.Title, OutsideReview.TitleMaxLength) : r.Title,
                ReviewedOn = r.ReviewedOn,
                LanguageCode = r.LanguageCode,
            }).ToList();
            var reviewProblem = (await Task.WhenAll(reviews.Select(r => reviewRules.ValidateAsync(r, ct))))
                .SelectMany(v => v.Errors).Select(f => f.ErrorMessage).Distinct().ToList();
            if (reviewProblem.Count > 0)
            {
                Reject(row, "The fact-check cannot be recorded: " + string.Join(" ", reviewProblem));
                continue;
            }
            accepted.Add(new Accepted(row, statement, key, fingerprint, existing?.Id, reviews));
        }

        // Only what an accepted row uses is written: a speaker named only by rejected rows is not created.
        var speakerById = newSpeakers.Values.ToDictionary(s => s.Provisional, s => s.Speaker);
        var sourceById = newSources.Values.ToDictionary(s => s.Provisional, s => s.Source);
        var usedSpeakers = accepted.Select(a => a.Input.SpeakerId).Where(speakerById.ContainsKey).Distinct().Select(id => speakerById[id]).ToList();
        var usedSources = accepted.Select(a => a.Input.SourceId).Where(sourceById.ContainsKey).Distinct().Select(id => sourceById[id]).ToList();
        var topics = TopicsFor(db, accepted, lookup, state.BatchId);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Speakers.AddRange(usedSpeakers);
        db.Sources.AddRange(usedSources);

        var recorder = new OutsideReviews(db);
        var updates = accepted.Where(a => a.ExistingId is not null).ToList();
        var fresh = accepted.Where(a => a.ExistingId is null).ToList();
        var created = fresh.Count;
        // The publishers the new statements' reviews name, found or added now, so that the save gives new ones ids.
        foreach (var review in fresh.SelectMany(a => a.Reviews))
        {
            await recorder.PublisherAsync(review.PublisherName, review.PublisherSite, ct);
        }
        if (updates.Count > 0)
        {
            var ids = updates.Select(u => u.ExistingId!.Value).ToList();
            var current = await db.Statements.Include(s => s.Topics).Where(s => ids.Contains(s.Id)).AsSplitQuery().ToDictionaryAsync(s => s.Id, ct);
            foreach (var row in updates)
            {
                var statement = current[row.ExistingId!.Value];
                db.ImportReverts.Add(new ImportRevert
                {
                    ImportBatchId = state.BatchId,
                    StatementId = statement.Id,
                    Previous = JsonSerializer.Serialize(ImportedValues.Of(statement)),
                });
                Apply(row, statement, speakerById, sourceById, topics);
                statement.ImportFingerprint = row.Fingerprint;
                foreach (var review in row.Reviews)
                {
                    Note(state, await recorder.RecordAsync(statement.Id, review, state.BatchId, ct));
                }
            }
        }
        db.ImportRejections.AddRange(rejections);

        var batch = await db.ImportBatches.SingleAsync(b => b.Id == state.BatchId, ct);
        batch.Created += created;
        batch.Updated += updates.Count;
        batch.Unchanged += unchanged;
        batch.Rejected += rejections.Count;
        batch.RowsDone += rows.Count;
        batch.ReachedLine = ImportFiles.Truncate($"{rows[^1].FileName} line {rows[^1].Line}", ImportRejection.FileNameMaxLength + 40);
        // The chunk's one save of tracked records: new speakers, sources, topics and publishers, the statements it
        // updates (their counts moved by the save's interceptor), its rejections and the batch's counters.
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        // Then its new statements, in bulk, in the same transaction, with the read model moved around them.
        await InsertNewAsync(db, services.GetRequiredService<ChangeStamper>(), services.GetRequiredService<IStatementTextSearch>(), recorder, fresh, speakerById, sourceById, topics, state, ct);
        await transaction.CommitAsync(ct);

        // Only now, with the chunk committed, do its new records join the lookup for the chunks that follow.
        foreach (var (key, planned) in newSpeakers)
        {
            if (planned.Speaker.Id > 0)
            {
                lookup.Speakers[key] = planned.Speaker.Id;
            }
        }
        foreach (var (key, planned) in newSources)
        {
            if (planned.Source.Id > 0)
            {
                lookup.Sources[key] = planned.Source.Id;
            }
        }
        foreach (var topic in topics.Values.Where(t => t.Id > 0))
        {
            lookup.Topics[topic.NameKey!] = topic.Id;
        }

        state.RowsDone += rows.Count;
        state.Created += created;
        state.Updated += updates.Count;
        state.Unchanged += unchanged;
        state.Rejected += rejections.Count;
        state.ReachedLine = batch.ReachedLine;
        metrics.RecordImportChunk(ImportFormats.Name(format), rows.Count, Stopwatch.GetElapsedTime(started), created, updates.Count, unchanged, rejections.Count);
    }

    /// <summary>
    /// Writes the chunk's new statements, their topic links and outside reviews through <see cref="ImportBulkInsert"/>:
    /// the same values a tracked save would write (the records are built and stamped the same way), without the
    /// tracker. The statistics read model is moved by <see cref="StatsProjection"/>'s bulk path, as for any write the
    /// tracker does not see.
    /// </summary>
    private static async Task InsertNewAsync(
        IClaimTrackerDb db, ChangeStamper stamper, IStatementTextSearch search, OutsideReviews recorder, List<Accepted> fresh,
        Dictionary<int, Speaker> newSpeakers, Dictionary<int, Source> newSources, Dictionary<string, Topic> topics, RunState state, CancellationToken ct)
    {
        if (fresh.Count == 0)
        {
            return;
        }
        var stats = await StatsProjection.ForStatementsAsync(db, [], ct);
        // Each statement and each of its topics would rewrite its search-index row once per insert: index them all
        // once, at the end, still inside the chunk's transaction (docs/adr/0022).
        await search.DeferIndexingAsync(db, ct);
        var statements = new List<Statement>(fresh.Count);
        foreach (var row in fresh)
        {
            var statement = new Statement { ImportBatchId = state.BatchId, ImportKey = row.Key, ImportFingerprint = row.Fingerprint };
            row.Input.ApplyTo(statement, TopicsOf(row, topics));
            // Records this chunk created were saved just before: their ids are known now.
            statement.SpeakerId = newSpeakers.TryGetValue(row.Input.SpeakerId, out var speaker) ? speaker.Id : row.Input.SpeakerId;
            statement.SourceId = newSources.TryGetValue(row.Input.SourceId, out var source) ? source.Id : row.Input.SourceId;
            stamper.StampNew(statement);
            statements.Add(statement);
        }
        // The chunk's keys are distinct (a repeated key was rejected as a duplicate), so they tell the new ids apart.
        var ids = await new ImportBulkInsert(db, db.Statements.EntityType, nameof(Statement.ImportKey)).InsertAsync(statements, ct);
        var topicLinks = new List<object>();
        var reviews = new List<object>();
        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            statement.Id = ids[statement.ImportKey!];
            // The date as the tag rows' trigger would copy it, so the trigger finds nothing to do.
            topicLinks.AddRange(statement.Topics.Select(t => new Dictionary<string, object>
            {
                [StatementTopicColumns.StatementId] = statement.Id,
                [StatementTopicColumns.TopicId] = t.Id,
                [StatementTopicColumns.SaidOn] = statement.SaidOn,
            }));
            foreach (var input in fresh[i].Reviews)
            {
                var publisher = await recorder.PublisherAsync(input.PublisherName, input.PublisherSite, ct);
                Note(state, OutsideReviews.RecordUntracked(statement, publisher, input, state.BatchId));
            }
            foreach (var review in statement.OutsideReviews)
            {
                review.StatementId = statement.Id;
                review.PublisherId = review.Publisher.Id;
                stamper.StampNew(review);
                reviews.Add(review);
            }
        }
        await new ImportBulkInsert(db, db.StatementTopics.EntityType).InsertAsync(topicLinks, ct);
        await new ImportBulkInsert(db, db.OutsideReviews.EntityType).InsertAsync(reviews, ct);
        var createdIds = statements.Select(s => s.Id).ToList();
        await search.IndexDeferredAsync(db, createdIds, ct);
        stats.Include(createdIds);
        await stats.CompleteAsync(db, ct);
    }

    private static List<Topic> TopicsOf(Accepted row, Dictionary<string, Topic> topics) =>
        row.Input.Topics.Select(NameKey.Of).Where(k => k.Length > 0).Distinct().Select(k => topics[k]).ToList();

    /// <summary>A label the publisher's table does not map yet: stored with no rating, and the report says so once.</summary>
    private static void Note(RunState state, RecordedOutsideReview recorded)
    {
        if (recorded.Review.Rating is null)
        {
            var note = $"Label “{recorded.Review.Label}” has no mapping for publisher {recorded.Review.Publisher?.Name ?? "?"}; those reviews are stored without a rating until it is mapped.";
            if (state.Notes.Count < 20 && !state.Notes.Contains(note))
            {
                state.Notes.Add(note);
            }
        }
    }

    private static void Apply(Accepted row, Statement statement, Dictionary<int, Speaker> newSpeakers, Dictionary<int, Source> newSources, Dictionary<string, Topic> topics)
    {
        row.Input.ApplyTo(statement, TopicsOf(row, topics));
        if (newSpeakers.TryGetValue(row.Input.SpeakerId, out var speaker))
        {
            statement.SpeakerId = 0;
            statement.Speaker = speaker;
        }
        if (newSources.TryGetValue(row.Input.SourceId, out var source))
        {
            statement.SourceId = 0;
            statement.Source = source;
        }
    }

    /// <summary>The chunk's topics by key: stored ones attached by id (nothing is written for them), new ones added.</summary>
    private static Dictionary<string, Topic> TopicsFor(IClaimTrackerDb db, List<Accepted> accepted, Lookup lookup, int batchId)
    {
        var topics = new Dictionary<string, Topic>(StringComparer.Ordinal);
        foreach (var name in accepted.SelectMany(a => a.Input.Topics))
        {
            var key = NameKey.Of(name);
            if (key.Length == 0 || topics.ContainsKey(key))
            {
                continue;
            }
            if (lookup.Topics.TryGetValue(key, out var id))
            {
                var stored = new Topic { Id = id, Name = name.Trim() };
                db.Topics.Attach(stored);
                topics[key] = stored;
            }
            else
            {
                var created = new Topic { Name = name.Trim(), ImportBatchId = batchId };
                db.Topics.Add(created);
                topics[key] = created;
            }
        }
        return topics;
    }

    private static async Task MatchSourcesAsync(IClaimTrackerDb db, List<ImportRow> rows, Lookup lookup, CancellationToken ct)
    {
        var wanted = rows.Where(r => r.Source is not null).Select(r => r.Source!).DistinctBy(SourceKey)
            .Where(s => !lookup.Sources.ContainsKey(SourceKey(s))).ToList();
        if (wanted.Count == 0)
        {
            return;
        }
        var urls = wanted.Where(s => s.Url is not null).Select(s => s.Url!.Trim()).Distinct().ToList();
        if (urls.Count > 0)
        {
            foreach (var found in await db.Sources.AsNoTracking().Where(s => urls.Contains(s.Url!)).Select(s => new { s.Id, s.Url }).ToListAsync(ct))
            {
                lookup.Sources.TryAdd("u|" + found.Url!.Trim(), found.Id);
            }
        }
        var headlines = wanted.Where(s => s.Url is null).Select(s => s.Headline.Trim()).Distinct().ToList();
        if (headlines.Count > 0)
        {
            foreach (var found in await db.Sources.AsNoTracking().Where(s => headlines.Contains(s.Headline)).Select(s => new { s.Id, s.Outlet, s.Headline }).ToListAsync(ct))
            {
                lookup.Sources.TryAdd("h|" + NameKey.Of(found.Outlet) + "|" + NameKey.Of(found.Headline), found.Id);
            }
        }
    }

    /// <summary>
    /// Compacts the search index after a large import, cancelled or not: what was written stays written. Returns a note
    /// for the batch's message when the compaction failed, else null.
    /// </summary>
    private async Task<string?> CompactSearchAsync(ImportMember member, RunState state)
    {
        if (state.Created + state.Updated < CompactSearchAfter)
        {
            return null;
        }
        // Not cancellable: a few seconds at a million statements, and the import's rows are already in.
        try
        {
            await using var scope = OpenScope(member);
            await scope.ServiceProvider.GetRequiredService<IStatementTextSearch>()
                .CompactAsync(scope.ServiceProvider.GetRequiredService<IClaimTrackerDb>(), CancellationToken.None);
            return null;
        }
        catch (Exception e)
        {
            // Every row is in and found by search; only the speed-up is missing. Failing the batch would tell the
            // desk its import did not happen.
            LogNotCompacted(logger, e, state.BatchId);
            return "The search index could not be compacted (see the server log): every statement is found, but searches may be slower until an admin runs rebuild-stats.";
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import batch {BatchId}: the search index was not compacted.")]
    private static partial void LogNotCompacted(ILogger logger, Exception exception, int batchId);

    private async Task FinishAsync(ImportMember member, int batchId, ImportStatus status, string? message)
    {
        // Not cancellable: the batch must say how it ended even when the import was cancelled.
        await using var scope = OpenScope(member);
        var db = scope.ServiceProvider.GetRequiredService<IClaimTrackerDb>();
        var finishedAt = scope.ServiceProvider.GetRequiredService<IClock>().UtcNow;
        await db.ImportBatches.Where(b => b.Id == batchId).ExecuteUpdateAsync(u => u
            .SetProperty(b => b.Status, status)
            .SetProperty(b => b.FinishedAtUtc, finishedAt)
            .SetProperty(b => b.Message, message == null ? null : ImportFiles.Truncate(message, ImportBatch.MessageMaxLength)), CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Import batch {BatchId} failed.")]
    private static partial void LogFailed(ILogger logger, Exception exception, int batchId);
}

/// <summary>The values an import may change on a statement, kept before it does so that undo can put them back.</summary>
public sealed record ImportedValues(
    string Quote, string? SpeakerRole, int SpeakerId, DateOnly SaidOn, DatePrecision SaidOnPrecision, string? Venue, int SourceId,
    string? Context, IReadOnlyList<int> TopicIds, string? ImportFingerprint)
{
    public static ImportedValues Of(Statement s) => new(
        s.Quote, s.SpeakerRole, s.SpeakerId, s.SaidOn, s.SaidOnPrecision, s.Venue, s.SourceId, s.Context,
        s.Topics.Select(t => t.Id).ToList(), s.ImportFingerprint);
}
