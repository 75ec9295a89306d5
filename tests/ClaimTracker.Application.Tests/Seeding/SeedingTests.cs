using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Infrastructure.Persistence;
using ClaimTracker.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Application.Tests.Seeding;

/// <summary>The fixture seeds the real seeds/ folder; the expected numbers are read from the same files.</summary>
public sealed class SeedingTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Seeding_loads_every_record_in_the_seed_files()
    {
        var expected = new Dictionary<string, int>
        {
            ["Speakers"] = Seed.Speakers.Count,
            ["SpeakerRoles"] = Seed.Speakers.Sum(s => s.Roles.Count),
            ["Sources"] = Seed.Sources.Count,
            ["Statements"] = Seed.Statements.Count,
            ["StatementLinks"] = Seed.Links.Count,
            ["Topics"] = Seed.TopicNames.Count,
            ["StatementTopics"] = Seed.Statements.Sum(s => s.Topics.Distinct(StringComparer.OrdinalIgnoreCase).Count()),
            ["Reviews"] = Seed.Statements.Count(s => s.Rating is not null),
            ["Evidence"] = Seed.Statements.Sum(s => s.EvidenceCount),
        };

        var counts = await db.RowCountsAsync();

        Assert.Equal(expected, expected.Keys.ToDictionary(t => t, t => (int)counts[t]));
    }

    [Fact]
    public async Task Seeded_records_are_stamped_as_created_by_the_seed()
    {
        var creators = await db.Query(d => d.Statements.Select(s => s.CreatedBy).Distinct().ToListAsync());

        Assert.Equal([DatabaseInitialiser.SeedUser], creators);
    }

    [Fact]
    public async Task Seeding_again_writes_nothing()
    {
        var before = await db.RowCountsAsync();

        await using var scope = db.Services.CreateAsyncScope();
        var wrote = await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().SeedAsync(SeedFiles.Directory);

        Assert.False(wrote);
        Assert.Equal(before, await db.RowCountsAsync());
    }

    [Fact]
    public async Task Starting_up_again_migrates_nothing_and_seeds_nothing()
    {
        var before = await db.RowCountsAsync();

        await using var scope = db.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().InitialiseAsync(SeedFiles.Directory);

        Assert.Equal(before, await db.RowCountsAsync());
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>().Database.GetPendingMigrationsAsync());
    }
}
