using System.Text.RegularExpressions;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Reviews;
using ClaimTracker.Application.Sources;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Statements;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Sources;
using ClaimTracker.Domain.Speakers;
using ClaimTracker.Domain.Statements;
using ClaimTracker.Infrastructure.Persistence;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimTracker.Infrastructure.Seeding;

/// <summary>
/// Brings the database up to date at start-up and, when it holds no records yet, loads seeds/ in one transaction.
/// Each record becomes the input of the use case that creates it (<see cref="SpeakerInput"/>, <see cref="SourceInput"/>,
/// <see cref="StatementInput"/>, <see cref="ReviewInput"/>, <see cref="LinkStatements"/>) and passes that use case's own
/// validator, so the seed files obey exactly the rules the forms do. A malformed file is reported (file, record, field)
/// and nothing is written: the transaction is rolled back.
/// </summary>
public sealed partial class DatabaseInitialiser(
    ClaimTrackerDbContext db, DatabaseOptions database, IOptions<SeedOptions> seeding, SeedLoader loader,
    CurrentUser currentUser, SeedValidators validators, NameKeyBackfill nameKeys, PlannerStatistics statistics,
    ILogger<DatabaseInitialiser> logger)
{
    public const string SeedUser = "seed";

    public async Task InitialiseAsync(string defaultSeedDirectory, CancellationToken ct = default)
    {
        if (database.MigrateOnStartup ?? database.Provider == DatabaseProvider.Sqlite)
        {
            await db.Database.MigrateAsync(ct);
        }
        // Also where a DBA applies the migrations: the keys of older rows can only be computed here, in .NET.
        await nameKeys.RunAsync(ct);
        // An existing desk right after the migration that added the statistics tables: build them once.
        if (await Application.Stats.ReadModel.StatsRebuilder.EnsureBuiltAsync(db, ct) is { } built)
        {
            LogStatsBuilt(logger, built.Rows, built.Elapsed.TotalSeconds);
        }
        if (seeding.Value.Enabled)
        {
            await SeedAsync(seeding.Value.Directory ?? defaultSeedDirectory, ct);
        }
        // New indexes from a migration, or a file that grew since the last start, get fresh planner statistics.
        await statistics.RefreshAsync(ct);
    }

    /// <summary>Loads the seed set unless the database already holds records. Returns whether it wrote anything.</summary>
    public async Task<bool> SeedAsync(string directory, CancellationToken ct = default)
    {
        if (await db.Speakers.AnyAsync(ct) || await db.Sources.AnyAsync(ct) || await db.Statements.AnyAsync(ct))
        {
            LogSkipped(logger);
            return false;
        }

        var set = loader.Load(directory);
        currentUser.Set(null, SeedUser, []);
        var problems = new List<string>();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await AddAsync(set, problems, ct);
            if (problems.Count > 0)
            {
                throw new SeedDataException(problems);
            }
            await transaction.CommitAsync(ct);
        }
        finally
        {
            // After a refusal the context must not keep the rolled-back records for a later save.
            db.ChangeTracker.Clear();
        }

        LogSeeded(logger, set.Speakers.Count, set.Sources.Count, set.Statements.Count, set.Links.Count, directory);
        return true;
    }

    private async Task AddAsync(SeedSet set, List<string> problems, CancellationToken ct)
    {
        // Speakers and sources first: their rules need no other record, and statements refer to their ids.
        var speakers = new Dictionary<string, Speaker>(StringComparer.Ordinal);
        for (var i = 0; i < set.Speakers.Count; i++)
        {
            var s = set.Speakers[i];
            var input = new SpeakerInput
            {
                Name = s.Name,
                Kind = s.Kind,
                Country = s.Country,
                Affiliation = s.Affiliation,
                Aliases = s.Aliases is { Count: > 0 } aliases ? string.Join("; ", aliases) : null,
                ReferenceUrl = s.ReferenceUrl,
                Roles = (s.Roles ?? []).Select(r => new SpeakerRoleInput(r.Title, r.From, r.To)).ToList(),
            };
            if (await Valid(validators.Speaker, input, $"{SeedLoader.SpeakersFile}: record {i} ({s.Key})", problems, ct))
            {
                var speaker = new Speaker();
                input.ApplyTo(speaker);
                speakers[s.Key] = db.Speakers.Add(speaker).Entity;
            }
        }
        var sources = new Dictionary<string, Source>(StringComparer.Ordinal);
        for (var i = 0; i < set.Sources.Count; i++)
        {
            var s = set.Sources[i];
            var input = new SourceInput
            {
                Outlet = s.Outlet,
                Headline = s.Headline,
                Authors = s.Authors is { Count: > 0 } authors ? string.Join(", ", authors) : null,
                PublishedOn = s.Published,
                PublishedPrecision = s.PublishedPrecision,
                Url = s.Url,
                Kind = s.Kind,
                Note = s.Note,
            };
            if (await Valid(validators.Source, input, $"{SeedLoader.SourcesFile}: record {i} ({s.Key})", problems, ct))
            {
                var source = new Source();
                input.ApplyTo(source);
                sources[s.Key] = db.Sources.Add(source).Entity;
            }
        }
        if (problems.Count > 0)
        {
            return;
        }
        // Saved inside the seeding transaction: the statement validator checks speaker and source ids in the database.
        await db.SaveChangesAsync(ct);

        // One statement at a time, saved, so the next one's topics are found by name rather than added twice.
        var statements = new Dictionary<string, Statement>(StringComparer.Ordinal);
        for (var i = 0; i < set.Statements.Count; i++)
        {
            var s = set.Statements[i];
            var input = new StatementInput
            {
                Quote = s.Quote,
                QuoteKind = s.QuoteKind,
                SpeakerId = speakers[s.Speaker].Id,
                SpeakerRole = s.Role,
                OnBehalfOfId = s.OnBehalfOf is null ? null : speakers[s.OnBehalfOf].Id,
                SaidOn = s.SaidOn,
                SaidOnPrecision = s.SaidOnPrecision,
                Venue = s.Venue,
                SourceId = sources[s.Source].Id,
                Context = s.Context,
                Topics = s.Topics ?? [],
            };
            if (await Valid(validators.Statement, input, $"{SeedLoader.StatementsFile}: record {i} ({s.Key})", problems, ct))
            {
                var statement = new Statement();
                input.ApplyTo(statement, await TopicNames.ResolveAsync(db, input.Topics, ct));
                statements[s.Key] = db.Statements.Add(statement).Entity;
                await db.SaveChangesAsync(ct);
            }
        }
        if (problems.Count > 0)
        {
            return;
        }

        for (var i = 0; i < set.Statements.Count; i++)
        {
            if (set.Statements[i].Review is not { } seed)
            {
                continue;
            }
            var input = new ReviewInput
            {
                Rating = seed.Rating,
                Rationale = seed.Rationale,
                Evidence = (seed.Evidence ?? [])
                    .Select(e => new EvidenceInput(e.Title, e.Url, e.Statement is null ? null : statements[e.Statement].Id, e.Stance))
                    .ToList(),
            };
            var at = $"{SeedLoader.StatementsFile}: record {i} ({set.Statements[i].Key})";
            if (!await Valid(validators.Review, input, at, problems, ct, prefix: "review."))
            {
                continue;
            }
            var verdict = input.ToVerdict();
            var statement = statements[set.Statements[i].Key];
            var review = new Review
            {
                Rating = verdict.Rating,
                Status = seed.Status == ReviewStatus.Published ? ReviewStatus.InReview : seed.Status,
                Rationale = verdict.Rationale,
                OwnerName = SeedUser,
                Evidence = [.. verdict.Evidence],
            };
            statement.Review = review;
            if (seed.Status == ReviewStatus.Published)
            {
                // What the public sees is a snapshot of the statements as published (ADR 7), cited ones included.
                var shown = new PublicRecord(statement.ToPublished(),
                    e => e.StatementId is { } id ? statements.Values.FirstOrDefault(s => s.Id == id)?.ToPublished() : null);
                // The seed files carry no publication time: the day after the statement stands in for it.
                review.Publish(new ReviewActor(null, SeedUser, IsEditor: true, RequireSecondEditor: true), shown,
                    set.Statements[i].SaidOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddDays(1));
            }
        }

        // One link at a time, saved, so the link rule ("already linked that way") sees the ones before it.
        for (var i = 0; i < set.Links.Count; i++)
        {
            var l = set.Links[i];
            var from = statements[l.From];
            var request = new LinkStatements(from.Id, statements[l.To].Id, l.Relation, l.Note);
            if (await Valid(validators.Link, request, $"{SeedLoader.LinksFile}: record {i} ({l.From} -> {l.To})", problems, ct))
            {
                var link = db.StatementLinks.Add(new StatementLink
                {
                    FromStatementId = request.FromStatementId,
                    ToStatementId = request.ToStatementId,
                    Relation = request.Relation,
                    Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(),
                }).Entity;
                await db.SaveChangesAsync(ct);
                // Saving stamped the link with today's date, after the stand-in publication dates above: a seeded
                // rebuttal would read as one that came after its verdict. A link is dated the day of the response.
                link.CreatedAtUtc = from.SaidOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            }
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Runs the use case's validator; each failure becomes a problem naming the file, record and seed field.</summary>
    private static async Task<bool> Valid<T>(
        IValidator<T> validator, T input, string at, List<string> problems, CancellationToken ct, string prefix = "")
    {
        ValidationResult result = await validator.ValidateAsync(input, ct);
        foreach (var failure in result.Errors)
        {
            problems.Add($"{at}: field '{prefix}{SeedField(failure.PropertyName)}': {failure.ErrorMessage}");
        }
        return result.IsValid;
    }

    // Where the seed files name a field differently from the input record (a key instead of an id).
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.Ordinal)
    {
        ["speakerId"] = "speaker",
        ["onBehalfOfId"] = "onBehalfOf",
        ["sourceId"] = "source",
        ["speakerRole"] = "role",
        ["publishedOn"] = "published",
        ["statementId"] = "statement",
        ["fromStatementId"] = "from",
        ["toStatementId"] = "to",
    };

    /// <summary>"Evidence[0].Title" as the seed file spells it: "evidence.title".</summary>
    private static string SeedField(string property) =>
        string.Join(".", Index().Replace(property, "").Split('.', StringSplitOptions.RemoveEmptyEntries).Select(part =>
        {
            var camel = char.ToLowerInvariant(part[0]) + part[1..];
            return Renamed.GetValueOrDefault(camel, camel);
        }));

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();

    [LoggerMessage(Level = LogLevel.Information, Message = "Built the statistics tables from the records: {Rows} rows in {Seconds:F1} s.")]
    private static partial void LogStatsBuilt(ILogger logger, int rows, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "The database already holds records; seed data not loaded.")]
    private static partial void LogSkipped(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Speakers} speakers, {Sources} sources, {Statements} statements and {Links} links from {Directory}.")]
    private static partial void LogSeeded(ILogger logger, int speakers, int sources, int statements, int links, string directory);
}

/// <summary>The use cases' own validators, as the seed loader runs them.</summary>
public sealed record SeedValidators(
    IValidator<SpeakerInput> Speaker, IValidator<SourceInput> Source, IValidator<StatementInput> Statement,
    IValidator<ReviewInput> Review, IValidator<LinkStatements> Link)
{
    /// <summary>
    /// The same validator classes the forms use. Their "not in the future" is judged by the real date: seed files
    /// describe the real world, also when a test sets the desk's clock to a day in the past (the stats tests do).
    /// </summary>
    public static SeedValidators For(IClaimTrackerDb db)
    {
        var today = new SystemClock();
        return new SeedValidators(
            new SpeakerInputValidator(), new SourceInputValidator(today), new StatementInputValidator(new DatabaseStatementReferences(db), today),
            new ReviewInputValidator(db), new LinkStatementsValidator(db));
    }
}
