using ClaimTracker.Application.Annotations;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Desk;
using ClaimTracker.Application.Reviews;
using ClaimTracker.Application.Sources;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Reviews;
using MediatR;

namespace ClaimTracker.Application.Tests.Common;

/// <summary>
/// What query results say a member may do is what the server then accepts: the permissions come from the same
/// declarations and entity rules, so an offered action is never refused and a refused one is never offered.
/// </summary>
public sealed class PermissionsTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    public enum State { None, Draft, InReview, Published }

    /// <summary>Members by role, and the analyst who drafts every review below (<see cref="Roles.Analyst"/>) apart from another.</summary>
    public static TheoryData<State, string, string> StatesAndMembers()
    {
        var data = new TheoryData<State, string, string>();
        foreach (var state in Enum.GetValues<State>())
        {
            foreach (var (member, role) in new[]
            {
                ("id-Viewer", Roles.Viewer), ("id-Analyst", Roles.Analyst), (Members.OtherAnalyst, Roles.Analyst),
                ("id-Editor", Roles.Editor), ("id-Admin", Roles.Admin),
            })
            {
                data.Add(state, member, role);
            }
        }
        return data;
    }

    private async Task<int> StatementInAsync(State state) => state switch
    {
        State.None => await db.CreateStatementAsync("Nobody has rated this yet"),
        State.Draft => await db.DraftedStatementAsync(),
        State.InReview => await db.SubmittedStatementAsync(),
        _ => await db.PublishedStatementAsync(),
    };

    private async Task<bool> AcceptsAsync<T>(string member, string role, IRequest<T> request)
    {
        try
        {
            await db.SendAsMember(member, role, request);
            return true;
        }
        catch (Exception e) when (e is ForbiddenException or RequestValidationException)
        {
            return false;
        }
    }

    [Theory]
    [MemberData(nameof(StatesAndMembers))]
    public async Task Each_review_action_is_offered_exactly_when_the_server_accepts_it(State state, string member, string role)
    {
        async Task<(ReviewCan Can, Guid? Version, int Id)> FreshAsync()
        {
            var id = await StatementInAsync(state);
            var seen = await db.SendAsMember(member, role, new GetStatement(id));
            return (seen.Can.Review, seen.Review?.Version, id);
        }

        var draft = await FreshAsync();
        Assert.Equal(draft.Can.Draft, await AcceptsAsync(member, role, new DraftReview(draft.Id, draft.Version, Workflow.Verdict(Rating.HalfTrue))));

        if (state == State.None)
        {
            Assert.False(draft.Can.Submit || draft.Can.Publish || draft.Can.Correct);
            return;
        }
        var submit = await FreshAsync();
        Assert.Equal(submit.Can.Submit, await AcceptsAsync(member, role, new SubmitReview(submit.Id, submit.Version!.Value)));
        var publish = await FreshAsync();
        Assert.Equal(publish.Can.Publish, await AcceptsAsync(member, role, new PublishReview(publish.Id, publish.Version!.Value)));
        var correct = await FreshAsync();
        Assert.Equal(correct.Can.Correct, await AcceptsAsync(member, role,
            new CorrectReview(correct.Id, correct.Version!.Value, Workflow.Verdict(Rating.MostlyFalse), "A second source.")));
    }

    [Theory]
    [InlineData(Roles.Viewer, false, false)]
    [InlineData(Roles.Analyst, true, false)]
    [InlineData(Roles.Editor, true, true)]
    [InlineData(Roles.Admin, false, false)]
    public async Task Statements_speakers_sources_and_the_desk_say_what_the_role_may_change(string role, bool writes, bool editsOthersNotes)
    {
        var (statementId, annotationId) = await db.AnnotatedStatementAsync(Roles.Analyst);
        var statement = await db.SendAs(role, new GetStatement(statementId));
        Assert.Equal((writes, writes, writes, writes), (statement.Can.Edit, statement.Can.Link, statement.Can.RemoveLink, statement.Can.Annotate));

        var speaker = await db.SendAs(role, new GetSpeaker(statement.SpeakerId));
        Assert.Equal((writes, writes), (speaker.Can.Edit, speaker.Can.Merge));
        Assert.Equal(writes, (await db.SendAs(role, new GetSource(statement.Source.Id))).Can.Edit);
        Assert.All((await db.SendAs(role, new ListSources())).Items, s => Assert.Equal(writes, s.Can.Edit));
        Assert.Equal(new DeskCan(writes, writes, writes), await db.SendAs(role, new GetDeskPermissions()));

        // The note was written by the analyst this role may or may not be; another analyst's note only an editor changes.
        var note = (await db.SendAs(role, new ListAnnotations(statementId))).Threads.Single(t => t.Id == annotationId);
        Assert.Equal((writes && (role == Roles.Analyst || editsOthersNotes), writes, writes), (note.Can.Change, note.Can.Resolve, note.Can.Reply));
        var asOther = (await db.SendAsMember(Members.OtherAnalyst, Roles.Analyst, new ListAnnotations(statementId))).Threads.Single(t => t.Id == annotationId);
        Assert.False(asOther.Can.Change);
        await Assert.ThrowsAsync<ForbiddenException>(() => db.SendAsMember(Members.OtherAnalyst, Roles.Analyst, new DeleteAnnotation(annotationId)));
    }
}
