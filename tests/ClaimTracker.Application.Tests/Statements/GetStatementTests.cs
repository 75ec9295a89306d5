using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Statements;

namespace ClaimTracker.Application.Tests.Statements;

public sealed class GetStatementTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    private const string ModiClaimKey = "trump-modi-asked-mediation-2019-07-22";
    private const string DenialKey = "kumar-no-request-made-2019-07-22";

    [Fact]
    public async Task The_presidents_claim_shows_Indias_denial_as_an_incoming_rebuttal()
    {
        var claim = await db.GetStatementAsync(await db.StatementIdAsync(ModiClaimKey));
        var denialId = await db.StatementIdAsync(DenialKey);

        var denial = Assert.Single(claim.Links, l => l.StatementId == denialId);
        Assert.Equal(LinkDirection.Incoming, denial.Direction);
        Assert.Equal(LinkRelation.Rebuts, denial.Relation);
        Assert.Equal("Raveesh Kumar", denial.SpeakerName);
        Assert.Equal(Seed.Statement(DenialKey).Quote, denial.Quote);
        Assert.Equal(Seed.Links.Single(l => l.From == DenialKey && l.To == ModiClaimKey).Note, denial.Note);
    }

    [Fact]
    public async Task The_denial_shows_the_outgoing_link_back_to_the_claim()
    {
        var denial = await db.GetStatementAsync(await db.StatementIdAsync(DenialKey));

        var link = Assert.Single(denial.Links, l => l.Direction == LinkDirection.Outgoing);
        Assert.Equal(LinkRelation.Rebuts, link.Relation);
        Assert.Equal(await db.StatementIdAsync(ModiClaimKey), link.StatementId);
        Assert.Equal("Donald Trump", link.SpeakerName);
        Assert.Equal(Seed.Statement(ModiClaimKey).Quote, link.Quote);
    }

    [Fact]
    public async Task Every_seeded_statement_shows_its_links_in_both_directions()
    {
        foreach (var statement in Seed.Statements)
        {
            var expected = Seed.Links.Where(l => l.From == statement.Key)
                .Select(l => $"{LinkDirection.Outgoing} {l.Relation} {Seed.Statement(l.To).Quote}")
                .Concat(Seed.Links.Where(l => l.To == statement.Key)
                    .Select(l => $"{LinkDirection.Incoming} {l.Relation} {Seed.Statement(l.From).Quote}"))
                .Order(StringComparer.Ordinal);

            var details = await db.GetStatementAsync(await db.StatementIdAsync(statement.Key));

            Assert.Equal(expected, details.Links.Select(l => $"{l.Direction} {l.Relation} {l.Quote}").Order(StringComparer.Ordinal));
            Assert.Equal(details.Links.OrderBy(l => l.SaidOn).ThenBy(l => l.LinkId), details.Links);
        }
    }

    [Fact]
    public async Task The_claim_shows_speaker_source_topics_and_its_published_review_with_evidence()
    {
        var seed = Seed.Statement(ModiClaimKey);

        var claim = await db.GetStatementAsync(await db.StatementIdAsync(ModiClaimKey));

        Assert.Equal(seed.Quote, claim.Quote);
        Assert.Equal("Donald Trump", claim.SpeakerName);
        Assert.Equal("President of the United States", claim.SpeakerRole);
        Assert.Equal(seed.SaidOn, claim.SaidOn);
        Assert.Equal(Seed.Source(seed.Source).Headline, claim.Source.Headline);
        Assert.Equal(Seed.Source(seed.Source).Outlet, claim.Source.Outlet);
        Assert.Equal(seed.Topics.Order(StringComparer.Ordinal), claim.Topics);
        Assert.NotNull(claim.Review);
        Assert.Equal(Rating.False, claim.Review.Rating);
        Assert.Equal(ReviewStatus.Published, claim.Review.Status);
        Assert.Equal(seed.EvidenceCount, claim.Review.Evidence.Count);
        var denial = Assert.Single(claim.Review.Evidence, e => e.Title == "India MEA denial");
        Assert.Equal(EvidenceStance.Refutes, denial.Stance);
        Assert.Equal(await db.StatementIdAsync(DenialKey), denial.StatementId);
        Assert.NotEqual(Guid.Empty, claim.Version);
    }

    [Fact]
    public async Task A_spokesmans_statement_names_the_body_he_spoke_for()
    {
        var denial = await db.GetStatementAsync(await db.StatementIdAsync(DenialKey));

        Assert.Equal("Raveesh Kumar", denial.SpeakerName);
        Assert.Equal(await db.SpeakerIdAsync("ministry-of-external-affairs-india"), denial.OnBehalfOfId);
        Assert.Equal(Seed.Speaker("ministry-of-external-affairs-india").Name, denial.OnBehalfOfName);
        Assert.Null(denial.Review);
    }

    [Fact]
    public async Task An_unknown_statement_is_not_found()
    {
        var missing = await Assert.ThrowsAsync<NotFoundException>(() => db.SendAs(Roles.Viewer, new GetStatement(int.MaxValue)));

        Assert.Equal("Statement", missing.What);
        Assert.Equal(int.MaxValue, missing.Key);
    }
}
