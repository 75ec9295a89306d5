using System.Text.RegularExpressions;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Search;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Statements;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Intake;

/// <summary>
/// The existing statements that a statement, or an article candidate not yet accepted, most likely rebuts, confirms
/// or repeats: found by the full-text index on its distinctive words (bm25), then ordered with nearness in date, a
/// shared topic and the same speaker counted in. An earlier statement of the same speaker saying much the same is
/// flagged a repeat. Best first, at most <see cref="MaxSuggestions"/>.
/// </summary>
[AllowedRoles(RoleSet.Readers)]
public sealed record SuggestLinks(string Words, int? SpeakerId, DateOnly? SaidOn) : IQuery<IReadOnlyList<LinkSuggestion>>
{
    public const int MaxSuggestions = 5;

    /// <summary>The statement these words are, once it exists: never suggested for itself; what it links to is marked.</summary>
    public int? StatementId { get; init; }
}

public sealed record LinkSuggestion
{
    public int StatementId { get; init; }
    public string Quote { get; init; } = "";
    public QuoteKind QuoteKind { get; init; }
    public int SpeakerId { get; init; }
    public string SpeakerName { get; init; } = "";
    public DateOnly SaidOn { get; init; }
    public DatePrecision SaidOnPrecision { get; init; }

    /// <summary>The distinctive words both quotes use, as the new words spell them.</summary>
    public IReadOnlyList<string> SharedWords { get; init; } = [];
    public bool SameSpeaker { get; init; }
    public bool SharesTopic { get; init; }

    /// <summary>The same speaker said much the same on or before this date.</summary>
    public bool IsRepeat { get; init; }

    /// <summary>How the new words most likely relate to this statement, read "new {relation} this".</summary>
    public LinkRelation SuggestedRelation { get; init; }

    /// <summary>Already linked to the statement asked about (either direction).</summary>
    public bool Linked { get; init; }

    /// <summary>Higher is a likelier match; comparable within one answer only.</summary>
    public double Score { get; init; }
}

public sealed class SuggestLinksValidator : AbstractValidator<SuggestLinks>
{
    public SuggestLinksValidator()
    {
        RuleFor(q => q.Words).NotEmpty().WithMessage("Give the words to find related statements for.")
            .MaximumLength(Statement.QuoteMaxLength).WithMessage($"The words can be at most {Statement.QuoteMaxLength} characters.");
    }
}

internal sealed class SuggestLinksHandler(IClaimTrackerDb db, IStatementTextSearch search)
    : IRequestHandler<SuggestLinks, IReadOnlyList<LinkSuggestion>>
{
    /// <summary>How many full-text matches are re-ordered by date, topic and speaker before the best few are kept.</summary>
    private const int Pool = 40;

    public async Task<IReadOnlyList<LinkSuggestion>> Handle(SuggestLinks request, CancellationToken cancellationToken)
    {
        var probe = LinkWords.Distinctive(request.Words);
        if (probe.Count == 0)
        {
            return [];
        }
        // One group of alternatives: any of the words may match, and bm25 rewards the rarer ones and more of them.
        var query = new SearchQuery { Required = [probe.Select(w => new SearchTerm([w])).ToList()] };
        var statements = db.Statements.AsNoTracking();
        if (request.StatementId is { } self)
        {
            statements = statements.Where(s => s.Id != self);
        }
        var hits = await statements.Join(search.Ranks(db, query), s => s.Id, r => r.Id, (s, r) => r)
            .OrderBy(r => r.Rank).ThenBy(r => r.Id).Take(Pool)
            .ToListAsync(cancellationToken);
        if (hits.Count == 0)
        {
            return [];
        }
        var ids = hits.Select(h => h.Id).ToList();
        var rows = await db.Statements.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new
            {
                s.Id,
                s.Quote,
                s.QuoteKind,
                s.SpeakerId,
                SpeakerName = s.Speaker.Name,
                s.SaidOn,
                s.SaidOnPrecision,
                Topics = s.Topics.Select(t => t.Id).ToList(),
            })
            // The topics in their own query, as in GetStatement: a single query makes SQLite build the whole join.
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var ownTopics = new HashSet<int>();
        var linked = new HashSet<int>();
        if (request.StatementId is { } id)
        {
            ownTopics.UnionWith(await db.Statements.AsNoTracking().Where(s => s.Id == id).SelectMany(s => s.Topics.Select(t => t.Id)).ToListAsync(cancellationToken));
            linked.UnionWith(await db.StatementLinks.AsNoTracking().Where(l => l.FromStatementId == id).Select(l => l.ToStatementId).ToListAsync(cancellationToken));
            linked.UnionWith(await db.StatementLinks.AsNoTracking().Where(l => l.ToStatementId == id).Select(l => l.FromStatementId).ToListAsync(cancellationToken));
        }

        // bm25 is negative, best lowest: the best hit scores 1 for its words, the others a share of that.
        var best = hits.Min(h => h.Rank);
        var textScore = hits.ToDictionary(h => h.Id, h => best < 0 ? h.Rank / best : 1.0);
        var denies = LinkWords.Denies(request.Words);
        var suggestions = new List<LinkSuggestion>();
        foreach (var row in rows)
        {
            var theirs = LinkWords.Distinctive(row.Quote, int.MaxValue);
            var shared = probe.Where(w => theirs.Contains(w, LinkWords.Comparer)).ToList();
            var sharesTopic = row.Topics.Any(ownTopics.Contains);
            // A match on the speaker's name or a topic alone is too thin to suggest without a shared topic.
            if (shared.Count < Math.Min(2, probe.Count) && !sharesTopic)
            {
                continue;
            }
            var sameSpeaker = request.SpeakerId is { } speaker && speaker == row.SpeakerId;
            var overlap = (double)shared.Count / Math.Max(1, Math.Min(probe.Count, theirs.Count));
            var earlier = request.SaidOn is not { } on || row.SaidOn <= on;
            var isRepeat = sameSpeaker && earlier && overlap >= 0.5;
            var near = request.SaidOn is { } date ? 1.0 / (1.0 + Math.Abs(date.DayNumber - row.SaidOn.DayNumber) / 30.0) : 0.5;
            var score = textScore[row.Id] * (0.6 + (0.4 * near)) + (sharesTopic ? 0.15 : 0) + (sameSpeaker ? 0.1 : 0) + (isRepeat ? 0.2 : 0);
            suggestions.Add(new LinkSuggestion
            {
                StatementId = row.Id,
                Quote = row.Quote,
                QuoteKind = row.QuoteKind,
                SpeakerId = row.SpeakerId,
                SpeakerName = row.SpeakerName,
                SaidOn = row.SaidOn,
                SaidOnPrecision = row.SaidOnPrecision,
                SharedWords = shared,
                SameSpeaker = sameSpeaker,
                SharesTopic = sharesTopic,
                IsRepeat = isRepeat,
                SuggestedRelation = isRepeat ? LinkRelation.Repeats
                    : sameSpeaker ? (denies != LinkWords.Denies(row.Quote) ? LinkRelation.Contradicts : LinkRelation.Clarifies)
                    : denies ? LinkRelation.Rebuts : LinkRelation.Confirms,
                Linked = linked.Contains(row.Id),
                Score = Math.Round(score, 4),
            });
        }
        return suggestions.OrderByDescending(s => s.Score).ThenBy(s => s.StatementId).Take(SuggestLinks.MaxSuggestions).ToList();
    }
}

/// <summary>The words that tell one claim from another, as the link suggestions compare them.</summary>
public static partial class LinkWords
{
    public const int MaxProbeWords = 12;

    /// <summary>Words are compared without case.</summary>
    public static readonly StringComparer Comparer = StringComparer.OrdinalIgnoreCase;

    private static readonly HashSet<string> Stop = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "for", "that", "this", "with", "was", "were", "are", "has", "have", "had", "not", "but", "from",
        "they", "them", "their", "there", "what", "which", "who", "will", "would", "could", "should", "been", "being",
        "his", "her", "its", "our", "your", "you", "she", "him", "said", "says", "say", "told", "about", "into", "than",
        "then", "also", "just", "very", "any", "all", "can", "did", "does", "done", "such", "some", "more", "most",
        "over", "only", "out", "one", "two", "when", "where", "how", "why", "because", "after", "before", "while",
        "these", "those", "here", "again", "even", "still", "now", "may", "might", "must", "shall", "other", "each",
    };

    private static readonly HashSet<string> Denial = new(StringComparer.OrdinalIgnoreCase)
    {
        "not", "never", "no", "nobody", "nothing", "deny", "denies", "denied", "false", "untrue", "baseless", "rejects",
        "rejected", "reject", "wrong", "lie", "lies", "nonsense", "incorrect", "nowhere", "disputes", "disputed",
    };

    /// <summary>The distinct words of three letters or more that are not function words, longest first (rarer, as a rule).</summary>
    public static IReadOnlyList<string> Distinctive(string text, int max = MaxProbeWords) =>
        Word().Matches(text).Select(m => m.Value)
            .Where(w => w.Length >= 3 && !Stop.Contains(w) && !w.All(char.IsDigit))
            .Select(w => w.ToLowerInvariant())
            .Distinct(Comparer)
            .OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)
            .Take(max)
            .ToList();

    /// <summary>Whether the words deny or negate something: a rebuttal rather than a confirmation, as a first guess.</summary>
    public static bool Denies(string text) => Word().Matches(text).Select(m => m.Value).Any(w => Denial.Contains(w));

    // Letters, digits and combining marks make a word, as the full-text tokenizers split them.
    [GeneratedRegex(@"[\p{L}\p{N}\p{M}]+")]
    private static partial Regex Word();
}
