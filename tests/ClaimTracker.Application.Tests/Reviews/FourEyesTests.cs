using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Reviews;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Reviews;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Application.Tests.Reviews;

/// <summary>Four eyes, the default: a verdict passes "In review", and the member who drafted it does not publish it.</summary>
public sealed class FourEyesTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    private const string FirstEditor = "id-first-editor";
    private const string SecondEditor = "id-second-editor";

    [Fact]
    public async Task A_draft_cannot_be_published_before_it_was_sent_for_review()
    {
        var id = await db.DraftedStatementAsync();
        var version = await db.ReviewVersionAsync(id);

        var rejection = await db.RejectsWithoutWritingAsync<RequestValidationException>(() =>
            db.SendAs(Roles.Editor, new PublishReview(id, version)));

        Assertions.AssertNames(rejection, "Status", "Send the draft for review first");
        Assert.Equal(ReviewStatus.Draft, (await db.ReviewAsync(id)).Status);
        Assert.False((await db.GetStatementAsync(id)).Can.Review.Publish);
    }

    [Fact]
    public async Task The_editor_who_drafted_a_verdict_cannot_publish_it_and_a_second_editor_can()
    {
        var id = await db.CreateStatementAsync("An editor's own verdict");
        await db.SendAsMember(FirstEditor, Roles.Editor, new DraftReview(id, null, Workflow.Verdict()));
        await db.SendAsMember(FirstEditor, Roles.Editor, new SubmitReview(id, await db.ReviewVersionAsync(id)));
        var asDrafter = await db.SendAsMember(FirstEditor, Roles.Editor, new GetStatement(id));
        Assert.False(asDrafter.Can.Review.Publish);

        var refused = await db.RejectsWithoutWritingAsync<ForbiddenException>(() =>
            db.SendAsMember(FirstEditor, Roles.Editor, new PublishReview(id, asDrafter.Review!.Version)));
        Assert.Contains("cannot publish it", refused.Message, StringComparison.Ordinal);
        Assert.Equal(ReviewStatus.InReview, (await db.ReviewAsync(id)).Status);

        var asSecond = await db.SendAsMember(SecondEditor, Roles.Editor, new GetStatement(id));
        Assert.True(asSecond.Can.Review.Publish);
        await db.SendAsMember(SecondEditor, Roles.Editor, new PublishReview(id, asSecond.Review!.Version));
        var review = await db.ReviewAsync(id);
        Assert.Equal((ReviewStatus.Published, $"test-{SecondEditor}"), (review.Status, review.PublishedBy));
    }
}

/// <summary>A desk that turned four eyes off (<c>Reviews:RequireSecondEditor=false</c>).</summary>
public sealed class SingleEditorDatabase : TestDatabase
{
    protected override bool Seeded => false;

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton(new ReviewOptions { RequireSecondEditor = false });
}

public sealed class FourEyesTurnedOffTests(SingleEditorDatabase db) : IClassFixture<SingleEditorDatabase>
{
    [Fact]
    public async Task An_editor_may_publish_their_own_draft_straight_from_draft()
    {
        var speaker = await db.CreateSpeakerAsync();
        var source = await db.CreateSourceAsync();
        var id = await db.SendAs(Roles.Analyst, new CreateStatement(StatementInputs.Valid(speaker, source, "A small desk's claim")));
        await db.SendAs(Roles.Editor, new DraftReview(id, null, Workflow.Verdict() with { Evidence = [] }));
        var statement = await db.SendAs(Roles.Editor, new GetStatement(id));
        Assert.True(statement.Can.Review.Publish);

        await db.SendAs(Roles.Editor, new PublishReview(id, statement.Review!.Version));

        Assert.Equal(ReviewStatus.Published, (await db.ReviewAsync(id)).Status);
        Assert.Equal("A small desk's claim", (await db.SendAs(null, new GetPublishedReview(id))).Quote);
    }
}
