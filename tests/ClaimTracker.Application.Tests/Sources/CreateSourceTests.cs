using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Sources;
using ClaimTracker.Application.Tests.Support;

namespace ClaimTracker.Application.Tests.Sources;

public sealed class CreateSourceTests(EmptyDatabase db) : IClassFixture<EmptyDatabase>
{
    [Fact]
    public async Task A_created_source_can_be_read_back()
    {
        var input = SourceInputs.Valid("  A headline with spaces  ") with { Url = "  https://news.example/a  ", Note = " " };

        var id = await db.SendAs(Roles.Analyst, new CreateSource(input));

        var source = await db.SendAs(Roles.Viewer, new GetSource(id));
        Assert.Equal("A headline with spaces", source.Headline);
        Assert.Equal(input.Outlet, source.Outlet);
        Assert.Equal(input.Authors, source.Authors);
        Assert.Equal(input.PublishedOn, source.PublishedOn);
        Assert.Equal(input.PublishedPrecision, source.PublishedPrecision);
        Assert.Equal(input.Kind, source.Kind);
        Assert.Equal("https://news.example/a", source.Url);
        Assert.Null(source.Note);
        Assert.Equal(0, source.StatementCount);
        Assert.NotEqual(Guid.Empty, source.Version);
    }

    [Fact]
    public async Task The_newest_source_is_listed_first()
    {
        await db.CreateSourceAsync("An older story");
        var newest = await db.CreateSourceAsync("The newest story");

        var page = await db.SendAs(Roles.Viewer, new ListSources());

        Assert.Equal(newest, page.Items[0].Id);
    }

    [Theory]
    [MemberData(nameof(SourceInputs.Broken), MemberType = typeof(SourceInputs))]
    public Task Invalid_input_is_refused_and_nothing_is_written(string problem, string field, string message) =>
        db.RejectsAsInvalidAsync(new CreateSource(SourceInputs.Valid().Break(problem)), field, message);
}
