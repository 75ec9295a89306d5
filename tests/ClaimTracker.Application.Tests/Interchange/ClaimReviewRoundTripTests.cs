using ClaimTracker.Application.Common;
using ClaimTracker.Application.Imports;
using ClaimTracker.Application.Publishers;
using ClaimTracker.Application.Reviews;
using ClaimTracker.Application.Tests.Imports;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Application.Tests.Interchange;

/// <summary>
/// Our published fact-checks written as ClaimReview (the export's DataFeed), read back by the <c>claimreview</c>
/// import into an empty desk: the statements and verdicts arrive as they were published, as far as ClaimReview
/// carries them (what does not travel is listed in the README, Exports).
/// </summary>
public sealed class ClaimReviewRoundTripTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>, IAsyncLifetime
{
    private static readonly Uri PublicBase = new("https://claims.example.test/");
    private readonly EmptyDatabase _empty = new();

    public Task InitializeAsync() => _empty.InitializeAsync();

    public Task DisposeAsync() => _empty.DisposeAsync();

    [Fact]
    public async Task Exported_claimreviews_import_into_an_empty_desk_with_their_words_speakers_dates_sources_and_labels()
    {
        var published = await Pages.WalkAsync(Cursor.MaxPageSize, after => seeded.SendAs(null, new ListPublishedReviews { PageSize = Cursor.MaxPageSize, After = after }));
        var expected = new List<PublishedReview>();
        foreach (var summary in published)
        {
            expected.Add(await seeded.SendAs(null, new GetPublishedReview(summary.StatementId)));
        }
        var organisation = seeded.Services.GetRequiredService<DeskOrganisation>();
        var file = ImportHarness.Write("claimreviews.json", "");
        int written;
        await using (var stream = File.Create(file.Path))
        {
            written = await ClaimReviewFeed.WriteAsync(stream, PublicBase, (page, _) => seeded.SendAs(null, page), CancellationToken.None);
        }
        Assert.Equal(expected.Count, written);
        Assert.True(written >= 2, "The seeds publish fact-checks.");
        Assert.Equal(0, await _empty.Query(d => d.Statements.CountAsync()));

        var result = await _empty.ImportAsync(ImportFormat.ClaimReview, file);

        Assert.Equal($"{written} created, 0 updated, 0 unchanged, 0 rejected", result.Summary);
        var statements = await _empty.Query(d => d.Statements.Include(s => s.Speaker).Include(s => s.Source)
            .Include(s => s.OutsideReviews).ThenInclude(o => o.Publisher).ToListAsync());
        Assert.Equal(written, statements.Count);
        foreach (var before in expected)
        {
            var after = Assert.Single(statements, s => s.Quote == before.Quote);
            var (day, precision) = AsPublished(before.SaidOn, before.SaidOnPrecision);
            Assert.Equal(
                (before.SpeakerName, before.SpeakerIsPerson ? before.SpeakerRole : null, day, precision),
                (after.Speaker.Name, after.SpeakerRole, after.SaidOn, after.SaidOnPrecision));
            Assert.Equal((before.SourceOutlet, before.SourceHeadline, before.SourceUrl), (after.Source.Outlet, after.Source.Headline, after.Source.Url));
            // A person stays a person and an organisation an organisation (the desk's finer kinds, such as ministry,
            // arrive as organisation), with the reference page the markup named.
            Assert.Equal(before.SpeakerIsPerson, after.Speaker.Kind == ClaimTracker.Domain.Speakers.SpeakerKind.Person);
            Assert.Equal(before.SpeakerReferenceUrl, after.Speaker.ReferenceUrl);

            // Our verdict arrives as a review by our organisation, keeping its label, page and day.
            var review = Assert.Single(after.OutsideReviews);
            Assert.Equal(
                (organisation.DisplayName, ClaimReviewMarkup.RatingName(before.Rating), ClaimReviewMarkup.PageUrl(PublicBase, before.StatementId).AbsoluteUri,
                 DateOnly.FromDateTime(before.PublishedAtUtc!.Value)),
                (review.Publisher.Name, review.Label, review.Url, review.ReviewedOn));
            // A label of a publisher the empty desk has never seen has no mapping onto our scale yet.
            Assert.Null(review.Rating);
        }

        // Importing the same file again changes nothing.
        var again = await _empty.ImportAsync(ImportFormat.ClaimReview, file);
        Assert.Equal($"0 created, 0 updated, {written} unchanged, 0 rejected", again.Summary);
    }

    /// <summary>The date as ClaimReview carries it: no more precise than known, and "about then" as its year.</summary>
    private static (DateOnly, DatePrecision) AsPublished(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Day => (date, DatePrecision.Day),
        DatePrecision.Month => (new DateOnly(date.Year, date.Month, 1), DatePrecision.Month),
        _ => (new DateOnly(date.Year, 1, 1), DatePrecision.Year),
    };
}
