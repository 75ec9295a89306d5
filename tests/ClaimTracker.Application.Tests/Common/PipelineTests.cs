using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Auditing;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Sources;
using ClaimTracker.Domain.Speakers;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Application.Tests.Common;

/// <summary>The pipeline (authorization, validation, unit of work) around requests that exist only in this test.</summary>
public sealed class PipelineTests(PipelineTests.Database db) : IClassFixture<PipelineTests.Database>
{
    [Fact]
    public async Task A_command_failing_after_an_early_save_leaves_nothing_behind()
    {
        var failure = await db.RejectsWithoutWritingAsync<InvalidOperationException>(() =>
            db.SendAs(Roles.Editor, new SaveThenFail("Ghost Speaker")));

        Assert.Equal(SaveThenFailHandler.Message, failure.Message);
        Assert.False(await db.Query(d => d.Speakers.AnyAsync(s => s.Name == "Ghost Speaker")));
    }

    [Fact]
    public async Task A_successful_command_commits_its_early_save_and_its_later_changes_together()
    {
        var id = await db.SendAs(Roles.Editor, new SaveThenAddSource("Kept Speaker"));

        Assert.True(await db.Query(d => d.Speakers.AnyAsync(s => s.Id == id && s.Name == "Kept Speaker")));
        Assert.True(await db.Query(d => d.Sources.AnyAsync(s => s.Headline == "Kept Speaker")));
    }

    [Fact]
    public async Task A_query_never_saves_what_its_handler_changed() =>
        await db.RejectsWithoutWritingAsync<InvalidOperationException>(async () =>
        {
            await db.SendAs(Roles.Viewer, new QueryThatAddsASpeaker());
            // Reached only when the query returned: nothing may have been written by then.
            throw new InvalidOperationException("The query returned.");
        });

    [Theory]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Editor)]
    [InlineData(null)]
    public Task A_request_without_a_declared_role_is_refused_for_everyone(string? role) =>
        db.RejectsWithoutWritingAsync<ForbiddenException>(() => db.SendAs(role, new Undeclared()));

    [AllowedRoles(RoleSet.Editors)]
    [Audited("tried a save that fails")]
    public sealed record SaveThenFail(string Name) : ICommand<int>;

    [AllowedRoles(RoleSet.Editors)]
    [Audited("added a speaker and a source")]
    public sealed record SaveThenAddSource(string Name) : ICommand<int>;

    [AllowedRoles(RoleSet.Readers)]
    public sealed record QueryThatAddsASpeaker : IQuery<int>;

    public sealed record Undeclared : IQuery<int>;

    private sealed class SaveThenFailHandler(IClaimTrackerDb store) : IRequestHandler<SaveThenFail, int>
    {
        public const string Message = "The handler failed after its early save.";

        public async Task<int> Handle(SaveThenFail request, CancellationToken cancellationToken)
        {
            store.Speakers.Add(new Speaker { Name = request.Name });
            // An early save inside the command's transaction, as CreateStatement does to learn the new id.
            await store.SaveChangesAsync(cancellationToken);
            store.Sources.Add(new Source { Outlet = "Outlet", Headline = request.Name });
            throw new InvalidOperationException(Message);
        }
    }

    private sealed class SaveThenAddSourceHandler(IClaimTrackerDb store) : IRequestHandler<SaveThenAddSource, int>
    {
        public async Task<int> Handle(SaveThenAddSource request, CancellationToken cancellationToken)
        {
            var speaker = new Speaker { Name = request.Name };
            store.Speakers.Add(speaker);
            await store.SaveChangesAsync(cancellationToken);
            store.Sources.Add(new Source { Outlet = "Outlet", Headline = request.Name });
            return speaker.Id;
        }
    }

    private sealed class QueryThatAddsASpeakerHandler(IClaimTrackerDb store) : IRequestHandler<QueryThatAddsASpeaker, int>
    {
        public Task<int> Handle(QueryThatAddsASpeaker request, CancellationToken cancellationToken)
        {
            store.Speakers.Add(new Speaker { Name = "Never saved" });
            return Task.FromResult(0);
        }
    }

    private sealed class UndeclaredHandler : IRequestHandler<Undeclared, int>
    {
        public Task<int> Handle(Undeclared request, CancellationToken cancellationToken) => Task.FromResult(1);
    }

    /// <summary>An empty database whose DI also knows the requests above.</summary>
    public sealed class Database : TestDatabase
    {
        protected override bool Seeded => false;

        protected override void ConfigureServices(IServiceCollection services) => services
            .AddScoped<IRequestHandler<SaveThenFail, int>, SaveThenFailHandler>()
            .AddScoped<IRequestHandler<SaveThenAddSource, int>, SaveThenAddSourceHandler>()
            .AddScoped<IRequestHandler<QueryThatAddsASpeaker, int>, QueryThatAddsASpeakerHandler>()
            .AddScoped<IRequestHandler<Undeclared, int>, UndeclaredHandler>();
    }
}
