using System.Globalization;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Search;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Stats;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Statements;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Statements;

public enum StatementSort
{
    Newest = 0,
    Oldest = 1,
    /// <summary>Best match first when searching (newest first otherwise).</summary>
    Relevance = 2,
}

/// <summary>Narrows a link-kind filter: which end of the link the statement is on, and whose words are at the other end.</summary>
public enum LinkScope
{
    /// <summary>A link of the kind in either direction.</summary>
    Any = 0,
    /// <summary>Another speaker's statement responds to this one ("rebutted by others").</summary>
    FromOthers = 1,
    /// <summary>This statement responds to another ("repeats an earlier claim").</summary>
    Outgoing = 2,
    /// <summary>The statement at the other end is by the same speaker ("contradicts their own words").</summary>
    OwnWords = 3,
}

/// <summary>
/// Statements matching a <see cref="StatementFilter"/>, one page at a time. Paged by keyset (date, id), so page
/// 1,000 costs what page 1 costs.
/// </summary>
[AllowedRoles(RoleSet.Readers)]
public sealed record ListStatements : StatementFilter, IQuery<Page<StatementSummary>>
{
    public ListStatements()
    {
    }

    /// <summary>The first page of the statements <paramref name="filter"/> matches.</summary>
    public ListStatements(StatementFilter filter) : base(filter)
    {
    }

    public int PageSize { get; init; } = Cursor.DefaultPageSize;
    /// <summary>The <see cref="Page{T}.NextCursor"/> of the previous page.</summary>
    public string? After { get; init; }
}

public sealed record StatementSummary
{
    public int Id { get; init; }
    public string Quote { get; init; } = "";
    public QuoteKind QuoteKind { get; init; }
    public int SpeakerId { get; init; }
    public string SpeakerName { get; init; } = "";
    public string? SpeakerRole { get; init; }
    public DateOnly SaidOn { get; init; }
    public DatePrecision SaidOnPrecision { get; init; }
    public string SourceOutlet { get; init; } = "";
    public Rating? Verdict { get; init; }
    public ReviewStatus? ReviewStatus { get; init; }
    public int RebuttalCount { get; init; }
    /// <summary>Other organisations' fact-checks of the statement: publisher, their own label, and it on our scale.</summary>
    public IReadOnlyList<OutsideVerdict> OutsideReviews { get; init; } = [];
    /// <summary>Where the statement matched the search, when there is one.</summary>
    public SearchHighlight? Match { get; init; }
}

/// <summary>One outside fact-check as lists and the API show it.</summary>
public sealed record OutsideVerdict
{
    public int PublisherId { get; init; }
    public string PublisherName { get; init; } = "";
    /// <summary>The publisher's label as given.</summary>
    public string Label { get; init; } = "";
    /// <summary>The label on our scale; null while the desk has not mapped it.</summary>
    public Rating? Rating { get; init; }
    public string? Url { get; init; }
    public DateOnly? ReviewedOn { get; init; }
}

public sealed class StatementSummaryProfile : Profile
{
    public StatementSummaryProfile()
    {
        // Given by ProjectTo's parameters for each query (StatementSummaries.ToSummaries); the name is the parameter's.
        IQueryable<Publisher> publishers = null!;
        // The publisher's name by primary key, as a correlated lookup. Through the navigation EF joined Publishers
        // inside the page's outside-review subquery, a join SQLite cannot flatten on the right of a LEFT JOIN: it
        // built that join for every outside review in the desk before reading the page (0.6-0.8 s at 500,000).
        CreateMap<OutsideReview, OutsideVerdict>()
            .ForMember(d => d.PublisherName, o => o.MapFrom(x => publishers.Where(p => p.Id == x.PublisherId).Select(p => p.Name).FirstOrDefault()));
        CreateMap<Statement, StatementSummary>()
            .ForMember(d => d.Verdict, o => o.MapFrom(s => s.Review != null ? s.Review.Rating : (Rating?)null))
            .ForMember(d => d.ReviewStatus, o => o.MapFrom(s => s.Review != null ? s.Review.Status : (ReviewStatus?)null))
            .ForMember(d => d.RebuttalCount, o => o.MapFrom(s => s.IncomingLinks.Count(l => l.Relation == LinkRelation.Rebuts)))
            .ForMember(d => d.Match, o => o.Ignore());
    }
}

/// <summary>The one way to project statements to <see cref="StatementSummary"/>: with the publishers the mapping reads by key.</summary>
internal static class StatementSummaries
{
    public static IQueryable<StatementSummary> ToSummaries(this IQueryable<Statement> statements, IClaimTrackerDb db, IConfigurationProvider mapping) =>
        statements.ProjectTo<StatementSummary>(mapping, new { publishers = db.Publishers.AsNoTracking() });
}

public sealed class ListStatementsValidator : AbstractValidator<ListStatements>
{
    public ListStatementsValidator()
    {
        Include(new StatementFilterValidator());
        RuleFor(q => q.PageSize).InclusiveBetween(1, Cursor.MaxPageSize)
            .WithMessage($"Page size must be between 1 and {Cursor.MaxPageSize}.");
        // A date cursor on a best-match request: a list of a very common search made before such searches were ranked.
        RuleFor(q => q.After).Must((q, c) => Cursor.IsValid(c, Cursor.IsDay, Cursor.IsId)
                || (IsRanked(q) && Cursor.IsValid(c, StatementListSearch.IsRank, Cursor.IsId)))
            .WithMessage("The page cursor is not valid; start again from the first page.");
    }

    internal static bool IsRanked(ListStatements q) =>
        q.Sort == StatementSort.Relevance && SearchQuery.Parse(q.Search).Required.Count > 0;
}

internal sealed class ListStatementsHandler(IClaimTrackerDb db, IStatementTextSearch textSearch, SearchTuning tuning, IConfigurationProvider mapping)
    : IRequestHandler<ListStatements, Page<StatementSummary>>
{
    public async Task<Page<StatementSummary>> Handle(ListStatements request, CancellationToken cancellationToken)
    {
        var search = SearchQuery.Parse(request.Search);
        var listSearch = new StatementListSearch(db, textSearch, tuning);
        SearchStrategy? strategy = null;
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            // How common the search is picks the plan: rare, collect the matches and sort them; common, walk the
            // list's order checking each row, or rank a bounded set of matches for best match.
            var common = await listSearch.IsCommonAsync(search, cancellationToken);
            // A date cursor on a best-match request comes from a list made before common searches were ranked: it
            // goes on by date.
            var byDate = !string.IsNullOrWhiteSpace(request.After) && Cursor.IsValid(request.After, Cursor.IsDay, Cursor.IsId);
            if (ListStatementsValidator.IsRanked(request) && !byDate)
            {
                return await listSearch.RankedPageAsync(request.Apply(db.Statements.AsNoTracking(), db.Reviews.AsNoTracking()), search, common,
                    request.After, request.PageSize, mapping, cancellationToken);
            }
            strategy = common ? SearchStrategy.CheckEachRow : SearchStrategy.CollectMatches;
        }
        // A topic's tag rows lead, each statement checked by key, unless a speaker said fewer statements or the words
        // are rare: collecting a rare search's matches is bounded, where a walk that finds few would probe every tag.
        int? tagsCounted = null;
        if (request.TopicId is { } topicId && strategy != SearchStrategy.CollectMatches)
        {
            (var tagsLead, tagsCounted) = await TagsLeadAsync(request, topicId, cancellationToken);
            if (tagsLead)
            {
                return await TopicPageAsync(topicId, request, strategy is null ? null : (listSearch, search), cancellationToken);
            }
        }
        // The filter narrows by everything but the words, in disjoint parts that each walk their own index; the
        // search service finds the words.
        var parts = request.Parts(db.Statements.AsNoTracking(), db.Reviews.AsNoTracking(), await TopicAsync(request.TopicId, tagsCounted, cancellationToken));
        if (strategy is { } byWords)
        {
            parts = [.. parts.Select(p => listSearch.Matching(p, search, byWords))];
        }

        var newest = request.Sort != StatementSort.Oldest;
        var after = PositionOf(request.After);
        string? previous = null;
        if (after is { } position)
        {
            previous = PreviousCursor(await KeysAsync(parts, !newest, position, inclusive: true, request.PageSize + 1, cancellationToken), request.PageSize);
        }

        List<StatementSummary> rows;
        if (parts.Count == 1)
        {
            // One part: one statement, the page and its columns together.
            var query = Ordered(After(parts[0], newest, after, inclusive: false), newest);
            rows = await query.Take(request.PageSize + 1).ToSummaries(db, mapping).ToListAsync(cancellationToken);
        }
        else
        {
            // Several parts: the page's keys from each part's index, merged here, then the columns of those rows.
            var keys = await KeysAsync(parts, newest, after, inclusive: false, request.PageSize + 1, cancellationToken);
            var ids = keys.Select(k => k.Id).ToList();
            var summaries = await db.Statements.AsNoTracking().Where(s => ids.Contains(s.Id))
                .ToSummaries(db, mapping)
                .ToDictionaryAsync(s => s.Id, cancellationToken);
            rows = [.. keys.Where(k => summaries.ContainsKey(k.Id)).Select(k => summaries[k.Id])];
        }
        if (!search.IsEmpty)
        {
            rows = await listSearch.WithHighlightsAsync(rows, search, cancellationToken);
        }

        return Page.From(rows, request.PageSize, last => CursorOf(last.SaidOn, last.Id)) with { PreviousCursor = previous };
    }

    /// <summary>
    /// Whether a topic's page is read from its tag rows (<see cref="TopicPageAsync"/>). Every filter but the speaker
    /// is checked statement by statement along the date index, which never reads fewer rows than walking the topic's
    /// own; a speaker's index is the shorter walk when they said fewer statements than the topic holds. Both are
    /// counted along their index no further than the comparison needs (docs/adr/0026); the tags counted, if they were,
    /// also tell <see cref="TopicAsync"/> whether the topic is small.
    /// </summary>
    private async Task<(bool Lead, int? TagsCounted)> TagsLeadAsync(ListStatements request, int topicId, CancellationToken cancellationToken)
    {
        if (request.SpeakerId is not { } speakerId)
        {
            return (true, null);
        }
        var tags = await db.StatementTopics.Where(t => EF.Property<int>(t, StatementTopicColumns.TopicId) == topicId)
            .Take(TagsWeighedAgainstSpeaker + 1).CountAsync(cancellationToken);
        if (tags > TagsWeighedAgainstSpeaker)
        {
            return (false, tags);
        }
        var (own, onBehalf) = SpeakerStatements.Parts(db.Statements, speakerId);
        var said = await own.Take(tags + 1).CountAsync(cancellationToken);
        if (said <= tags)
        {
            said += await onBehalf.Take(tags + 1 - said).CountAsync(cancellationToken);
        }
        return (tags < said, tags);
    }

    /// <summary>
    /// A topic with more tags than this leaves a speaker's list to the speaker's index. Counting 20,000 tag rows costs
    /// about a millisecond at a million statements, and a speaker with as many statements pages quickly either way.
    /// </summary>
    internal const int TagsWeighedAgainstSpeaker = 20_000;

    /// <summary>
    /// A topic's page read from its tag rows: the keys in list order from their index (TopicsId, StatementSaidOn,
    /// StatementsId), each statement checked by key against the rest of the filter and the <paramref name="words"/> of
    /// a common search (probed row by row), then the page's columns. At a million statements, under a millisecond for
    /// any topic alone, and 2 to 3 ms for a topic on one statement in 200 with a speaker of 100,000 or a word in every
    /// statement, where walking the date or the speaker's index costs 15 to 30 ms (docs/adr/0026). The tag rows carry
    /// the statement's date by trigger.
    /// </summary>
    private async Task<Page<StatementSummary>> TopicPageAsync(
        int topicId, ListStatements request, (StatementListSearch Service, SearchQuery Query)? words, CancellationToken cancellationToken)
    {
        var rest = request.FilterOnly() with { TopicId = null, Search = null, Sort = default };
        var matching = rest == new StatementFilter() ? null : rest.ApplyByKey(db.Statements.AsNoTracking(), db.Reviews.AsNoTracking());
        if (words is var (service, query))
        {
            matching = service.Matching(matching ?? db.Statements.AsNoTracking(), query, SearchStrategy.CheckEachRow);
        }
        var newest = request.Sort != StatementSort.Oldest;
        var after = PositionOf(request.After);
        string? previous = null;
        if (after is not null)
        {
            var earlier = await TagRows(topicId, request, matching, !newest, after, inclusive: true).Take(request.PageSize + 1)
                .Select(t => new StatementKey(EF.Property<DateOnly>(t, StatementTopicColumns.SaidOn), EF.Property<int>(t, StatementTopicColumns.StatementId)))
                .ToListAsync(cancellationToken);
            previous = PreviousCursor(earlier, request.PageSize);
        }
        var keys = TagRows(topicId, request, matching, newest, after, inclusive: false).Take(request.PageSize + 1)
            .Select(t => EF.Property<int>(t, StatementTopicColumns.StatementId));
        var rows = await Ordered(db.Statements.AsNoTracking().Where(s => keys.Contains(s.Id)), newest)
            .ToSummaries(db, mapping).ToListAsync(cancellationToken);
        if (words is var (highlighter, marked) && !marked.IsEmpty)
        {
            rows = await highlighter.WithHighlightsAsync(rows, marked, cancellationToken);
        }
        return Page.From(rows, request.PageSize, last => CursorOf(last.SaidOn, last.Id)) with { PreviousCursor = previous };
    }

    /// <summary>
    /// A topic's tag rows in the filter's date range whose statements <paramref name="matching"/> holds (all, when
    /// null), after a position, in list order; as <see cref="After"/> does for statements.
    /// </summary>
    private IQueryable<Dictionary<string, object>> TagRows(
        int topicId, StatementFilter filter, IQueryable<Statement>? matching, bool newest, (DateOnly Day, int Id)? after, bool inclusive)
    {
        const string saidOn = StatementTopicColumns.SaidOn, statement = StatementTopicColumns.StatementId;
        var tags = db.StatementTopics.AsNoTracking().Where(t => EF.Property<int>(t, StatementTopicColumns.TopicId) == topicId);
        // The range on the tag rows' own date seeks into their index; the statement's check repeats it.
        if (filter.From is { } from)
        {
            tags = tags.Where(t => EF.Property<DateOnly>(t, saidOn) >= from);
        }
        if (filter.To is { } to)
        {
            tags = tags.Where(t => EF.Property<DateOnly>(t, saidOn) <= to);
        }
        if (matching is not null)
        {
            tags = tags.Where(t => matching.Any(s => s.Id == EF.Property<int>(t, statement)));
        }
        if (after is { } position)
        {
            var (day, id) = position;
            tags = (newest, inclusive) switch
            {
                (true, false) => tags.Where(t => EF.Property<DateOnly>(t, saidOn) <= day
                    && (EF.Property<DateOnly>(t, saidOn) < day || EF.Property<int>(t, statement) < id)),
                (false, false) => tags.Where(t => EF.Property<DateOnly>(t, saidOn) >= day
                    && (EF.Property<DateOnly>(t, saidOn) > day || EF.Property<int>(t, statement) > id)),
                (true, true) => tags.Where(t => EF.Property<DateOnly>(t, saidOn) <= day
                    && (EF.Property<DateOnly>(t, saidOn) < day || EF.Property<int>(t, statement) <= id)),
                (false, true) => tags.Where(t => EF.Property<DateOnly>(t, saidOn) >= day
                    && (EF.Property<DateOnly>(t, saidOn) > day || EF.Property<int>(t, statement) >= id)),
            };
        }
        var ordered = newest
            ? tags.OrderByDescending(t => EF.Property<DateOnly>(t, saidOn)).ThenByDescending(t => EF.Property<int>(t, statement))
            : tags.OrderBy(t => EF.Property<DateOnly>(t, saidOn)).ThenBy(t => EF.Property<int>(t, statement));
        return ordered;
    }

    /// <summary>
    /// The topic's statements from its tag rows, few when tagged at most <see cref="SmallTopicTags"/> times (counted
    /// along the (TopicsId) index up to there and no further, a tenth of a ms, unless <paramref name="tagsCounted"/>
    /// already says, counted further); null without a topic.
    /// </summary>
    private async Task<TopicStatements?> TopicAsync(int? topicId, int? tagsCounted, CancellationToken cancellationToken)
    {
        if (topicId is not { } id)
        {
            return null;
        }
        var tagged = db.StatementTopics.Where(t => EF.Property<int>(t, "TopicsId") == id).Select(t => EF.Property<int>(t, "StatementsId"));
        var tags = tagsCounted ?? await tagged.Take(SmallTopicTags + 1).CountAsync(cancellationToken);
        return new TopicStatements(tagged, tags <= SmallTopicTags);
    }

    /// <summary>
    /// Up to this many statements a topic's list starts from its tag rows and sorts them; above it, the list walks the
    /// date index and probes each statement. At a million statements the two cost the same near 4,000 tags: sorting
    /// costs about 3.5 µs a tagged statement, probing about 2.5 µs a statement walked, and a page of a topic with k
    /// of N statements walks 26·N/k of them (docs/adr/0024).
    /// </summary>
    internal const int SmallTopicTags = 4_000;

    /// <summary>
    /// The first <paramref name="count"/> (date, id) keys after a position across all parts, in list order: each
    /// part gives at most that many from its own index, and the merge keeps the first ones.
    /// </summary>
    private static async Task<List<StatementKey>> KeysAsync(
        IReadOnlyList<IQueryable<Statement>> parts, bool newest, (DateOnly Day, int Id)? after, bool inclusive, int count,
        CancellationToken cancellationToken)
    {
        var keys = new List<StatementKey>();
        foreach (var part in parts)
        {
            keys.AddRange(await Ordered(After(part, newest, after, inclusive), newest)
                .Take(count).Select(s => new StatementKey(s.SaidOn, s.Id)).ToListAsync(cancellationToken));
        }
        var ordered = newest
            ? keys.OrderByDescending(k => k.SaidOn).ThenByDescending(k => k.Id)
            : keys.OrderBy(k => k.SaidOn).ThenBy(k => k.Id);
        return [.. ordered.Take(count)];
    }

    /// <summary>
    /// The rows after a position in list order. The leading range on the date alone (<c>SaidOn &lt;= day</c>) lets
    /// the planner seek into the (…, SaidOn, Id) index instead of reading it from the start, so a deep page costs
    /// what the first does; the rest of the test only sorts out the rows of that one day.
    /// </summary>
    private static IQueryable<Statement> After(IQueryable<Statement> query, bool newest, (DateOnly Day, int Id)? after, bool inclusive)
    {
        if (after is not { } position)
        {
            return query;
        }
        var (day, id) = position;
        return (newest, inclusive) switch
        {
            (true, false) => query.Where(s => s.SaidOn <= day && (s.SaidOn < day || s.Id < id)),
            (false, false) => query.Where(s => s.SaidOn >= day && (s.SaidOn > day || s.Id > id)),
            (true, true) => query.Where(s => s.SaidOn <= day && (s.SaidOn < day || s.Id <= id)),
            (false, true) => query.Where(s => s.SaidOn >= day && (s.SaidOn > day || s.Id >= id)),
        };
    }

    private static IOrderedQueryable<Statement> Ordered(IQueryable<Statement> query, bool newest) => newest
        ? query.OrderByDescending(s => s.SaidOn).ThenByDescending(s => s.Id)
        : query.OrderBy(s => s.SaidOn).ThenBy(s => s.Id);

    /// <summary>The (date, id) a date cursor points after; null on the first page.</summary>
    private static (DateOnly Day, int Id)? PositionOf(string? after) => Cursor.Decode(after, 2) is [var day, var id]
        ? (DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture), int.Parse(id, CultureInfo.InvariantCulture))
        : null;

    /// <summary>
    /// The cursor of the page before, from the keys read backwards from this page's cursor (the page before's last
    /// row, included): the key one page further back opens it; null when the page before is the first.
    /// </summary>
    private static string? PreviousCursor(List<StatementKey> earlier, int pageSize) =>
        earlier.Count > pageSize ? CursorOf(earlier[pageSize].SaidOn, earlier[pageSize].Id) : null;

    private static string CursorOf(DateOnly day, int id) => Cursor.Encode(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), id);

    private sealed record StatementKey(DateOnly SaidOn, int Id);
}
