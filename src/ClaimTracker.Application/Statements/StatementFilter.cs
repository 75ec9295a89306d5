using System.Globalization;
using System.Linq.Expressions;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Publishers;
using ClaimTracker.Application.Stats;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Statements;
using FluentValidation;

namespace ClaimTracker.Application.Statements;

/// <summary>A member's part in a statement, for the list's "work by member" filter (the dashboard's work chart).</summary>
public enum MemberWork
{
    /// <summary>Any of the kinds below.</summary>
    Any = 0,
    /// <summary>The member added the statement.</summary>
    Added = 1,
    /// <summary>The member was the last to edit it.</summary>
    Edited = 2,
    /// <summary>The member linked it to a statement it responds to.</summary>
    Linked = 3,
    /// <summary>The member started its review (drafted the verdict).</summary>
    Drafted = 4,
    /// <summary>The member published its verdict.</summary>
    Published = 5,
}

/// <summary>
/// The verdict buckets a list shows (published ratings, "in progress", "unrated": the buckets the verdict charts
/// count, see <see cref="PublishedVerdict"/>); compared by content, so two filters with the same verdicts are equal.
/// Empty means any verdict.
/// </summary>
public readonly record struct VerdictSet
{
    private const int UnratedBit = 1 << 30;
    private const int InvalidBit = 1 << 29;
    private const int InProgressBit = 1 << 28;

    private readonly int _bits;

    private VerdictSet(int bits) => _bits = bits;

    /// <summary>Any verdict and none: no filter.</summary>
    public static VerdictSet Any => default;

    /// <summary>The given published verdicts; null stands for "no one has rated it yet".</summary>
    public static VerdictSet Of(params IEnumerable<Rating?> verdicts) =>
        new(verdicts.Aggregate(0, (bits, v) => bits | Bit(v)));

    /// <summary>The given chart buckets.</summary>
    public static VerdictSet Of(IEnumerable<VerdictBucket> buckets) =>
        new(buckets.Aggregate(0, (bits, b) => bits | (b.InProgress ? InProgressBit : Bit(b.Rating))));

    public bool IsEmpty => _bits == 0;

    public bool IncludesUnrated => (_bits & UnratedBit) != 0;

    /// <summary>Statements whose verdict is drafted or in review, not yet published.</summary>
    public bool IncludesInProgress => (_bits & InProgressBit) != 0;

    /// <summary>False when a verdict outside the scale was put in (the validator says so).</summary>
    public bool IsValid => (_bits & InvalidBit) == 0;

    /// <summary>The published ratings in scale order, without "in progress" and "unrated".</summary>
    public IReadOnlyList<Rating> Ratings
    {
        get
        {
            var bits = _bits;
            return Enum.GetValues<Rating>().Where(r => (bits & Bit(r)) != 0).ToList();
        }
    }

    /// <summary>The published ratings in scale order and "unrated" (null) last; "in progress" is in <see cref="Buckets"/>.</summary>
    public IReadOnlyList<Rating?> All => [.. Ratings.Select(r => (Rating?)r), .. IncludesUnrated ? new Rating?[] { null } : []];

    /// <summary>Everything in the set, in chart order: ratings in scale order, then "in progress", then "unrated".</summary>
    public IReadOnlyList<VerdictBucket> Buckets =>
    [
        .. Ratings.Select(r => new VerdictBucket(r, false)),
        .. IncludesInProgress ? new[] { VerdictBucket.Pending } : [],
        .. IncludesUnrated ? new[] { VerdictBucket.Unrated } : [],
    ];

    public bool Contains(Rating? verdict) => (_bits & Bit(verdict)) != 0;

    /// <summary>The name a URL uses for a bucket: the rating, "inprogress" or "unrated".</summary>
    public static string NameOf(VerdictBucket bucket) => bucket.Rating is { } rating
        ? rating.ToString()
        : bucket.InProgress ? PublishedVerdict.InProgressParameter : PublishedVerdict.UnratedParameter;

    private static int Bit(Rating? verdict) => verdict switch
    {
        null => UnratedBit,
        { } r when Enum.IsDefined(r) => 1 << (int)r,
        _ => InvalidBit,
    };
}

/// <summary>
/// Which statements a list shows and in what order: the one filter behind the statement list page, the chart links
/// and <c>GET /api/statements</c>. It reads itself from a URL's query string (<see cref="Parse"/>), narrows a query
/// (<see cref="Apply"/>) and writes itself back into a URL (<see cref="ToUrl"/>), always with the names in
/// <see cref="Names"/>, so a link made by a chart opens the list it counted and the API takes the page's own URL.
/// </summary>
public record StatementFilter
{
    public const int SearchMaxLength = 200;
    /// <summary>As long as an account's user name may be (ASP.NET Identity).</summary>
    public const int MemberMaxLength = 256;

    /// <summary>The query-string names, one per field, shared by the page URL and the API.</summary>
    public static class Names
    {
        public const string Search = "q";
        public const string Speaker = "speaker";
        public const string Topic = "topic";
        public const string Verdict = "verdict";
        public const string Status = "status";
        public const string Link = "link";
        public const string LinkScope = "linkscope";
        public const string Kind = "kind";
        public const string From = "from";
        public const string To = "to";
        public const string PublishedFrom = "publishedFrom";
        public const string PublishedTo = "publishedTo";
        public const string Member = "member";
        public const string Work = "work";
        public const string WorkFrom = "workFrom";
        public const string Sort = "sort";
        public const string Page = "page";
        public const string PageSize = "pageSize";
        public const string After = "after";
        public const string Publisher = PublisherFilter.ParameterName;

        public static readonly IReadOnlyList<string> All =
        [
            Search, Speaker, Topic, Verdict, Status, Link, LinkScope, Kind, From, To, PublishedFrom, PublishedTo,
            Member, Work, WorkFrom, Sort, Page, PageSize, After, Publisher,
        ];
    }

    /// <summary>The word for "no verdict yet" in the verdict list.</summary>
    public const string Unrated = PublishedVerdict.UnratedParameter;

    /// <summary>Words of the quote (full-text search).</summary>
    public string? Search { get; init; }
    /// <summary>Statements the speaker made or that were made on their behalf (<see cref="SpeakerStatements"/>).</summary>
    public int? SpeakerId { get; init; }
    public int? TopicId { get; init; }
    /// <summary>Any of these verdicts; empty means any. Whose verdicts: <see cref="Publisher"/>.</summary>
    public VerdictSet Verdicts { get; init; }
    /// <summary>
    /// Whose verdicts <see cref="Verdicts"/> reads: ours (default), anyone's, or one outside publisher's. One
    /// publisher also narrows the list to the statements it reviewed.
    /// </summary>
    public PublisherFilter Publisher { get; init; }
    /// <summary>Only statements whose review is at this stage (Draft, In review, Published).</summary>
    public ReviewStatus? Status { get; init; }
    /// <summary>Only statements with a link of this kind.</summary>
    public LinkRelation? LinkKind { get; init; }
    /// <summary>Applies with <see cref="LinkKind"/> only.</summary>
    public LinkScope LinkScope { get; init; }
    /// <summary>Only direct quotes, paraphrases or reported speech.</summary>
    public QuoteKind? Kind { get; init; }
    /// <summary>Said on or after this day.</summary>
    public DateOnly? From { get; init; }
    /// <summary>Said on or before this day.</summary>
    public DateOnly? To { get; init; }
    /// <summary>Our verdict was published on or after this day (UTC).</summary>
    public DateOnly? PublishedFrom { get; init; }
    /// <summary>Our verdict was published on or before this day (UTC).</summary>
    public DateOnly? PublishedTo { get; init; }
    /// <summary>A desk member's user name: statements they worked on, as <see cref="Work"/> says.</summary>
    public string? Member { get; init; }
    /// <summary>With <see cref="Member"/>: which kind of work.</summary>
    public MemberWork Work { get; init; }
    /// <summary>With <see cref="Member"/>: work done on or after this day (UTC).</summary>
    public DateOnly? WorkFrom { get; init; }
    public StatementSort Sort { get; init; }

    private static readonly IReadOnlyDictionary<string, VerdictBucket> VerdictNames =
        Stats.Verdicts.All.ToDictionary(VerdictSet.NameOf, b => b, StringComparer.OrdinalIgnoreCase);

    private static readonly IReadOnlyDictionary<string, MemberWork> WorkNames =
        Enum.GetValues<MemberWork>().Where(w => w != MemberWork.Any)
            .ToDictionary(w => w.ToString().ToLowerInvariant(), w => w, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Reads a statement list from a URL's query string: the filter, the page size and the cursor. Every value of
    /// the wrong type, unknown name or repeated name is refused with a message naming it (never guessed or
    /// dropped); the ranges (dates in order, text lengths) are the validator's, when the query is sent.
    /// </summary>
    /// <exception cref="RequestValidationException">Something in the query string is not what its name takes.</exception>
    public static StatementListAddress Parse(string? queryString)
    {
        var p = QueryParameters.Parse(queryString, Names.All);
        var query = new ListStatements
        {
            Search = p.Text(Names.Search),
            SpeakerId = p.Id(Names.Speaker, "a speaker id"),
            TopicId = p.Id(Names.Topic, "a topic id"),
            Verdicts = VerdictSet.Of(p.ListOf(Names.Verdict, VerdictNames)),
            Publisher = PublisherFilter.Read(p),
            Status = p.OneOf(Names.Status, QueryParameters.NamesOf<ReviewStatus>()),
            LinkKind = p.OneOf(Names.Link, QueryParameters.NamesOf<LinkRelation>()),
            LinkScope = p.OneOf(Names.LinkScope, QueryParameters.NamesOf<LinkScope>()) ?? LinkScope.Any,
            Kind = p.OneOf(Names.Kind, QueryParameters.NamesOf<QuoteKind>()),
            From = p.Date(Names.From),
            To = p.Date(Names.To),
            PublishedFrom = p.Date(Names.PublishedFrom),
            PublishedTo = p.Date(Names.PublishedTo),
            Member = p.Text(Names.Member),
            Work = p.OneOf(Names.Work, WorkNames) ?? MemberWork.Any,
            WorkFrom = p.Date(Names.WorkFrom),
            Sort = p.OneOf(Names.Sort, QueryParameters.NamesOf<StatementSort>()) ?? DefaultSort(p.Text(Names.Search)),
            PageSize = p.Number(Names.PageSize, "a page size", 1, Cursor.MaxPageSize) ?? Cursor.DefaultPageSize,
            After = p.Text(Names.After),
        };
        var page = p.Number(Names.Page, "a page number") ?? (query.After is null ? 1 : 2);
        if (query.After is null && page > 1)
        {
            p.Fail(Names.Page, $"Page {page} needs the '{Names.After}' position of the page before it; start from the first page.");
        }
        p.ThrowIfInvalid();
        return new StatementListAddress(query, query.After is null ? 1 : page);
    }

    /// <summary>
    /// The address of this list: <paramref name="path"/> with every filter that is set, and the page position when
    /// given. Values are written as <see cref="Parse"/> reads them, so Parse(ToUrl(f)) gives f back.
    /// </summary>
    public string ToUrl(string path = "statements", int page = 1, string? after = null, int pageSize = Cursor.DefaultPageSize)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }
        static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        Add(Names.Search, string.IsNullOrWhiteSpace(Search) ? null : Search.Trim());
        Add(Names.Speaker, SpeakerId?.ToString(CultureInfo.InvariantCulture));
        Add(Names.Topic, TopicId?.ToString(CultureInfo.InvariantCulture));
        if (!Verdicts.IsEmpty)
        {
            // The commas stay readable: they separate the list, and no verdict name contains one.
            parts.Add($"{Names.Verdict}={string.Join(",", Verdicts.Buckets.Select(VerdictSet.NameOf))}");
        }
        Add(Names.Publisher, Publisher.IsOurs ? null : Publisher.ToString());
        Add(Names.Status, Status?.ToString());
        Add(Names.Link, LinkKind?.ToString());
        Add(Names.LinkScope, LinkKind is not null && LinkScope != LinkScope.Any ? LinkScope.ToString() : null);
        Add(Names.Kind, Kind?.ToString());
        Add(Names.From, Day(From));
        Add(Names.To, Day(To));
        Add(Names.PublishedFrom, Day(PublishedFrom));
        Add(Names.PublishedTo, Day(PublishedTo));
        Add(Names.Member, Member);
        Add(Names.Work, Member is not null && Work != MemberWork.Any ? Work.ToString().ToLowerInvariant() : null);
        Add(Names.WorkFrom, Member is not null ? Day(WorkFrom) : null);
        Add(Names.Sort, Sort == DefaultSort(Search) ? null : Sort.ToString());
        if (after is not null)
        {
            Add(Names.Page, page.ToString(CultureInfo.InvariantCulture));
            Add(Names.After, after);
        }
        Add(Names.PageSize, pageSize == Cursor.DefaultPageSize ? null : pageSize.ToString(CultureInfo.InvariantCulture));
        return parts.Count == 0 ? path : path + "?" + string.Join("&", parts);
    }

    /// <summary>Best match when there are words to match, newest first otherwise.</summary>
    public static StatementSort DefaultSort(string? search) =>
        string.IsNullOrWhiteSpace(search) ? StatementSort.Newest : StatementSort.Relevance;

    /// <summary>The filter alone, without a list's paging (for links that open the list on its first page).</summary>
    public StatementFilter FilterOnly() => new(this);

    /// <summary>
    /// Narrows <paramref name="statements"/> by every field but <see cref="Search"/>: the words go to the search
    /// service (<see cref="StatementListSearch"/>), which picks ranked or by-date matching by how common they are.
    /// </summary>
    public IQueryable<Statement> Apply(IQueryable<Statement> statements, IQueryable<Review> reviews) =>
        Parts(statements, reviews).Aggregate((a, b) => a.Concat(b));

    /// <summary>
    /// What <see cref="Apply"/> finds as one query, with a speaker's two parts as one OR: for checking statements by
    /// key (a topic's walk of its tag rows), where the OR costs nothing; walked in list order it would read the whole
    /// date index.
    /// </summary>
    public IQueryable<Statement> ApplyByKey(IQueryable<Statement> statements, IQueryable<Review> reviews) =>
        Narrow(SpeakerId is { } speakerId ? SpeakerStatements.Of(statements, speakerId) : statements, reviews, topic: null);

    /// <summary>
    /// What <see cref="Apply"/> finds, as disjoint parts that each start from one indexed equality, so the planner
    /// walks an index in the list's order for every part: a speaker's own statements by (SpeakerId, SaidOn, Id) and
    /// those made on their behalf by (OnBehalfOfId, SaidOn, Id). With the OR of the two in one WHERE, SQLite can use
    /// neither index and walks the whole date index instead (133 ms instead of 0.3 ms for a small speaker at 1M).
    /// Callers take a page from each part and merge (<see cref="ListStatementsHandler"/>); one part without a speaker.
    /// </summary>
    /// <param name="topic">
    /// The statements tagged with <see cref="TopicId"/>, read from the tag rows alone, and whether they are few.
    /// Few: the list looks them up by id and sorts them (a few hundred rows), where walking the date index and
    /// probing each statement reads most of the index before a page of a rare topic is full (0.4 s at a million
    /// statements). Many: the walk, probing the tag rows by key. Null: the same probe through the topics navigation.
    /// </param>
    public IReadOnlyList<IQueryable<Statement>> Parts(IQueryable<Statement> statements, IQueryable<Review> reviews,
        TopicStatements? topic = null)
    {
        if (SpeakerId is { } speakerId)
        {
            var (own, onBehalf) = SpeakerStatements.Parts(statements, speakerId);
            return [Narrow(own, reviews, topic), Narrow(onBehalf, reviews, topic)];
        }
        return [Narrow(statements, reviews, topic)];
    }

    /// <summary>Every field but the speaker and the words.</summary>
    private IQueryable<Statement> Narrow(IQueryable<Statement> statements, IQueryable<Review> reviews, TopicStatements? topic)
    {
        var query = statements;
        if (topic is { Ids: var tagged } && TopicId is not null)
        {
            query = topic.Few ? query.Where(s => tagged.Contains(s.Id)) : query.Where(s => tagged.Any(id => id == s.Id));
        }
        else if (TopicId is { } topicId)
        {
            query = query.Where(s => s.Topics.Any(t => t.Id == topicId));
        }
        // Verdict and stage as EXISTS on Reviews, not a join: the list then walks its date index and probes each
        // statement's review by key, where a join let SQLite start from the review-status index and sort 100,000
        // rows (2.6 s for "Draft" at 1M). Same buckets as PublishedVerdict.In, which the charts use.
        query = ApplyVerdicts(query, reviews);
        if (Status is { } status)
        {
            query = query.Where(s => reviews.Any(r => r.StatementId == s.Id && r.Status == status));
        }
        if (LinkKind is { } kind)
        {
            query = LinkScope switch
            {
                LinkScope.FromOthers => query.Where(s => s.IncomingLinks.Any(l => l.Relation == kind && l.FromStatement.SpeakerId != s.SpeakerId)),
                LinkScope.Outgoing => query.Where(s => s.OutgoingLinks.Any(l => l.Relation == kind)),
                LinkScope.OwnWords => query.Where(s =>
                    s.OutgoingLinks.Any(l => l.Relation == kind && l.ToStatement.SpeakerId == s.SpeakerId)
                    || s.IncomingLinks.Any(l => l.Relation == kind && l.FromStatement.SpeakerId == s.SpeakerId)),
                _ => query.Where(s => s.OutgoingLinks.Any(l => l.Relation == kind) || s.IncomingLinks.Any(l => l.Relation == kind)),
            };
        }
        if (Kind is { } quoteKind)
        {
            query = query.Where(s => s.QuoteKind == quoteKind);
        }
        if (From is { } from)
        {
            query = query.Where(s => s.SaidOn >= from);
        }
        if (To is { } to)
        {
            query = query.Where(s => s.SaidOn <= to);
        }
        if (PublishedFrom is not null || PublishedTo is not null)
        {
            var (start, end) = UtcDays(PublishedFrom, PublishedTo);
            query = query.Where(s => s.Review != null && s.Review.Status == ReviewStatus.Published
                && s.Review.PublishedAtUtc >= start && s.Review.PublishedAtUtc < end);
        }
        return ApplyWork(query);
    }

    /// <summary>
    /// Ours: our published verdict (or its absence) as the charts count it. One publisher: statements it reviewed,
    /// with a review it rated (on our scale, through its label mapping) as asked; "unrated" is a review whose label
    /// is not mapped yet, and "in progress" never applies. All: either of the two, for ours or any publisher.
    /// </summary>
    private IQueryable<Statement> ApplyVerdicts(IQueryable<Statement> query, IQueryable<Review> reviews)
    {
        var ratings = Verdicts.Ratings.Select(r => (Rating?)r).ToList();
        var unrated = Verdicts.IncludesUnrated;
        if (Publisher.PublisherId is { } publisherId)
        {
            return Verdicts.IsEmpty
                ? query.Where(s => s.OutsideReviews.Any(o => o.PublisherId == publisherId))
                : query.Where(s => s.OutsideReviews.Any(o => o.PublisherId == publisherId
                    && (ratings.Contains(o.Rating) || (unrated && o.Rating == null))));
        }
        if (Verdicts.IsEmpty)
        {
            return query;
        }
        var published = Verdicts.Ratings.ToList();
        var inProgress = Verdicts.IncludesInProgress;
        // Our verdict as EXISTS lookups on Reviews, so the date index drives the list (docs/adr/0015).
        Expression<Func<Statement, bool>> ours = s => (unrated && !reviews.Any(r => r.StatementId == s.Id))
            || (inProgress && reviews.Any(r => r.StatementId == s.Id && r.Status != ReviewStatus.Published))
            || reviews.Any(r => r.StatementId == s.Id && r.Status == ReviewStatus.Published && published.Contains(r.Rating));
        if (Publisher.IsOurs)
        {
            return query.Where(ours);
        }
        Expression<Func<Statement, bool>> outside = s => s.OutsideReviews.Any(o => ratings.Contains(o.Rating) || (unrated && o.Rating == null));
        // One predicate (ours OR outside), not a UNION, so the search and keyset paging still see a plain query.
        var parameter = ours.Parameters[0];
        var either = Expression.OrElse(ours.Body, new Rebind(outside.Parameters[0], parameter).Visit(outside.Body));
        return query.Where(Expression.Lambda<Func<Statement, bool>>(either, parameter));
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }

    /// <summary>The same five kinds of work the dashboard's work chart counts, so its bars open the rows they count.</summary>
    private IQueryable<Statement> ApplyWork(IQueryable<Statement> query)
    {
        if (Member is not { } member)
        {
            return query;
        }
        var (since, _) = UtcDays(WorkFrom, null);
        var any = Work == MemberWork.Any;
        var added = any || Work == MemberWork.Added;
        var edited = any || Work == MemberWork.Edited;
        var linked = any || Work == MemberWork.Linked;
        var drafted = any || Work == MemberWork.Drafted;
        var published = any || Work == MemberWork.Published;
        return query.Where(s =>
            (added && s.CreatedBy == member && s.CreatedAtUtc >= since)
            || (edited && s.UpdatedBy == member && s.UpdatedAtUtc >= since)
            || (linked && s.OutgoingLinks.Any(l => l.CreatedBy == member && l.CreatedAtUtc >= since))
            || (drafted && s.Review != null && s.Review.CreatedBy == member && s.Review.CreatedAtUtc >= since)
            || (published && s.Review != null && s.Review.Status == ReviewStatus.Published
                && s.Review.PublishedBy == member && s.Review.PublishedAtUtc >= since));
    }

    /// <summary>Inclusive days as a half-open UTC range [start, end).</summary>
    private static (DateTime Start, DateTime End) UtcDays(DateOnly? from, DateOnly? to) =>
        (from?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) ?? DateTime.MinValue,
         to is { } last && last < DateOnly.MaxValue ? last.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : DateTime.MaxValue);
}

/// <summary>The ids of a topic's statements from its tag rows, and whether they are few enough to collect and sort.</summary>
public sealed record TopicStatements(IQueryable<int> Ids, bool Few);

/// <summary>A statement list as its URL names it: the query to send, and which page number it is (for the pager).</summary>
public sealed record StatementListAddress(ListStatements Query, int Page);

/// <summary>The filter's own rules; <see cref="ListStatementsValidator"/> includes them.</summary>
public sealed class StatementFilterValidator : AbstractValidator<StatementFilter>
{
    public StatementFilterValidator()
    {
        RuleFor(q => q.Search).MaximumLength(StatementFilter.SearchMaxLength)
            .WithMessage($"Search text can be at most {StatementFilter.SearchMaxLength} characters.");
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("The end date must not be before the start date.");
        RuleFor(q => q.PublishedTo).GreaterThanOrEqualTo(q => q.PublishedFrom).When(q => q.PublishedFrom is not null && q.PublishedTo is not null)
            .WithMessage("The last publication day must not be before the first.");
        RuleFor(q => q.Verdicts).Must(v => v.IsValid).WithMessage("Unknown verdict.");
        RuleFor(q => q.Status).IsInEnum().WithMessage("Unknown review status.");
        RuleFor(q => q.LinkKind).IsInEnum().WithMessage("Unknown link kind.");
        RuleFor(q => q.LinkScope).IsInEnum().WithMessage("Unknown link scope.");
        RuleFor(q => q.Kind).IsInEnum().WithMessage("Unknown quote kind.");
        RuleFor(q => q.Sort).IsInEnum().WithMessage("Unknown sort order.");
        RuleFor(q => q.Member).MaximumLength(StatementFilter.MemberMaxLength)
            .WithMessage($"A member's user name is at most {StatementFilter.MemberMaxLength} characters.");
        RuleFor(q => q.Work).IsInEnum().WithMessage("Unknown kind of work.");
        RuleFor(q => q.Work).Equal(MemberWork.Any).When(q => q.Member is null)
            .WithMessage("Say whose work: 'work' needs 'member'.");
        RuleFor(q => q.WorkFrom).Null().When(q => q.Member is null)
            .WithMessage("Say whose work: 'workFrom' needs 'member'.");
    }
}
