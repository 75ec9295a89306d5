using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Sources;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Sources;

namespace ClaimTracker.Application.Tests.Sources;

public sealed class GetSourceTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task The_Foreign_Policy_article_shows_its_byline_date_and_statements()
    {
        var seed = Seed.Source("fp-2019-07-22-trump-about-face-pakistan");

        var source = await db.SendAs(Roles.Viewer, new GetSource(await db.SourceIdAsync(seed.Key)));

        Assert.Equal(seed.Outlet, source.Outlet);
        Assert.Equal(seed.Headline, source.Headline);
        Assert.Equal(seed.Authors, source.Authors);
        Assert.Equal("Elias Groll, Robbie Gramer", source.Authors);
        Assert.Equal(seed.Published, source.PublishedOn);
        Assert.Equal(SourceKind.NewsArticle, source.Kind);
        Assert.Null(source.Url);
        Assert.Equal(Seed.Statements.Count(s => s.Source == seed.Key), source.StatementCount);
        Assert.NotEqual(Guid.Empty, source.Version);
    }

    [Fact]
    public async Task An_unknown_source_is_not_found()
    {
        var missing = await Assert.ThrowsAsync<NotFoundException>(() => db.SendAs(Roles.Viewer, new GetSource(int.MaxValue)));

        Assert.Equal("Source", missing.What);
    }
}
