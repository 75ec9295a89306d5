using ClaimTracker.Application.Stats.ReadModel;
using ClaimTracker.Application.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Tests.Stats.ReadModel;

/// <summary>Compares every read-model table with a recomputation from the records.</summary>
public static class ReadModelCheck
{
    /// <summary>Fails naming the table and the first keys that differ.</summary>
    public static async Task AssertMatchesRecordsAsync(this TestDatabase database, string after)
    {
        var (expected, stored) = await database.Query(async db =>
        {
            var expected = await StatsRebuilder.ComputeAsync(db, CancellationToken.None);
            var stored = new StatsFacts();
            foreach (var r in await db.SpeakerVerdictStats.AsNoTracking().ToListAsync())
            {
                stored.Verdicts[new VerdictKey(r.SpeakerId, r.PublisherId, r.Month, r.Bucket)] = r.Count;
            }
            foreach (var r in await db.SpeakerLinkStats.AsNoTracking().ToListAsync())
            {
                stored.Links[new LinkKey(r.SpeakerId, r.Month, r.Category)] = r.Count;
            }
            foreach (var r in await db.SpeakerTopicStats.AsNoTracking().ToListAsync())
            {
                stored.Topics[new TopicKey(r.SpeakerId, r.TopicId, r.Month)] = r.Count;
            }
            foreach (var r in await db.SpeakerRebutterStats.AsNoTracking().ToListAsync())
            {
                stored.Rebutters[new RebutterKey(r.SpeakerId, r.RebutterId, r.Month)] = r.Count;
            }
            foreach (var r in await db.DeskDayStats.AsNoTracking().ToListAsync())
            {
                stored.DeskDays[new DeskDayKey(r.Day, r.Kind, r.Member, r.Rating)] = r.Count;
            }
            foreach (var r in await db.TopicDayStats.AsNoTracking().ToListAsync())
            {
                stored.TopicDays[new TopicDayKey(r.TopicId, r.Day)] = r.Count;
            }
            return (expected, stored);
        });
        Same("verdicts", expected.Verdicts, stored.Verdicts, after);
        Same("links", expected.Links, stored.Links, after);
        Same("topics", expected.Topics, stored.Topics, after);
        Same("rebutters", expected.Rebutters, stored.Rebutters, after);
        Same("desk days", expected.DeskDays, stored.DeskDays, after);
        Same("topic days", expected.TopicDays, stored.TopicDays, after);
    }

    private static void Same<TKey>(string table, Dictionary<TKey, int> expected, Dictionary<TKey, int> stored, string after) where TKey : notnull
    {
        var diff = StatsFacts.Difference(expected, stored);
        if (diff.Count > 0)
        {
            Assert.Fail($"The {table} table differs from the records after {after}: " +
                string.Join("; ", diff.Take(5).Select(d => $"{d.Key}: stored {stored.GetValueOrDefault(d.Key)}, records say {expected.GetValueOrDefault(d.Key)}")));
        }
    }
}
