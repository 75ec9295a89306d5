using System.Reflection;
using ClaimTracker.Application.Accounts;
using ClaimTracker.Application.Annotations;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Desk;
using ClaimTracker.Application.History;
using ClaimTracker.Application.Imports;
using ClaimTracker.Application.Intake;
using ClaimTracker.Application.Publishers;
using ClaimTracker.Application.Reviews;
using ClaimTracker.Application.Sources;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Stats;
using ClaimTracker.Application.Tests.Imports;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Application.Topics;
using ClaimTracker.Domain.Annotations;
using ClaimTracker.Domain.Imports;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Statements;
using MediatR;

namespace ClaimTracker.Application.Tests.Common;

/// <summary>
/// Who may send what. The table below is the desk's policy written out by hand, so a change to a request's
/// attribute that loosens (or tightens) access fails here until the table is changed on purpose.
/// </summary>
public sealed class AuthorizationTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    private const string Anonymous = "anonymous";
    private static readonly string[] Writers = [Roles.Analyst, Roles.Editor];
    private static readonly string[] Readers = [Roles.Viewer, Roles.Analyst, Roles.Editor, Roles.Admin];
    private static readonly string[] Everyone = [Roles.Viewer, Roles.Analyst, Roles.Editor, Roles.Admin, Anonymous];
    private static readonly string[] Editors = [Roles.Editor];
    private static readonly string[] Admins = [Roles.Admin];
    private static readonly string[] EditorsAndAdmins = [Roles.Editor, Roles.Admin];

    /// <summary>Every request type, who may send it, and how to build a valid instance (setup may write).</summary>
    private static readonly Dictionary<string, (string[] Allowed, Func<TestDatabase, Task<object>> Build)> Policy = new()
    {
        [nameof(CreateStatement)] = (Writers, async d => new CreateStatement(await d.ValidStatementAsync("Words sent to check roles"))),
        [nameof(EditStatement)] = (Writers, EditStatementAsync),
        [nameof(LinkStatements)] = (Writers, async d =>
            new LinkStatements(await d.CreateStatementAsync("A reply"), await d.CreateStatementAsync("A claim"), LinkRelation.Rebuts, null)),
        [nameof(EditStatementLink)] = (Writers, async d => new EditStatementLink(await NewLinkAsync(d), LinkRelation.Confirms, "Changed note")),
        [nameof(RemoveStatementLink)] = (Writers, async d => new RemoveStatementLink(await NewLinkAsync(d))),
        [nameof(CreateSpeaker)] = (Writers, _ => Task.FromResult<object>(new CreateSpeaker(SpeakerInputs.Valid()))),
        [nameof(EditSpeaker)] = (Writers, EditSpeakerAsync),
        [nameof(CreateSource)] = (Writers, _ => Task.FromResult<object>(new CreateSource(SourceInputs.Valid()))),
        [nameof(EditSource)] = (Writers, EditSourceAsync),
        [nameof(KeepArticleText)] = (Writers, async d => new KeepArticleText(await d.SourceIdAsync(Commands.SourceKey), "“The port stays shut,” Lena Vogt said.")),
        [nameof(ReadArticle)] = (Readers, async d => new ReadArticle(await d.SourceIdAsync(Commands.SourceKey))),
        [nameof(SuggestLinks)] = (Readers, _ => Task.FromResult<object>(new SuggestLinks("India denied asking for mediation on Kashmir", null, null))),
        [nameof(GetArticlePassage)] = (Readers, async d => new GetArticlePassage(await d.StatementIdAsync("trump-modi-asked-mediation-2019-07-22"))),
        [nameof(ListStatements)] = (Readers, _ => Task.FromResult<object>(new ListStatements())),
        [nameof(GetStatement)] = (Readers, async d => new GetStatement(await d.StatementIdAsync("trump-modi-asked-mediation-2019-07-22"))),
        [nameof(ListSpeakers)] = (Readers, _ => Task.FromResult<object>(new ListSpeakers())),
        [nameof(GetSpeaker)] = (Readers, async d => new GetSpeaker(await d.SpeakerIdAsync("donald-trump"))),
        [nameof(ListSources)] = (Readers, _ => Task.FromResult<object>(new ListSources())),
        [nameof(GetSource)] = (Readers, async d => new GetSource(await d.SourceIdAsync(Commands.SourceKey))),
        [nameof(ListTopics)] = (Readers, _ => Task.FromResult<object>(new ListTopics())),
        [nameof(GetTopic)] = (Readers, async d => new GetTopic((await d.SendAs(Roles.Viewer, new ListTopics { Search = "Kashmir" })).Items[0].Id)),
        [nameof(ExportStatements)] = (Readers, _ => Task.FromResult<object>(new ExportStatements())),
        [nameof(ExportDeskAnnotations)] = (Readers, _ => Task.FromResult<object>(new ExportDeskAnnotations(new Uri("https://desk.example/")))),
        [nameof(GetDeskPermissions)] = (Readers, _ => Task.FromResult<object>(new GetDeskPermissions())),
        [nameof(FindMergedSpeaker)] = (Readers, async d =>
        {
            // Default names are unique per call: speaker names are (ADR 8), and this runs once per role.
            var keep = await d.CreateSpeakerAsync();
            var duplicate = await d.CreateSpeakerAsync();
            await d.SendAs(Roles.Analyst, new MergeSpeakers(keep, (await d.SendAs(Roles.Viewer, new GetSpeaker(keep))).Version, duplicate));
            return new FindMergedSpeaker(duplicate);
        }
        ),
        [nameof(PreviewSpeakerMerge)] = (Writers, async d => new PreviewSpeakerMerge(await d.CreateSpeakerAsync(), await d.CreateSpeakerAsync())),
        [nameof(MergeSpeakers)] = (Writers, async d =>
        {
            var keep = await d.CreateSpeakerAsync();
            var duplicate = await d.CreateSpeakerAsync();
            return new MergeSpeakers(keep, (await d.SendAs(Roles.Viewer, new GetSpeaker(keep))).Version, duplicate);
        }
        ),

        [nameof(DraftReview)] = (Writers, async d => new DraftReview(await d.CreateStatementAsync("Claim to rate"), null, Workflow.Verdict())),
        [nameof(SubmitReview)] = (Writers, async d =>
        {
            var id = await d.DraftedStatementAsync();
            return new SubmitReview(id, await d.ReviewVersionAsync(id));
        }
        ),
        [nameof(PublishReview)] = (Editors, async d =>
        {
            var id = await d.SubmittedStatementAsync();
            return new PublishReview(id, await d.ReviewVersionAsync(id));
        }
        ),
        [nameof(CorrectReview)] = (Editors, async d =>
        {
            var id = await d.PublishedStatementAsync();
            return new CorrectReview(id, await d.ReviewVersionAsync(id), Workflow.Verdict(Rating.MostlyFalse), "A second source confirmed part of it.");
        }
        ),
        [nameof(ListReviewQueue)] = (Readers, _ => Task.FromResult<object>(new ListReviewQueue(ReviewQueue.Unreviewed))),
        [nameof(ListPublishedReviews)] = (Everyone, _ => Task.FromResult<object>(new ListPublishedReviews())),
        [nameof(ListClaimReviews)] = (Everyone, _ => Task.FromResult<object>(new ListClaimReviews(new Uri("https://desk.example/")))),
        [nameof(GetPublishedReview)] = (Everyone, async d => new GetPublishedReview(await d.PublishedStatementAsync())),

        [nameof(RecordOutsideReview)] = (Writers, async d => new RecordOutsideReview(await d.CreateStatementAsync("Claim another desk checked"),
            new OutsideReviewInput { PublisherName = "PolitiFact", Label = "false", Url = $"https://fact.example/{Guid.NewGuid():N}" })),
        [nameof(ListPublishers)] = (Readers, _ => Task.FromResult<object>(new ListPublishers())),
        [nameof(GetPublisherLabels)] = (Readers, _ => Task.FromResult<object>(new GetPublisherLabels(1))),
        [nameof(MapPublisherLabel)] = (EditorsAndAdmins, _ => Task.FromResult<object>(new MapPublisherLabel(1, "pants-fire", Rating.False))),

        [nameof(AnnotateQuote)] = (Writers, async d => new AnnotateQuote(await d.CreateStatementAsync("Words to annotate"), 0, 5, AnnotationKind.Highlight, null)),
        [nameof(ReplyToAnnotation)] = (Writers, async d => new ReplyToAnnotation((await d.AnnotatedStatementAsync()).AnnotationId, "A reply")),
        [nameof(EditAnnotation)] = (Writers, async d =>
        {
            var (statement, annotation) = await d.AnnotatedStatementAsync();
            return new EditAnnotation(annotation, (await d.AnnotationAsync(statement, annotation)).Version, "Reworded");
        }
        ),
        [nameof(DeleteAnnotation)] = (Writers, async d => new DeleteAnnotation((await d.AnnotatedStatementAsync()).AnnotationId)),
        [nameof(ResolveAnnotation)] = (Writers, async d => new ResolveAnnotation((await d.AnnotatedStatementAsync()).AnnotationId, true)),
        [nameof(ListAnnotations)] = (Readers, async d => new ListAnnotations((await d.AnnotatedStatementAsync()).StatementId)),
        [nameof(ExportAnnotations)] = (Readers, async d => new ExportAnnotations((await d.AnnotatedStatementAsync()).StatementId, new Uri("https://desk.test/"))),
        [nameof(GetStatementHistory)] = (Readers, async d => new GetStatementHistory(await d.CreateStatementAsync("Words with a history"))),

        [nameof(GetSpeakerVerdicts)] = (Readers, async d => new GetSpeakerVerdicts(await d.SpeakerIdAsync("donald-trump"))),
        [nameof(GetSpeakerTimeline)] = (Readers, async d => new GetSpeakerTimeline(await d.SpeakerIdAsync("donald-trump"))),
        [nameof(GetSpeakerLinks)] = (Readers, async d => new GetSpeakerLinks(await d.SpeakerIdAsync("donald-trump"))),
        [nameof(GetSpeakerTopics)] = (Readers, async d => new GetSpeakerTopics(await d.SpeakerIdAsync("donald-trump"))),
        [nameof(GetSpeakerRebutters)] = (Readers, async d => new GetSpeakerRebutters(await d.SpeakerIdAsync("donald-trump"))),
        [nameof(CompareSpeakers)] = (Readers, async d => new CompareSpeakers([await d.SpeakerIdAsync("donald-trump"), await d.SpeakerIdAsync("imran-khan")])),
        [nameof(GetReviewStatusCounts)] = (Readers, _ => Task.FromResult<object>(new GetReviewStatusCounts())),
        [nameof(GetPublishedPerWeek)] = (Readers, _ => Task.FromResult<object>(new GetPublishedPerWeek())),
        [nameof(GetAnalystWork)] = (Readers, _ => Task.FromResult<object>(new GetAnalystWork())),
        [nameof(GetActiveTopics)] = (Readers, _ => Task.FromResult<object>(new GetActiveTopics())),
        [nameof(GetSpeakerStats)] = (Readers, async d => new GetSpeakerStats(await d.SpeakerIdAsync("donald-trump"))),
        [nameof(RebuildStats)] = (Admins, _ => Task.FromResult<object>(new RebuildStats())),
        [nameof(ListRecentActivity)] = (Readers, _ => Task.FromResult<object>(new ListRecentActivity())),
        [nameof(GetMyQueueCounts)] = (Readers, _ => Task.FromResult<object>(new GetMyQueueCounts())),

        [nameof(BeginImport)] = (EditorsAndAdmins, _ => Task.FromResult<object>(new BeginImport(ImportFormat.Csv, ["roles.csv"]))),
        [nameof(UndoImport)] = (EditorsAndAdmins, async d => new UndoImport((await d.ImportAsync(ImportFormat.Csv,
            ImportHarness.Write("roles.csv", $"quote,speaker,date\nWords for the roles check {Guid.NewGuid():N},Donald Trump,2020-01-01\n"))).BatchId)),
        [nameof(ListImports)] = (Readers, _ => Task.FromResult<object>(new ListImports())),
        [nameof(GetImport)] = (Readers, async d => new GetImport(await d.SendAs(Roles.Editor, new BeginImport(ImportFormat.Csv, ["report.csv"])))),

        [nameof(ListAccounts)] = (Admins, _ => Task.FromResult<object>(new ListAccounts())),
        [nameof(CreateAccount)] = (Admins, _ => Task.FromResult<object>(new CreateAccount($"new-{Guid.NewGuid():N}@desk.test", null, Workflow.StrongPassword, [Roles.Viewer]))),
        [nameof(SetAccountRoles)] = (Admins, async d => new SetAccountRoles(await d.CreateMemberAsync(), [Roles.Analyst])),
        [nameof(LockAccount)] = (Admins, async d => new LockAccount(await d.CreateMemberAsync())),
        [nameof(UnlockAccount)] = (Admins, async d => new UnlockAccount(await d.CreateMemberAsync())),
        [nameof(EndAccountSessions)] = (Admins, async d => new EndAccountSessions(await d.CreateMemberAsync())),
    };

    public static TheoryData<string, string> EveryRequestAndRole()
    {
        var data = new TheoryData<string, string>();
        foreach (var request in Policy.Keys)
        {
            foreach (var role in Roles.All.Append(Anonymous))
            {
                data.Add(request, role);
            }
        }
        return data;
    }

    [Fact]
    public void Every_request_declares_who_may_send_it()
    {
        var undeclared = RequestTypes()
            .Where(t => t.GetCustomAttribute<PublicRequestAttribute>() is null
                && (t.GetCustomAttribute<AllowedRolesAttribute>()?.Roles.Count ?? 0) == 0)
            .Select(t => t.FullName);

        Assert.Empty(undeclared);
    }

    [Fact]
    public void Declared_roles_are_roles_the_desk_has()
    {
        var unknown = RequestTypes()
            .SelectMany(t => t.GetCustomAttribute<AllowedRolesAttribute>()?.Roles ?? [])
            .Where(r => !Roles.All.Contains(r));

        Assert.Empty(unknown);
    }

    [Fact]
    public void The_policy_table_covers_every_request()
    {
        Assert.Equal(RequestTypes().Select(t => t.Name).Order(StringComparer.Ordinal), Policy.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(EveryRequestAndRole))]
    public async Task A_request_is_allowed_only_for_the_roles_the_policy_grants(string requestName, string role)
    {
        var (allowed, build) = Policy[requestName];
        var request = await build(db);
        var sender = role == Anonymous ? null : role;
        if (role == Anonymous && allowed.Contains(Anonymous))
        {
            Assert.NotNull(await SendAsync(null, request));
            return;
        }

        if (allowed.Contains(role))
        {
            Assert.NotNull(await SendAsync(sender, request));
        }
        else
        {
            var refused = await db.RejectsWithoutWritingAsync<ForbiddenException>(() => SendAsync(sender, request));
            Assert.Equal(sender is null ? "Sign in to do this." : "Your role does not allow this action.", refused.Message);
        }
    }

    private static IEnumerable<Type> RequestTypes() =>
        typeof(DependencyInjection).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && ResponseType(t) is not null);

    private static Type? ResponseType(Type requestType) =>
        requestType.GetInterfaces()
            .SingleOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>))
            ?.GetGenericArguments()[0];

    /// <summary>Sends a request whose response type is only known at run time, through <see cref="TestDatabase.SendAs{T}"/>.</summary>
    private async Task<object?> SendAsync(string? role, object request)
    {
        var send = typeof(TestDatabase).GetMethod(nameof(TestDatabase.SendAs))!.MakeGenericMethod(ResponseType(request.GetType())!);
        var task = (Task)send.Invoke(db, [role, request])!;
        await task;
        return task.GetType().GetProperty(nameof(Task<object>.Result))!.GetValue(task);
    }

    private static async Task<object> EditStatementAsync(TestDatabase d)
    {
        var id = await d.CreateStatementAsync("Words an editor may change");
        return new EditStatement(id, (await d.GetStatementAsync(id)).Version, await d.ValidStatementAsync("Changed words"));
    }

    private static async Task<object> EditSpeakerAsync(TestDatabase d)
    {
        var id = await d.CreateSpeakerAsync();
        return new EditSpeaker(id, (await d.SendAs(Roles.Viewer, new GetSpeaker(id))).Version, SpeakerInputs.Valid());
    }

    private static async Task<object> EditSourceAsync(TestDatabase d)
    {
        var id = await d.CreateSourceAsync();
        return new EditSource(id, (await d.SendAs(Roles.Viewer, new GetSource(id))).Version, SourceInputs.Valid("Renamed"));
    }

    private static async Task<int> NewLinkAsync(TestDatabase d) =>
        await d.SendAs(Roles.Analyst, new LinkStatements(
            await d.CreateStatementAsync("A reply"), await d.CreateStatementAsync("A claim"), LinkRelation.Rebuts, "A note"));
}
