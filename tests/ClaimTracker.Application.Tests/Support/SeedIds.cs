using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Tests.Support;

/// <summary>Finds the database id of a seeded record by its seed key (through a field the seed makes unique).</summary>
public static class SeedIds
{
    public static Task<int> StatementIdAsync(this TestDatabase db, string key)
    {
        var quote = Seed.Statement(key).Quote;
        return db.Query(d => d.Statements.Where(s => s.Quote == quote).Select(s => s.Id).SingleAsync());
    }

    public static Task<int> SpeakerIdAsync(this TestDatabase db, string key)
    {
        var name = Seed.Speaker(key).Name;
        return db.Query(d => d.Speakers.Where(s => s.Name == name).Select(s => s.Id).SingleAsync());
    }

    public static Task<int> SourceIdAsync(this TestDatabase db, string key)
    {
        var headline = Seed.Source(key).Headline;
        return db.Query(d => d.Sources.Where(s => s.Headline == headline).Select(s => s.Id).SingleAsync());
    }

    public static Task<int> TopicIdAsync(this TestDatabase db, string name) =>
        db.Query(d => d.Topics.Where(t => t.Name == name).Select(t => t.Id).SingleAsync());
}
