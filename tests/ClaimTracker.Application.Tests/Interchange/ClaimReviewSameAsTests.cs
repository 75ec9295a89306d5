using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Publishers;
using ClaimTracker.Application.Reviews;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Reviews;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Application.Tests.Interchange;

/// <summary>
/// The claimant's sameAs comes from the published snapshot like their name and role (docs/adr/0007): a reference
/// page added or changed after publication reaches the ClaimReview only with a correction.
/// </summary>
public sealed class ClaimReviewSameAsTests(EmptyDatabase db) : IClassFixture<EmptyDatabase>
{
    private static readonly Uri PublicBase = new("https://desk.test/");

    private async Task<(int Statement, int Speaker)> PublishAsync(string name, string? referenceUrl)
    {
        var speaker = await db.SendAs(Roles.Analyst, new CreateSpeaker(SpeakerInputs.Valid(name) with { ReferenceUrl = referenceUrl }));
        var statement = await db.SendAs(Roles.Analyst, new CreateStatement(StatementInputs.Valid(speaker, await db.CreateSourceAsync(), $"{name} said the tunnel is finished")));
        await db.SendAs(Roles.Analyst, new DraftReview(statement, null, Workflow.Verdict()));
        await db.SendAs(Roles.Analyst, new SubmitReview(statement, await db.ReviewVersionAsync(statement)));
        await db.SendAs(Roles.Editor, new PublishReview(statement, await db.ReviewVersionAsync(statement)));
        return (statement, speaker);
    }

    private async Task<string?> SameAsAsync(int statement)
    {
        var markup = ClaimReviewMarkup.For(await db.SendAs(null, new GetPublishedReview(statement)), db.Services.GetRequiredService<DeskOrganisation>(), PublicBase);
        Assert.Empty(SchemaOrgVocabulary.Subset.Problems(markup));
        Assert.Empty(GoogleClaimReviewRules.Problems(markup));
        return markup["itemReviewed"]!["author"]!["sameAs"]?.GetValue<string>();
    }

    [Fact]
    public async Task A_speaker_with_a_reference_page_is_published_with_it_and_one_without_is_published_without()
    {
        var (with, _) = await PublishAsync("Nora Tunnel", "https://people.example/nora");
        var (without, _) = await PublishAsync("Otto Tunnel", null);

        Assert.Equal("https://people.example/nora", await SameAsAsync(with));
        Assert.Null(await SameAsAsync(without));
    }

    [Fact]
    public async Task A_page_given_after_publication_reaches_the_markup_with_the_next_correction()
    {
        var (statement, speaker) = await PublishAsync("Pia Tunnel", null);
        var details = await db.SendAs(Roles.Viewer, new GetSpeaker(speaker));
        await db.SendAs(Roles.Analyst, new EditSpeaker(speaker, details.Version, SpeakerInputs.Valid("Pia Tunnel") with { ReferenceUrl = "https://people.example/pia" }));

        Assert.Null(await SameAsAsync(statement));

        await db.SendAs(Roles.Editor, new CorrectReview(statement, await db.ReviewVersionAsync(statement), Workflow.Verdict(Rating.MostlyFalse), "Named the speaker's reference page."));

        Assert.Equal("https://people.example/pia", await SameAsAsync(statement));
    }
}
