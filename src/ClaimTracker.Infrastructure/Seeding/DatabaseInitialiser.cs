using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Sources;
using ClaimTracker.Domain.Speakers;
using ClaimTracker.Domain.Statements;
using ClaimTracker.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimTracker.Infrastructure.Seeding;

/// <summary>
/// Brings the database up to date at start-up and, when it holds no records yet, loads seeds/ in one transaction:
/// a malformed file is reported (file, record, field) and nothing is written.
/// </summary>
public sealed partial class DatabaseInitialiser(
    ClaimTrackerDbContext db, DatabaseOptions database, IOptions<SeedOptions> seeding, SeedLoader loader,
    CurrentUser currentUser, NameKeyBackfill nameKeys, ILogger<DatabaseInitialiser> logger)
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
        if (seeding.Value.Enabled)
        {
            await SeedAsync(seeding.Value.Directory ?? defaultSeedDirectory, ct);
        }
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

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        Add(set);
        await db.SaveChangesAsync(ct);
        // Saving stamps every link with today's date, after the stand-in publication dates below: a seeded rebuttal
        // would read as one that came after its verdict. A link is dated the day of the statement that responds.
        foreach (var link in db.ChangeTracker.Entries<StatementLink>().Select(e => e.Entity))
        {
            link.CreatedAtUtc = link.FromStatement.SaidOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();

        LogSeeded(logger, set.Speakers.Count, set.Sources.Count, set.Statements.Count, set.Links.Count, directory);
        return true;
    }

    private void Add(SeedSet set)
    {
        var speakers = set.Speakers.ToDictionary(s => s.Key, s => new Speaker
        {
            Name = s.Name.Trim(),
            Kind = s.Kind,
            Country = s.Country,
            Affiliation = s.Affiliation,
            Aliases = s.Aliases is { Count: > 0 } aliases ? string.Join("; ", aliases) : null,
            Roles = (s.Roles ?? []).Select(r => new SpeakerRole { Title = r.Title, From = r.From, To = r.To }).ToList(),
        }, StringComparer.Ordinal);

        var sources = set.Sources.ToDictionary(s => s.Key, s => new Source
        {
            Outlet = s.Outlet,
            Headline = s.Headline,
            Authors = s.Authors is { Count: > 0 } authors ? string.Join(", ", authors) : null,
            PublishedOn = s.Published,
            PublishedPrecision = s.PublishedPrecision,
            Url = s.Url,
            Kind = s.Kind,
            Note = s.Note,
        }, StringComparer.Ordinal);

        var topics = new Dictionary<string, Topic>(NameKey.Comparer);
        Topic TopicNamed(string name) => topics.TryGetValue(name.Trim(), out var t) ? t : topics[name.Trim()] = new Topic { Name = name.Trim() };

        var statements = set.Statements.ToDictionary(s => s.Key, s => new Statement
        {
            Quote = s.Quote.Trim(),
            QuoteKind = s.QuoteKind,
            Speaker = speakers[s.Speaker],
            SpeakerRole = s.Role,
            OnBehalfOf = s.OnBehalfOf is null ? null : speakers[s.OnBehalfOf],
            SaidOn = s.SaidOn,
            SaidOnPrecision = s.SaidOnPrecision,
            Venue = s.Venue,
            Source = sources[s.Source],
            Context = s.Context,
            Topics = (s.Topics ?? []).Distinct(NameKey.Comparer).Select(TopicNamed).ToList(),
        }, StringComparer.Ordinal);

        foreach (var seed in set.Statements.Where(s => s.Review is not null))
        {
            var review = seed.Review!;
            var entity = statements[seed.Key].Review = new Review
            {
                Rating = review.Rating,
                Status = review.Status == ReviewStatus.Published ? ReviewStatus.InReview : review.Status,
                Rationale = review.Rationale,
                OwnerName = SeedUser,
                Evidence = (review.Evidence ?? []).Select(e => new Evidence
                {
                    Title = e.Title,
                    Url = e.Url,
                    Statement = e.Statement is null ? null : statements[e.Statement],
                    Stance = e.Stance,
                }).ToList(),
            };
            if (review.Status == ReviewStatus.Published)
            {
                // The seed files carry no publication time: the day after the statement stands in for it.
                var statement = statements[seed.Key];
                // Nothing has an id yet: cited statements are found through the evidence's own reference.
                var shown = new PublicRecord(statement.ToPublished(), e => e.Statement?.ToPublished());
                entity.Publish(new ReviewActor(null, SeedUser, IsEditor: true, RequireSecondEditor: true), shown,
                    seed.SaidOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddDays(1));
            }
        }

        db.Speakers.AddRange(speakers.Values);
        db.Sources.AddRange(sources.Values);
        db.Statements.AddRange(statements.Values);
        db.StatementLinks.AddRange(set.Links.Select(l => new StatementLink
        {
            FromStatement = statements[l.From],
            ToStatement = statements[l.To],
            Relation = l.Relation,
            Note = l.Note,
        }));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The database already holds records; seed data not loaded.")]
    private static partial void LogSkipped(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Speakers} speakers, {Sources} sources, {Statements} statements and {Links} links from {Directory}.")]
    private static partial void LogSeeded(ILogger logger, int speakers, int sources, int statements, int links, string directory);
}
