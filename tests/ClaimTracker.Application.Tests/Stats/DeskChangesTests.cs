using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Changes;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Stats;
using ClaimTracker.Domain.Statements;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Application.Tests.Stats;

/// <summary>The live-update feed: a committed command is announced once, a refused one never.</summary>
public sealed class DeskChangesTests(StatsDatabase database) : IClassFixture<StatsDatabase>
{
    [Fact]
    public async Task A_new_link_is_announced_after_it_is_saved_and_the_chart_a_listener_reloads_shows_it()
    {
        var changes = database.Services.GetRequiredService<IDeskChanges>();
        var (from, to, speaker) = await database.Read(async db =>
        {
            var trump = await db.Speakers.Where(s => s.Name == "Donald Trump").Select(s => s.Id).SingleAsync();
            var target = await db.Statements.Where(s => s.SpeakerId == trump).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
            var other = await db.Statements.Where(s => s.SpeakerId != trump).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
            return (other, target, trump);
        });
        var before = await database.Send(new GetSpeakerRebutters(speaker));
        var heard = new List<(DeskChange Change, int Rebuttals)>();
        using (changes.Subscribe(async change =>
        {
            // What a page does on a change: reload its chart in a new operation.
            var rebutters = await database.Send(new GetSpeakerRebutters(speaker));
            heard.Add((change, rebutters.Sum(r => r.Rebuttals)));
        }))
        {
            await database.Send(new LinkStatements(from, to, LinkRelation.Rebuts, "test rebuttal"), Roles.Analyst);
        }

        var (change, rebuttals) = Assert.Single(heard);
        Assert.Equal(nameof(LinkStatements), change.RequestType);
        Assert.Equal("test-analyst", change.UserName);
        Assert.Equal(StatsDatabase.Now, change.AtUtc);
        Assert.Equal(new[] { from, to }.Order(), change.StatementIds.Order());
        Assert.Equal(before.Sum(r => r.Rebuttals) + 1, rebuttals);
    }

    [Fact]
    public async Task A_refused_command_and_a_query_announce_nothing()
    {
        var changes = database.Services.GetRequiredService<IDeskChanges>();
        var heard = new List<DeskChange>();
        using (changes.Subscribe(change =>
        {
            heard.Add(change);
            return Task.CompletedTask;
        }))
        {
            await Assert.ThrowsAsync<RequestValidationException>(() => database.Send(new LinkStatements(1, 1, LinkRelation.Rebuts, null), Roles.Analyst));
            await Assert.ThrowsAsync<ForbiddenException>(() => database.Send(new LinkStatements(1, 2, LinkRelation.Confirms, null), Roles.Viewer));
            await database.Send(new GetReviewStatusCounts());
        }

        Assert.Empty(heard);
    }

    [Fact]
    public async Task A_listener_that_unsubscribed_hears_nothing_more()
    {
        var changes = database.Services.GetRequiredService<IDeskChanges>();
        var heard = 0;
        var subscription = changes.Subscribe(_ =>
        {
            heard++;
            return Task.CompletedTask;
        });
        subscription.Dispose();

        await database.Send(new LinkStatements(2, 3, LinkRelation.Repeats, null), Roles.Analyst);

        Assert.Equal(0, heard);
    }
}
