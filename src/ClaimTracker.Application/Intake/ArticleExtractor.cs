using System.Text.RegularExpressions;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Statements;

namespace ClaimTracker.Application.Intake;

/// <summary>
/// Finds the statements in an article's cleaned text: direct quotes (straight, curly, nested, split by an
/// attribution, running over paragraphs), quoted fragments inside a paraphrase, and reported speech with a clear
/// attribution verb; with the speaker, role, body spoken for and a proposed date. Rule-based and in-process: no
/// model, no network (docs/adr/0016-rule-based-extraction.md).
/// </summary>
public static partial class ArticleExtractor
{
    /// <summary>A quotation shorter than this many words is a fragment unless an attribution sits right against it.</summary>
    private const int FragmentWords = 4;

    private const int MaxClauseLength = 400;

    public static IReadOnlyList<Candidate> Extract(string text, DateOnly? published, IEnumerable<DeskSpeaker> desk)
    {
        var article = new Article(text);
        var mentions = new Mentions(text, article.InsideQuote, article.SentenceStarts, desk);
        var run = new Run(article, mentions, published);
        return run.Go();
    }

    /// <summary>One quotation: its parts (more than one when it runs over paragraphs or is split by "he said").</summary>
    internal sealed class Quotation
    {
        public List<(int Start, int End)> Parts { get; } = [];
        public int OpenAt { get; set; }
        public int CloseAt { get; set; } = -1;
        public int Paragraph { get; set; }
        public int LastParagraph { get; set; }

        /// <summary>For "A," he said, "B.": where the first part closes and the second opens.</summary>
        public (int Close, int Open)? SplitTail { get; set; }

        public string Words(string text) => string.Join(" … ", Parts.Select(p => text[p.Start..p.End].Trim().TrimEnd(',', ';').Trim()));

        public int WordCount(string text) => Parts.Sum(p => WordPattern().Matches(text[p.Start..p.End]).Count);
    }

    /// <summary>Paragraphs, sentences and quotation marks of the text.</summary>
    internal sealed class Article
    {
        public string Text { get; }
        public List<(int Start, int End)> Paragraphs { get; } = [];
        public List<int> SentenceStarts { get; } = [];
        public List<Quotation> Quotes { get; } = [];
        private readonly bool[] _inside;

        public Article(string text)
        {
            Text = text;
            _inside = new bool[text.Length + 1];
            var at = 0;
            while (at < text.Length)
            {
                var end = text.IndexOf('\n', at);
                if (end < 0)
                {
                    end = text.Length;
                }
                if (!string.IsNullOrWhiteSpace(text[at..end]))
                {
                    Paragraphs.Add((at, end));
                }
                at = end + 1;
            }
            FindQuotes();
            FindSentences();
        }

        public bool InsideQuote(int position) => position >= 0 && position < _inside.Length && _inside[position];

        public int ParagraphOf(int position)
        {
            for (var i = 0; i < Paragraphs.Count; i++)
            {
                if (position < Paragraphs[i].End || i == Paragraphs.Count - 1)
                {
                    return i;
                }
            }
            return 0;
        }

        public int SentenceStartBefore(int position) => SentenceStarts.LastOrDefault(s => s <= position);

        public int SentenceEndAfter(int position) => SentenceStarts.FirstOrDefault(s => s > position, Text.Length);

        private void FindQuotes()
        {
            Quotation? open = null;
            for (var p = 0; p < Paragraphs.Count; p++)
            {
                var (start, end) = Paragraphs[p];
                var partStart = -1;
                if (open is not null)
                {
                    // A quotation carried over: this paragraph reopens it with a quotation mark.
                    var first = FirstNonSpace(start, end);
                    if (first >= 0 && IsOpening(Text[first]))
                    {
                        partStart = first + 1;
                        open.LastParagraph = p;
                        start = first + 1;
                    }
                    else
                    {
                        open = null;
                    }
                }
                for (var i = start; i < end; i++)
                {
                    var c = Text[i];
                    if (open is null)
                    {
                        if (IsOpening(c) || (c == '"'))
                        {
                            open = new Quotation { OpenAt = i, Paragraph = p, LastParagraph = p };
                            partStart = i + 1;
                        }
                    }
                    else if (IsClosing(c) || c == '"')
                    {
                        open.Parts.Add((partStart, i));
                        open.CloseAt = i;
                        Mark(open);
                        Quotes.Add(open);
                        open = null;
                    }
                }
                if (open is not null)
                {
                    open.Parts.Add((partStart, end));
                    var next = p + 1 < Paragraphs.Count ? FirstNonSpace(Paragraphs[p + 1].Start, Paragraphs[p + 1].End) : -1;
                    if (next < 0 || !IsOpening(Text[next]))
                    {
                        // Never closed and not carried on: keep the words to the paragraph's end.
                        Mark(open);
                        Quotes.Add(open);
                        open = null;
                    }
                }
            }
        }

        private void Mark(Quotation q)
        {
            foreach (var (s, e) in q.Parts)
            {
                for (var i = Math.Max(0, s - 1); i <= e && i < _inside.Length; i++)
                {
                    _inside[i] = true;
                }
            }
        }

        private int FirstNonSpace(int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (!char.IsWhiteSpace(Text[i]))
                {
                    return i;
                }
            }
            return -1;
        }

        private static bool IsOpening(char c) => c is '“' or '«' or '„' or '"';

        private static bool IsClosing(char c) => c is '”' or '»' or '"';

        private void FindSentences()
        {
            foreach (var (start, end) in Paragraphs)
            {
                SentenceStarts.Add(start);
                foreach (Match m in SentenceEnd().Matches(Text, start))
                {
                    if (m.Index >= end)
                    {
                        break;
                    }
                    var before = TokenBefore(m.Index + 1);
                    if (Mentions.IsAbbreviation(before) && !before.EndsWith(".”", StringComparison.Ordinal))
                    {
                        continue;
                    }
                    var next = m.Index + m.Length;
                    if (next < end)
                    {
                        SentenceStarts.Add(next);
                    }
                }
            }
        }

        private string TokenBefore(int end)
        {
            var s = end;
            while (s > 0 && !char.IsWhiteSpace(Text[s - 1]))
            {
                s--;
            }
            return Text[s..end];
        }
    }

    private sealed class Run(Article article, Mentions mentions, DateOnly? published)
    {
        private readonly string _text = article.Text;
        private readonly List<Candidate> _found = [];
        private readonly HashSet<int> _sentencesUsed = [];

        public IReadOnlyList<Candidate> Go()
        {
            Speaker? previous = null;
            Quotation? previousQuote = null;
            var fragments = new Dictionary<int, List<Quotation>>();
            var quotes = MergeSplitQuotes(article.Quotes);
            foreach (var q in quotes)
            {
                var words = q.Words(_text);
                var lead = LeadRegion(q, previousQuote);
                var tail = TailRegion(q);
                var tailAttribution = Attribution(tail.Start, tail.End, fromTail: true);
                var leadAttribution = Attribution(lead.Start, lead.End, fromTail: false);
                var count = q.WordCount(_text);
                var adjacent = tailAttribution is { Adjacent: true } || LeadEndsWithVerb(lead.Start, lead.End);
                if (IsTitle(words) && tailAttribution is null && !LeadEndsWithVerb(lead.Start, lead.End))
                {
                    continue;
                }
                var wholeSentence = words.Length > 1 && char.IsUpper(words[0]) && words.TrimEnd()[^1] is '.' or '!' or '?';
                if (count < FragmentWords && !adjacent && !wholeSentence)
                {
                    var sentence = article.SentenceStartBefore(q.OpenAt);
                    if (!fragments.TryGetValue(sentence, out var list))
                    {
                        fragments[sentence] = list = [];
                    }
                    list.Add(q);
                    continue;
                }
                var speaker = tailAttribution?.Speaker ?? leadAttribution?.Speaker;
                if (leadAttribution?.Speaker is { } original && tailAttribution is not null && LeadReportsThat(lead.Start, lead.End))
                {
                    // "The American leader went on to emphasize that the two countries 'should ...,' the spokesman
                    // added": the words are the leader's; the spokesman only passes them on.
                    speaker = original;
                }
                var dateRegion = tailAttribution is not null ? tail : lead;
                if (speaker is null)
                {
                    speaker = Carried(q, previousQuote, previous);
                }
                if (speaker is null && count < 8)
                {
                    // Unattributed short quotation: a scare quote or a name, not a statement.
                    continue;
                }
                var (first, last) = (q.Parts[0], q.Parts[^1]);
                var (startAt, endAt) = TrimSpan(first.Start, last.End);
                var text = q.Parts.Count == 1 ? _text[startAt..endAt] : Trim(words);
                var (saidOn, precision) = Dates.Propose(_text, dateRegion.Start, dateRegion.End, article.SentenceStartBefore(q.OpenAt), article.SentenceEndAfter(q.CloseAt < 0 ? q.OpenAt : q.CloseAt), published);
                _found.Add(Build(startAt, endAt, text, QuoteKind.DirectQuote, speaker, saidOn, precision, q.Paragraph));
                _sentencesUsed.Add(article.SentenceStartBefore(q.OpenAt));
                if (q.CloseAt >= 0)
                {
                    _sentencesUsed.Add(article.SentenceStartBefore(q.CloseAt));
                }
                previous = speaker;
                previousQuote = q;
            }
            foreach (var (sentence, list) in fragments)
            {
                Paraphrase(sentence, list);
            }
            ReportedSpeech();
            return _found.OrderBy(c => c.Start).ToList();
        }

        /// <summary>"A," he said, "B." is one statement in two parts.</summary>
        private List<Quotation> MergeSplitQuotes(List<Quotation> quotes)
        {
            var merged = new List<Quotation>();
            for (var i = 0; i < quotes.Count; i++)
            {
                var q = quotes[i];
                while (i + 1 < quotes.Count && q.CloseAt >= 0 && quotes[i + 1].Paragraph == q.LastParagraph)
                {
                    var between = _text[(q.CloseAt + 1)..quotes[i + 1].OpenAt];
                    var before = _text[q.Parts[^1].Start..q.Parts[^1].End].TrimEnd();
                    if (!before.EndsWith(',') || !SplitAttribution().IsMatch(between))
                    {
                        break;
                    }
                    var next = quotes[++i];
                    q.SplitTail = (q.CloseAt, next.OpenAt);
                    q.Parts.AddRange(next.Parts);
                    q.CloseAt = next.CloseAt;
                    q.LastParagraph = next.LastParagraph;
                }
                merged.Add(q);
            }
            return merged;
        }

        private (int Start, int End) LeadRegion(Quotation q, Quotation? previousQuote)
        {
            var start = Math.Max(article.Paragraphs[q.Paragraph].Start, article.SentenceStartBefore(q.OpenAt));
            if (previousQuote is { CloseAt: >= 0 } pq && pq.CloseAt < q.OpenAt && pq.CloseAt + 1 > start)
            {
                start = pq.CloseAt + 1;
            }
            foreach (var other in article.Quotes)
            {
                if (other.CloseAt >= start && other.CloseAt < q.OpenAt)
                {
                    start = other.CloseAt + 1;
                }
            }
            return (start, q.OpenAt);
        }

        private (int Start, int End) TailRegion(Quotation q)
        {
            if (q.CloseAt < 0)
            {
                return (0, 0);
            }
            var paragraphEnd = article.Paragraphs[q.LastParagraph].End;
            var end = Math.Min(paragraphEnd, article.SentenceEndAfter(q.CloseAt));
            var nextOpen = article.Quotes.FirstOrDefault(o => o.OpenAt > q.CloseAt)?.OpenAt ?? int.MaxValue;
            end = Math.Min(end, nextOpen);
            if (q.SplitTail is { } split)
            {
                // The attribution of a split quote sits between its parts.
                return (split.Close + 1, split.Open);
            }
            return (q.CloseAt + 1, Math.Max(q.CloseAt + 1, end));
        }

        private sealed record Found(Speaker? Speaker, int VerbStart, bool Adjacent);

        /// <summary>The speaker an attribution in [start, end) names: "X said", "said X", "according to X".</summary>
        private Found? Attribution(int start, int end, bool fromTail)
        {
            if (end <= start)
            {
                return null;
            }
            var region = _text[start..end];
            var according = AccordingTo().Match(region);
            if (according.Success)
            {
                var at = start + according.Index + according.Length;
                var who = mentions.Within(at, end).FirstOrDefault();
                if (who is not null)
                {
                    return new Found(mentions.Resolve(who), start + according.Index, false);
                }
            }
            var verbs = SpeechVerb().Matches(region).Cast<Match>().ToList();
            if (verbs.Count == 0)
            {
                return null;
            }
            var verb = fromTail ? verbs[0] : verbs[^1];
            var verbStart = start + verb.Index;
            var verbEnd = verbStart + verb.Length;
            var speaker = SubjectBefore(start, verbStart);
            if (speaker is null)
            {
                // "said Alyssa Ayres, a former diplomat": the name follows the verb.
                var after = mentions.Within(verbEnd, Math.Min(end, verbEnd + 80))
                    .FirstOrDefault(m => m.Kind is not MentionKind.Pronoun || m.Start - verbEnd <= 2);
                if (after is not null && _text[verbEnd..after.Start].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4)
                {
                    speaker = mentions.Resolve(after);
                }
            }
            if (speaker is null)
            {
                return null;
            }
            // Only the words before an appositive's comma count: "Milan Vaishnav, director of ..., told".
            var beforeVerb = _text[start..verbStart].TrimStart(' ', ',', '\n');
            var comma = beforeVerb.IndexOf(',');
            var adjacent = fromTail && TailStartsWithAttribution().IsMatch(comma > 0 ? beforeVerb[..comma] : beforeVerb);
            return new Found(speaker, verbStart, adjacent);
        }

        /// <summary>The subject of a speech verb: the clause right before it, or across an appositive.</summary>
        private Speaker? SubjectBefore(int regionStart, int verbStart)
        {
            var before = _text[regionStart..verbStart];
            var comma = before.LastIndexOf(',');
            var clauseStart = comma < 0 ? regionStart : regionStart + comma + 1;
            var clause = _text[clauseStart..verbStart];
            var body = Representative().Match(clause);
            if (body.Success)
            {
                var whole = mentions.BodyNamed(body.Groups["body"].Value);
                if (whole.Desk is not null)
                {
                    return whole;
                }
                var named = mentions.Within(clauseStart + body.Groups["body"].Index, verbStart)
                    .FirstOrDefault(m => m.Kind is MentionKind.Organisation or MentionKind.Unknown);
                return named is not null && named.Desk is not null ? mentions.Resolve(named) : whole;
            }
            var bodyPhrase = BodyPhrase().Match(clause);
            if (bodyPhrase.Success)
            {
                return mentions.BodyNamed(bodyPhrase.Groups["body"].Value);
            }
            var inClause = mentions.Within(clauseStart, verbStart).ToList();
            var subject = inClause.FirstOrDefault(m => m.Kind == MentionKind.Person || (m.Kind == MentionKind.Pronoun && m.Text.ToLowerInvariant() is "he" or "she"))
                ?? inClause.LastOrDefault();
            if (subject is not null)
            {
                return mentions.Resolve(subject);
            }
            if (string.IsNullOrWhiteSpace(clause) && comma >= 0)
            {
                // "Milan Vaishnav, director of the South Asia program ..., told": the name before the appositive.
                var first = mentions.Within(regionStart, verbStart).FirstOrDefault();
                if (first is not null)
                {
                    return mentions.Resolve(first);
                }
            }
            return null;
        }

        private bool LeadReportsThat(int start, int end) =>
            end > start && LeadThat().IsMatch(_text[start..end]);

        private bool LeadEndsWithVerb(int start, int end) =>
            end > start && LeadVerbAtEnd().IsMatch(_text[start..end]);

        /// <summary>A quotation with no attribution of its own continues the speaker of the one before it.</summary>
        private Speaker? Carried(Quotation q, Quotation? previousQuote, Speaker? previous)
        {
            if (previous is not null && previousQuote is not null && previousQuote.LastParagraph == q.Paragraph)
            {
                return previous;
            }
            var paragraphStart = article.Paragraphs[q.Paragraph].Start;
            var startsParagraph = string.IsNullOrWhiteSpace(_text[paragraphStart..q.OpenAt]);
            if (!startsParagraph)
            {
                return null;
            }
            if (previous is not null && previousQuote is not null && previousQuote.LastParagraph == q.Paragraph - 1
                && string.IsNullOrWhiteSpace(_text[(previousQuote.CloseAt + 1)..article.Paragraphs[q.Paragraph - 1].End].Trim('.', ' ')))
            {
                return previous;
            }
            if (previous is not null && previousQuote is not null && previousQuote.LastParagraph == q.Paragraph - 1)
            {
                return previous;
            }
            // A quotation paragraph after a paragraph that names who is about to speak.
            if (q.Paragraph > 0)
            {
                var (ps, pe) = article.Paragraphs[q.Paragraph - 1];
                var named = mentions.Within(ps, pe).FirstOrDefault(m => mentions.IsPerson(m) && m.Kind != MentionKind.Pronoun && m.Role is not null);
                if (named is not null)
                {
                    return mentions.Resolve(named);
                }
            }
            return null;
        }

        private void Paraphrase(int sentenceStart, List<Quotation> fragments)
        {
            if (_sentencesUsed.Contains(sentenceStart))
            {
                return;
            }
            var sentenceEnd = article.SentenceEndAfter(sentenceStart);
            var firstFragment = fragments[0].OpenAt;
            // The speech verb must come before the first fragment: "insisted his country was being made 'a scapegoat'".
            var found = ClauseAfterVerb(sentenceStart, firstFragment, SpeechVerb());
            if (found is null)
            {
                return;
            }
            var (speaker, clauseStart, verbStart) = found.Value;
            var (startAt, endAt) = TrimSpan(clauseStart, Math.Min(sentenceEnd, clauseStart + MaxClauseLength));
            endAt = CutAccordingTo(startAt, endAt);
            var (saidOn, precision) = Dates.Propose(_text, sentenceStart, verbStart, sentenceStart, sentenceEnd, published);
            _found.Add(Build(startAt, endAt, _text[startAt..endAt], QuoteKind.Paraphrase, speaker, saidOn, precision, article.ParagraphOf(startAt)));
            _sentencesUsed.Add(sentenceStart);
        }

        private void ReportedSpeech()
        {
            for (var i = 0; i < article.SentenceStarts.Count; i++)
            {
                var start = article.SentenceStarts[i];
                if (_sentencesUsed.Contains(start))
                {
                    continue;
                }
                var end = i + 1 < article.SentenceStarts.Count ? article.SentenceStarts[i + 1] : _text.Length;
                end = Math.Min(end, article.Paragraphs[article.ParagraphOf(start)].End);
                if (Enumerable.Range(start, end - start).Any(article.InsideQuote))
                {
                    continue;
                }
                var sentence = _text[start..end];
                var according = TrailingAccordingTo().Match(sentence);
                if (according.Success)
                {
                    var whoAt = start + according.Groups["who"].Index;
                    var possessive = PossessiveOffice().Match(according.Groups["who"].Value);
                    var who = mentions.Within(whoAt, end).FirstOrDefault();
                    var source = possessive.Success ? mentions.PronounAt(whoAt + possessive.Index, possessive.Groups["p"].Value)
                        : who is not null ? mentions.Resolve(who) : null;
                    if (source is not null)
                    {
                        var (s, e) = TrimSpan(start + according.Groups["claim"].Index, start + according.Groups["claim"].Index + according.Groups["claim"].Length);
                        var (saidOn, precision) = Dates.Propose(_text, start, end, start, end, published);
                        _found.Add(Build(s, e, _text[s..e], QuoteKind.ReportedSpeech, source, saidOn, precision, article.ParagraphOf(s)));
                        continue;
                    }
                }
                var found = ClauseAfterVerb(start, end);
                if (found is null)
                {
                    continue;
                }
                var (speaker, clauseStart, verbStart) = found.Value;
                var (startAt, endAt) = TrimSpan(clauseStart, Math.Min(end, clauseStart + MaxClauseLength));
                endAt = CutAccordingTo(startAt, endAt);
                if (endAt - startAt < 12)
                {
                    continue;
                }
                var (on, p) = Dates.Propose(_text, start, verbStart, start, end, published);
                _found.Add(Build(startAt, endAt, _text[startAt..endAt], QuoteKind.ReportedSpeech, speaker, on, p, article.ParagraphOf(startAt)));
            }
        }

        /// <summary>"X said (that) ...": the speaker and where the reported clause starts, for a verb before <paramref name="limit"/>.</summary>
        private (Speaker Speaker, int ClauseStart, int VerbStart)? ClauseAfterVerb(int sentenceStart, int limit, Regex? verbs = null)
        {
            var sentence = _text[sentenceStart..article.SentenceEndAfter(sentenceStart)];
            foreach (Match m in (verbs ?? ReportingVerb()).Matches(sentence))
            {
                var verbStart = sentenceStart + m.Index;
                if (verbStart >= limit)
                {
                    break;
                }
                var speaker = SubjectBefore(sentenceStart, verbStart);
                if (speaker is null)
                {
                    continue;
                }
                var clauseStart = sentenceStart + m.Index + m.Length;
                var that = ThatAfter().Match(_text, clauseStart, Math.Min(80, _text.Length - clauseStart));
                if (verbs is not null && that.Success && that.Index < limit)
                {
                    clauseStart = that.Index + that.Length;
                }
                return (speaker, clauseStart, verbStart);
            }
            return null;
        }

        private int CutAccordingTo(int start, int end)
        {
            var cut = _text[start..end].IndexOf(", according to", StringComparison.Ordinal);
            return cut > 0 ? start + cut : end;
        }

        private (int Start, int End) TrimSpan(int start, int end)
        {
            while (start < end && char.IsWhiteSpace(_text[start]))
            {
                start++;
            }
            while (end > start && (char.IsWhiteSpace(_text[end - 1]) || _text[end - 1] is ',' or ';' or ':'))
            {
                end--;
            }
            // A reported clause ends without the sentence's full stop; a quotation keeps its own.
            return (start, end);
        }

        private static string Trim(string words) => words.Trim().TrimEnd(',', ';', ':').Trim();

        private static bool IsTitle(string words)
        {
            var parts = WordPattern().Matches(words).Select(m => m.Value).ToList();
            if (parts.Count < 2 || words.TrimEnd().EndsWith(','))
            {
                return false;
            }
            return parts.All(p => char.IsUpper(p[0]) || p is "of" or "an" or "a" or "the" or "in" or "on" or "and" or "to" or "for");
        }

        private Candidate Build(int start, int end, string words, QuoteKind kind, Speaker? speaker, DateOnly? saidOn, DatePrecision precision, int paragraph)
        {
            var role = speaker?.Role;
            string? behalfName = null;
            int? behalfId = null;
            if (role is not null && BehalfPattern().Match(role) is { Success: true } b)
            {
                var body = b.Groups["body"].Value.Trim();
                var desk = mentions.MatchDesk(body);
                behalfName = desk?.Name ?? body.TrimEnd('’', '\'').Replace("’s", "", StringComparison.Ordinal).Trim();
                behalfId = desk?.Id;
                if ((behalfId is not null && behalfId == speaker!.Desk?.Id) || behalfName.Length == 0)
                {
                    behalfName = null;
                    behalfId = null;
                }
            }
            return new Candidate
            {
                Start = start,
                End = end,
                Words = words,
                Kind = kind,
                SpeakerName = speaker?.Name,
                SpeakerId = speaker?.Desk?.Id,
                SpeakerIsPerson = speaker?.IsPerson ?? true,
                Role = role,
                OnBehalfOfName = behalfName,
                OnBehalfOfId = behalfId,
                SaidOn = saidOn,
                SaidOnPrecision = precision,
                Paragraph = paragraph,
            };
        }
    }

    private const string Verbs = "emphasize|insisting|said|says|say|added|adds|stated|states|wrote|writes|tweeted|posted|told|tells|"
        + "warned|insisted|argued|noted|explained|continued|concluded|replied|asked|declared|announced|confirmed|"
        + "claimed|stressed|emphasized|emphasised|remarked|recalled|saying|adding|telling|writing|reiterated|"
        + "maintained|maintains|acknowledged|admitted|revealed|promised|vowed|predicted|suggested|complained";

    [GeneratedRegex(@"\b(?:" + Verbs + @")\b")]
    private static partial Regex SpeechVerb();

    // Reported speech: a verb of saying, a few words of complement ("on Twitter", "to CNN's Isa Soares"), then "that";
    // or "said"/"says"/"claimed" straight before a clause ("Trump said Pakistan continued ...").
    [GeneratedRegex(@"\b(?:(?:said|says|told|stated|confirmed|claimed|insisted|insisting|argued|warned|maintains|maintained|denied|revealed|acknowledged|announced|wrote|tweeted|posted|added|noted|promised|predicted|declared|reiterated|emphasized|emphasised|signaled|signalled|vowed|suggested|explained|stressed|admitted)(?!\s+by\b)(?:\s+[\p{L}\p{N}’'.\-]+){0,6}?\s+that|(?:said|says|claimed|insisted|argued|maintained|maintains|predicted|promised)(?=\s+(?:the|a|an|his|her|its|their|it|he|she|they|[A-Z][\p{L}’'.\-]*)\s)(?!\s+(?:in|on|at|during|after|before|to|last|this|yesterday|today|by)\b))\s+")]
    private static partial Regex ReportingVerb();

    [GeneratedRegex(@"\b[Aa]ccording to\s+(?:a statement from\s+|a spokesperson for\s+)?")]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"\b(?<p>his|her)\s+office\b")]
    private static partial Regex PossessiveOffice();

    [GeneratedRegex(@"^(?<claim>.{12,}?),\s+according to\s+(?<who>.+?)\s*[.!?]?\s*$")]
    private static partial Regex TrailingAccordingTo();

    // The tail begins with the attribution: ", Trump said", " said Alyssa Ayres", " Milan Vaishnav, director ..., told".
    [GeneratedRegex(@"^[\s,]*(?:(?:[A-Z][\p{L}.’'\-]*|the|he|she|it|they|a|an|of|for|government|spokesman|spokeswoman|spokesperson|official|minister|ministry|foreign|office|further|also|then|later)[\s,]*){0,8}$")]
    private static partial Regex TailStartsWithAttribution();

    [GeneratedRegex(@"\b(?:" + Verbs + @"|that|according to [^,]+)[\s,:]*$")]
    private static partial Regex LeadVerbAtEndPattern();

    [GeneratedRegex(@"\b(?:" + Verbs + @")\s+that\s+[^“”""]{0,120}$")]
    private static partial Regex LeadThat();

    [GeneratedRegex(@"\G\s*that\s+|\G\s*(?:[\p{L}’'.\-]+\s+){1,6}?that\s+")]
    private static partial Regex ThatAfter();

    [GeneratedRegex(@"^\s*(?:[Tt]he\s+)?(?<body>(?:[A-Z][\p{L}’'.\-]*\s+)+(?:foreign ministry|foreign office|government|military|army|ministry|embassy|administration|authorities)(?:\s+(?:spokesman|spokesperson))?)\s*$")]
    private static partial Regex BodyPhrase();

    private static Regex LeadVerbAtEnd() => LeadVerbAtEndPattern();

    [GeneratedRegex(@"^[\s,]*(?:[\p{L}.’'\-]+\s+){1,6}?(?:" + Verbs + @")(?:\s+[\p{L}.’'\-]+){0,4}?\s*,\s*$")]
    private static partial Regex SplitAttribution();

    [GeneratedRegex(@"^\s*(?:a|an|the)\s+(?:[\p{L}\-]+\s+){0,2}?(?:spokes\w+|representative|official|statement|source)\s+(?:for|of|at|from)\s+(?<body>.+?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Representative();

    [GeneratedRegex(@"^(?<body>.+?)\s+(?:spokes\w+|representative|official)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BehalfPattern();

    [GeneratedRegex(@"[.!?]+[”""’)»]*(?=\s|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[’'\-][\p{L}\p{N}]+)*")]
    internal static partial Regex WordPattern();
}
