using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Sources;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Topics;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Sources;
using ClaimTracker.Domain.Speakers;
using ClaimTracker.Domain.Statements;

namespace ClaimTracker.Web.Tests.Support;

/// <summary>Believable records for tests to start from; a test changes what it cares about with <c>with</c>.</summary>
public static class Samples
{
    public const int TrumpId = 10;
    public const int IndiaId = 20;
    public const int ReutersId = 30;

    /// <summary>What an analyst may do with a statement nobody has reviewed: everything but publish and correct.</summary>
    public static readonly StatementCan WriterCan = new(true, true, true, true, new ReviewCan(true, false, false, false));

    /// <summary>What the desk lets an analyst or editor add.</summary>
    public static readonly DeskCan WriterDesk = new(true, true, true);

    public static StatementSummary Summary(int id = 1) => new()
    {
        Id = id,
        Quote = "I was with Prime Minister Modi two weeks ago and he asked me to be a mediator.",
        QuoteKind = QuoteKind.DirectQuote,
        SpeakerId = TrumpId,
        SpeakerName = "Donald Trump",
        SpeakerRole = "President of the United States",
        SaidOn = new DateOnly(2019, 7, 22),
        SaidOnPrecision = DatePrecision.Day,
        SourceOutlet = "Reuters",
        Verdict = Rating.False,
        ReviewStatus = ReviewStatus.Published,
        RebuttalCount = 1,
    };

    public static StatementDetails Statement(int id = 1) => new()
    {
        Id = id,
        Quote = "I was with Prime Minister Modi two weeks ago and he asked me to be a mediator.",
        QuoteKind = QuoteKind.DirectQuote,
        SpeakerId = TrumpId,
        SpeakerName = "Donald Trump",
        SpeakerRole = "President of the United States",
        SaidOn = new DateOnly(2019, 7, 22),
        SaidOnPrecision = DatePrecision.Day,
        Venue = "White House, meeting with Imran Khan",
        Source = Source(),
        Topics = ["Kashmir", "Mediation"],
        Version = Guid.Parse("8d5c9a52-55d6-4f0b-9d0e-2f57c3a1b001"),
        Can = WriterCan,
    };

    public static SourceSummary Source() => new()
    {
        Id = ReutersId,
        Outlet = "Reuters",
        Headline = "Trump offers to mediate on Kashmir",
        Authors = "Jeff Mason",
        PublishedOn = new DateOnly(2019, 7, 22),
        PublishedPrecision = DatePrecision.Day,
        Url = "https://news.example.org/trump-kashmir",
        Kind = SourceKind.NewsArticle,
    };

    public static LinkedStatement Link(int linkId, LinkRelation relation, LinkDirection direction, int statementId, string quote) => new()
    {
        LinkId = linkId,
        Relation = relation,
        Direction = direction,
        StatementId = statementId,
        Quote = quote,
        SpeakerId = IndiaId,
        SpeakerName = "Ministry of External Affairs (India)",
        SaidOn = new DateOnly(2019, 7, 23),
    };

    public static SpeakerDetails Speaker(int id = TrumpId) => new()
    {
        Id = id,
        Name = "Donald Trump",
        Kind = SpeakerKind.Person,
        Country = "United States",
        Affiliation = "Republican Party",
        Version = Guid.Parse("8d5c9a52-55d6-4f0b-9d0e-2f57c3a1b002"),
        Roles =
        [
            new SpeakerRoleItem("President of the United States", new DateOnly(2017, 1, 20), new DateOnly(2021, 1, 20)),
            new SpeakerRoleItem("President of the United States", new DateOnly(2025, 1, 20), null),
        ],
        StatementCount = 3,
        Can = new SpeakerCan(true, true),
    };

    public static SpeakerSummary SpeakerSummary(int id = TrumpId) => new()
    {
        Id = id,
        Name = "Donald Trump",
        Kind = SpeakerKind.Person,
        Country = "United States",
        StatementCount = 3,
    };

    public static SourceListItem SourceItem(int id = ReutersId) => new()
    {
        Id = id,
        Outlet = "Reuters",
        Headline = "Trump offers to mediate on Kashmir",
        PublishedOn = new DateOnly(2019, 7, 22),
        Kind = SourceKind.NewsArticle,
        StatementCount = 2,
        Can = new SourceCan(true),
    };

    public static SourceDetails SourceDetails(int id = ReutersId) => new()
    {
        Id = id,
        Outlet = "Reuters",
        Headline = "Trump offers to mediate on Kashmir",
        Authors = "Jeff Mason",
        PublishedOn = new DateOnly(2019, 7, 22),
        Url = "https://news.example.org/trump-kashmir",
        Kind = SourceKind.NewsArticle,
        Version = Guid.Parse("8d5c9a52-55d6-4f0b-9d0e-2f57c3a1b003"),
        StatementCount = 2,
        Can = new SourceCan(true),
    };

    public static TopicItem Topic(int id, string name, int count) => new() { Id = id, Name = name, StatementCount = count };

    public static Page<T> PageOf<T>(params T[] items) => new(items, null);

    /// <summary>A page with more after it: the list offers Next, which asks for the page after <paramref name="nextCursor"/>.</summary>
    public static Page<T> PageWithMore<T>(string nextCursor, params T[] items) => new(items, nextCursor);

    /// <summary>What the validation behaviour throws: messages keyed by property path ("Statement.Quote").</summary>
    public static RequestValidationException Invalid(params (string Key, string Message)[] errors) =>
        new(errors.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));
}
