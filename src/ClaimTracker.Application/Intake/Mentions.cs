using System.Text.RegularExpressions;
using ClaimTracker.Domain.Common;

namespace ClaimTracker.Application.Intake;

internal enum MentionKind
{
    /// <summary>A name that is surely a person ("Alyssa Ayres", "Mr. Trump", "spokesman Raveesh Kumar").</summary>
    Person,
    /// <summary>A body: "the State Department", "Pakistan's foreign office".</summary>
    Organisation,
    /// <summary>A single capitalised word that may be a surname, a place or a body ("Ayres", "Pakistan").</summary>
    Unknown,
    Pronoun,
    /// <summary>"the spokesman", "the president", "the Pakistani leader": resolved to an earlier named person.</summary>
    Description,
}

/// <summary>A place in the text that may name who speaks.</summary>
internal sealed record Mention(int Start, int End, MentionKind Kind, string Text)
{
    public string? Role { get; init; }
    public DeskSpeaker? Desk { get; init; }

    /// <summary>For descriptions: the head noun ("spokesman").</summary>
    public string? Head { get; init; }
}

/// <summary>Who a mention turned out to be.</summary>
internal sealed record Speaker(string Name, DeskSpeaker? Desk, bool IsPerson, string? Role)
{
    public string Key => Desk is { } d ? "#" + d.Id : NameKey.Of(Name);
}

/// <summary>
/// Finds names, bodies, pronouns and descriptions outside quotation marks, and resolves each to a speaker: a
/// desk speaker by name or alias (folded with <see cref="NameKey"/>), an earlier full name for a surname, the
/// nearest compatible named speaker for "he" or "the spokesman".
/// </summary>
internal sealed partial class Mentions
{
    // Words that open a capitalised run at the start of a sentence without being a name.
    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "On", "At", "But", "And", "Or", "If", "When", "While", "After", "Before", "Since",
        "Despite", "Meanwhile", "Still", "Officially", "Interestingly", "This", "That", "These", "Those", "It", "He",
        "She", "They", "We", "I", "You", "His", "Her", "Their", "Its", "Our", "Many", "Some", "Elements", "Following",
        "Amid", "According", "Apart", "Every", "Early", "More", "Nearly", "Both", "Why", "What", "How", "Who",
        "There", "Here", "As", "For", "From", "With", "Without", "Under", "Over", "By", "To", "Of", "So", "Yet",
        "Then", "Also", "Even", "Only", "Diplomats", "Observers", "Political", "Leave", "Scroll", "Twitter",
        "Please", "Debris", "An", "Indian", "Pakistani", "Kashmir", "Afghanistan", "Asia", "South", "North",
        "Middle", "East", "West", "Muslim", "Hindu", "Sunni", "Shia", "Islamic", "Foreign", "Policy",
    };

    private static readonly HashSet<string> Calendar = new(StringComparer.Ordinal)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
        "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "President", "Prime", "Minister", "Secretary", "Spokesman", "Spokeswoman", "Spokesperson", "Under", "Deputy",
        "Special", "Envoy", "Chairman", "Chairwoman", "Director", "Ambassador", "Senator", "Sen.", "Rep.",
        "Representative", "Gov.", "Governor", "General", "Gen.", "Emir", "Sheikh", "King", "Queen", "Chief", "Mr.",
        "Mrs.", "Ms.", "Dr.", "Vice", "Former", "Leader", "Chancellor", "Commander", "Official", "Political",
        "Affairs", "External", "Interior", "Defense", "Defence", "Foreign", "State", "Secretary-General", "Judge",
        "Justice", "Mayor", "Pope", "Professor", "Analyst", "Economist", "Adviser", "Advisor", "Envoy", "Lawmaker", "Prof.", "Lt.", "Col.", "Adm.", "Admiral", "Colonel", "Captain",
    };

    private static readonly HashSet<string> Nationalities = new(StringComparer.OrdinalIgnoreCase)
    {
        "Indian", "Pakistani", "American", "British", "Afghan", "Qatari", "Chinese", "Russian", "Israeli", "Iranian",
        "Saudi", "Emirati", "Palestinian", "Ukrainian", "French", "German", "Japanese", "U.S.", "US", "UK", "U.K.",
        "UN", "U.N.", "Turkish", "Yemeni", "European", "EU", "Canadian", "Australian", "Egyptian", "Syrian",
        "Iraqi", "Bangladeshi", "Nepali", "Sri", "Lankan", "Kashmiri",
    };

    private static readonly HashSet<string> OrgWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Department", "Ministry", "Office", "Government", "Council", "Institute", "Endowment", "Party", "Assembly",
        "Nations", "States", "Kingdom", "Emirates", "Emirate", "Agency", "Press", "Committee", "Commission", "Army", "Forces", "Parliament",
        "Congress", "Senate", "House", "Court", "Bank", "Fund", "Union", "Program", "Programme", "University",
        "Foundation", "Center", "Centre", "Services", "Intelligence", "Times", "News", "Post", "CNN", "AP",
        "Reuters", "BBC", "Taliban", "Pentagon", "Kremlin", "Embassy", "Mission", "Organisation", "Organization",
        "Association", "Corporation", "Company", "Group", "Network", "Alliance", "Coalition", "Federation",
        "Twitter", "Facebook", "Instagram", "Truth", "Social", "YouTube", "Telegram", "Policy", "Relations",
    };

    // Lower-case words that belong to a role written before a name: "Indian government spokesman Raveesh Kumar".
    private static readonly HashSet<string> RoleWords = new(StringComparer.Ordinal)
    {
        "government", "spokesman", "spokeswoman", "spokesperson", "foreign", "ministry", "minister", "official",
        "special", "envoy", "state", "prime", "secretary", "former", "deputy", "chief", "senior", "top", "party",
        "chairman", "director", "external", "affairs", "department", "office", "president", "leader", "military",
        "army", "intelligence", "defence", "defense", "national", "security", "adviser", "advisor", "representative",
        "ambassador", "diplomat", "analyst", "vice", "acting", "interim", "opposition", "legislator", "lawmaker",
    };

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr.", "Mrs.", "Ms.", "Dr.", "Rep.", "Sen.", "Gov.", "Gen.", "Lt.", "Col.", "Adm.", "St.", "Jr.", "Sr.",
        "Prof.", "No.", "Vol.", "Inc.", "Co.", "Corp.", "Ltd.", "vs.", "etc.", "e.g.", "i.e.",
    };

    private readonly string _text;
    private readonly List<Mention> _all = [];
    private readonly IReadOnlyList<int> _sentenceStarts;
    private readonly Dictionary<string, DeskSpeaker> _deskNames = new(StringComparer.Ordinal);
    private readonly Dictionary<Mention, Speaker?> _resolved = [];

    public Mentions(string text, Func<int, bool> insideQuote, IReadOnlyList<int> sentenceStarts, IEnumerable<DeskSpeaker> desk)
    {
        _text = text;
        _sentenceStarts = sentenceStarts;
        foreach (var speaker in desk)
        {
            foreach (var name in speaker.Aliases.Prepend(speaker.Name))
            {
                _deskNames.TryAdd(MatchKey(name), speaker);
            }
        }
        FindRuns(insideQuote);
        FindDescriptions(insideQuote);
        FindPronouns(insideQuote);
        _all.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    public IReadOnlyList<Mention> All => _all;

    public static bool IsAbbreviation(string token) => Abbreviations.Contains(token) || InitialsPattern().IsMatch(token);

    /// <summary>The fold used to match a name to a desk name or alias: NameKey, without "the", titles or a possessive.</summary>
    public static string MatchKey(string name)
    {
        var n = name.Trim();
        n = LeadingArticle().Replace(n, "");
        n = HonorificPattern().Replace(n, "");
        n = Possessive().Replace(n, "");
        return NameKey.Of(n);
    }

    public DeskSpeaker? MatchDesk(string name) => _deskNames.GetValueOrDefault(MatchKey(name));

    /// <summary>Mentions that start in [start, end).</summary>
    public IEnumerable<Mention> Within(int start, int end) => _all.Where(m => m.Start >= start && m.Start < end);

    public Speaker? Resolve(Mention mention)
    {
        if (_resolved.TryGetValue(mention, out var known))
        {
            return known;
        }
        _resolved[mention] = null; // guards against a cycle while resolving
        var speaker = mention.Kind switch
        {
            MentionKind.Pronoun => ResolvePronoun(mention),
            MentionKind.Description => ResolveDescription(mention),
            _ => ResolveName(mention),
        };
        _resolved[mention] = speaker;
        return speaker;
    }

    /// <summary>A body named in lower-case words ("Pakistan's foreign office"), matched to the desk when it can be.</summary>
    public Speaker BodyNamed(string phrase)
    {
        var clean = phrase.Trim().TrimEnd(',', '.');
        clean = LeadingArticle().Replace(clean, "");
        return MatchDesk(clean) is { } desk ? new Speaker(desk.Name, desk, desk.IsPerson, null) : new Speaker(clean, null, false, null);
    }

    private Speaker? ResolveName(Mention mention)
    {
        if (mention.Desk is { } desk)
        {
            return new Speaker(desk.Name, desk, desk.IsPerson, mention.Role ?? RoleOfEarlier(desk));
        }
        if (mention.Kind != MentionKind.Organisation && !mention.Text.Contains(' '))
        {
            // A surname alone: the earlier full name it shortens.
            var key = NameKey.Of(mention.Text);
            var earlier = _all.LastOrDefault(m => m.Start < mention.Start && m.Kind == MentionKind.Person && m.Text.Contains(' ')
                && NameKey.Of(m.Text.Split(' ')[^1]) == key);
            if (earlier is not null)
            {
                return Resolve(earlier);
            }
        }
        return new Speaker(mention.Text, null, mention.Kind != MentionKind.Organisation, mention.Role);
    }

    private string? RoleOfEarlier(DeskSpeaker desk) =>
        _all.FirstOrDefault(m => m.Desk == desk && m.Role is not null)?.Role;

    public bool IsPerson(Mention m) => m.Kind switch
    {
        MentionKind.Person => m.Desk is null || m.Desk.IsPerson,
        MentionKind.Unknown => m.Desk?.IsPerson ?? Resolve(m) is { Desk: null } s && s.Name.Contains(' '),
        _ => false,
    };

    private bool IsBody(Mention m) => m.Kind is MentionKind.Organisation || (m.Kind == MentionKind.Unknown && m.Desk is { IsPerson: false });

    private Speaker? ResolvePronoun(Mention pronoun)
    {
        var word = pronoun.Text.ToLowerInvariant();
        if (word == "they")
        {
            return null;
        }
        Func<Mention, bool> fits = word == "it" ? IsBody : IsPerson;
        return Antecedent(pronoun.Start, fits) is { } a ? Resolve(a) : null;
    }

    /// <summary>"his office" in "according to a statement from his office": whoever "he" is at that point.</summary>
    public Speaker? PronounAt(int position, string word) =>
        ResolvePronoun(new Mention(position, position + word.Length, MentionKind.Pronoun, word is "his" ? "he" : word is "her" ? "she" : word));

    private static readonly Dictionary<string, string[]> Countries = new(StringComparer.OrdinalIgnoreCase)
    {
        ["American"] = ["U.S.", "US ", "American", "United States"],
        ["U.S."] = ["U.S.", "US ", "American", "United States"],
        ["Pakistani"] = ["Pakistan"],
        ["Indian"] = ["India"],
        ["Afghan"] = ["Afghan"],
        ["British"] = ["British", "U.K.", "UK "],
        ["Qatari"] = ["Qatar"],
    };

    private Speaker? ResolveDescription(Mention description)
    {
        var head = description.Head!;
        var adjective = description.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(Countries.ContainsKey);
        if (adjective is not null)
        {
            // "the American leader": the nearest named person whose role places them in that country.
            var tokens = Countries[adjective];
            foreach (var earlier in _all.Where(m => m.Start < description.Start && m.Kind is MentionKind.Person or MentionKind.Unknown).Reverse())
            {
                var speaker = Resolve(earlier);
                if (speaker is null || !speaker.IsPerson)
                {
                    continue;
                }
                var roles = _all.Where(m => m.Start < description.Start && m.Role is not null && m.Kind is MentionKind.Person or MentionKind.Unknown
                    && Resolve(m)?.Key == speaker.Key).Select(m => m.Role!);
                if (roles.Any(r => tokens.Any(t => (r + " ").Contains(t, StringComparison.Ordinal))))
                {
                    return speaker;
                }
            }
        }
        var withRole = _all.LastOrDefault(m => m.Start < description.Start && IsPerson(m) && m.Kind != MentionKind.Pronoun
            && Resolve(m)?.Role is { } role && role.Contains(head, StringComparison.OrdinalIgnoreCase));
        if (withRole is not null)
        {
            return Resolve(withRole);
        }
        if (head.StartsWith("spokes", StringComparison.Ordinal))
        {
            // "A State Department spokesperson confirmed ... The spokesperson said": the body, when no one is named.
            var body = _all.LastOrDefault(m => m.Start < description.Start && m.Kind == MentionKind.Organisation
                && SpokesAfter().IsMatch(_text.AsSpan(m.End, Math.Min(16, _text.Length - m.End))));
            if (body is not null)
            {
                return Resolve(body);
            }
        }
        return Antecedent(description.Start, IsPerson) is { } a ? Resolve(a) : null;
    }

    /// <summary>
    /// The subject-most fitting mention before a position: earlier in the same sentence, else the first fitting
    /// mention of each earlier sentence, nearest first (news writing puts the speaker first).
    /// </summary>
    private Mention? Antecedent(int position, Func<Mention, bool> fits)
    {
        var sentence = SentenceIndex(position);
        var same = _all.FirstOrDefault(m => m.Start >= _sentenceStarts[sentence] && m.Start < position
            && m.Kind is not MentionKind.Pronoun and not MentionKind.Description && fits(m));
        if (same is not null)
        {
            return same;
        }
        for (var s = sentence - 1; s >= 0 && s >= sentence - 6; s--)
        {
            var end = _sentenceStarts[s + 1];
            var first = _all.FirstOrDefault(m => m.Start >= _sentenceStarts[s] && m.Start < end
                && m.Kind is not MentionKind.Description && (m.Kind != MentionKind.Pronoun || fits == IsPerson) && (m.Kind == MentionKind.Pronoun ? IsPronounOfKind(m, fits) : fits(m)));
            if (first is not null)
            {
                return first;
            }
        }
        return null;
    }

    private bool IsPronounOfKind(Mention pronoun, Func<Mention, bool> fits) =>
        pronoun.Text.ToLowerInvariant() is "he" or "she" && fits == IsPerson && Resolve(pronoun) is not null;

    private int SentenceIndex(int position)
    {
        var i = 0;
        while (i + 1 < _sentenceStarts.Count && _sentenceStarts[i + 1] <= position)
        {
            i++;
        }
        return i;
    }

    private void FindRuns(Func<int, bool> insideQuote)
    {
        var tokens = new List<(int Start, int End, string Text)>();
        foreach (Match t in TokenPattern().Matches(_text))
        {
            if (insideQuote(t.Index))
            {
                tokens.Add((-1, -1, ""));
                continue;
            }
            var value = t.Value;
            var end = t.Index + t.Length;
            if (value.EndsWith('.') && !IsAbbreviation(value))
            {
                value = value[..^1];
                end--;
            }
            tokens.Add((t.Index, end, value));
        }

        var i = 0;
        while (i < tokens.Count)
        {
            if (tokens[i].Start < 0 || !IsCapitalised(tokens[i].Text))
            {
                i++;
                continue;
            }
            var j = i + 1;
            while (j < tokens.Count && tokens[j].Start >= 0 && IsCapitalised(tokens[j].Text)
                && string.IsNullOrWhiteSpace(_text[tokens[j - 1].End..tokens[j].Start])
                && !_text[tokens[j - 1].End..tokens[j].Start].Contains('\n')
                && !Calendar.Contains(tokens[j].Text) && !tokens[j - 1].Text.EndsWith("’s", StringComparison.Ordinal)
                && !tokens[j - 1].Text.EndsWith("'s", StringComparison.Ordinal))
            {
                j++;
            }
            // A possessive ends a run but stays part of the role that follows: "Pakistan's Prime Minister Shehbaz Sharif".
            AddRun(tokens.GetRange(i, j - i));
            i = j;
        }
    }

    private void AddRun(List<(int Start, int End, string Text)> run)
    {
        while (run.Count > 0 && (CommonWords.Contains(run[0].Text) && run.Count > 1 || Calendar.Contains(run[0].Text)))
        {
            run.RemoveAt(0);
        }
        if (run.Count == 0 || (run.Count == 1 && (CommonWords.Contains(run[0].Text) || Calendar.Contains(run[0].Text))))
        {
            return;
        }
        var prefix = 0;
        while (prefix < run.Count && (Titles.Contains(run[prefix].Text) || Nationalities.Contains(run[prefix].Text)
            || (prefix < run.Count - 1 && (run[prefix].Text.EndsWith("’s", StringComparison.Ordinal) || run[prefix].Text.EndsWith("'s", StringComparison.Ordinal)))))
        {
            prefix++;
        }
        // "Finance Minister Hugo Brandt": everything up to the last title word is the role.
        for (var t = run.Count - 2; t >= prefix; t--)
        {
            if (Titles.Contains(run[t].Text))
            {
                prefix = t + 1;
                break;
            }
        }
        var start = run[0].Start;
        var end = run[^1].End;
        var whole = _text[start..end];
        var hasOrgWord = run.Any(t => OrgWords.Contains(t.Text));
        if (hasOrgWord || prefix == run.Count)
        {
            if (hasOrgWord)
            {
                _all.Add(new Mention(start, end, MentionKind.Organisation, whole) { Desk = MatchDesk(whole) });
            }
            return;
        }
        var nameStart = run[prefix].Start;
        var name = _text[nameStart..end];
        var titled = prefix > 0;
        var role = RoleBefore(nameStart);
        if (string.IsNullOrEmpty(role))
        {
            role = RoleAfter(end);
        }
        var desk = MatchDesk(name);
        var kind = desk is not null
            ? (desk.IsPerson ? MentionKind.Person : MentionKind.Organisation)
            : titled || role is not null || run.Count - prefix >= 2 ? MentionKind.Person : MentionKind.Unknown;
        _all.Add(new Mention(nameStart, end, kind, name) { Role = role is { Length: > 0 } ? CleanRole(role) : null, Desk = desk });
    }

    private static string CleanRole(string role) => HonorificPattern().Replace(role, "").Trim();

    /// <summary>Titles and role words written just before a name, back to the first word that is neither.</summary>
    private string? RoleBefore(int nameStart)
    {
        var words = new List<string>();
        var position = nameStart;
        while (true)
        {
            var m = WordBefore().Match(_text, 0, position);
            if (!m.Success)
            {
                break;
            }
            var word = m.Groups["w"].Value;
            var fits = RoleWords.Contains(word) || Titles.Contains(word) || Nationalities.Contains(word)
                || (char.IsUpper(word[0]) && !CommonWords.Contains(word) && !Calendar.Contains(word) && words.Count > 0)
                || word.EndsWith("’s", StringComparison.Ordinal) && words.Count > 0;
            if (!fits)
            {
                break;
            }
            words.Insert(0, word);
            position = m.Index;
        }
        var role = string.Join(' ', words).Trim();
        return role.Length == 0 || role is "Mr." or "Ms." or "Mrs." or "Dr." ? null : role;
    }

    /// <summary>An appositive after a name: "Alyssa Ayres, a former U.S. diplomat".</summary>
    private string? RoleAfter(int nameEnd)
    {
        var m = Appositive().Match(_text[nameEnd..Math.Min(_text.Length, nameEnd + 200)]);
        return m.Success ? m.Groups["role"].Value.Trim() : null;
    }

    private void FindDescriptions(Func<int, bool> insideQuote)
    {
        foreach (Match m in DescriptionPattern().Matches(_text))
        {
            if (insideQuote(m.Index))
            {
                continue;
            }
            // "the Pakistani Foreign Minister Shah Mehmood Qureshi" is a name with its role, not a description.
            var after = m.Index + m.Length;
            if (_all.Any(n => n.Start >= after && n.Start <= after + 1 && n.Kind == MentionKind.Person))
            {
                continue;
            }
            _all.Add(new Mention(m.Index, after, MentionKind.Description, m.Value) { Head = m.Groups["head"].Value.ToLowerInvariant() });
        }
    }

    private void FindPronouns(Func<int, bool> insideQuote)
    {
        foreach (Match m in PronounPattern().Matches(_text))
        {
            if (!insideQuote(m.Index))
            {
                _all.Add(new Mention(m.Index, m.Index + m.Length, MentionKind.Pronoun, m.Value));
            }
        }
    }

    private static bool IsCapitalised(string token) => token.Length > 0 && char.IsUpper(token[0]);

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[’'\-.][\p{L}\p{N}]+)*\.?")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"^(?:[A-Z]\.)+$")]
    private static partial Regex InitialsPattern();

    [GeneratedRegex(@"^(?:the|a|an)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingArticle();

    [GeneratedRegex(@"^(?:(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Gen|Prof)\.\s+)+")]
    private static partial Regex HonorificPattern();

    [GeneratedRegex(@"(?:’s|'s|’)(?=\s|$)")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"(?<w>[\p{L}\p{N}][\p{L}\p{N}’'\-.]*)\s+$", RegexOptions.RightToLeft)]
    private static partial Regex WordBefore();

    [GeneratedRegex(@"^,\s+(?:(?:a|an|the)\s+(?<role>[^,;\n]+?)|(?<role>(?:director|head|chairman|chairwoman|president|chief|spokes\w+|professor|founder|editor|leader|member|minister|secretary|senior|former)\b[^,;\n]*?))(?=,|;|\.\s+[A-Z“""]|\.\s*$|\.”|\n|$)")]
    private static partial Regex Appositive();

    [GeneratedRegex(@"\b[Tt]he\s+(?:(?:[A-Z][\p{L}.’'\-]*|former|foreign|prime|top|senior|special|deputy)\s+){0,3}(?<head>spokesman|spokeswoman|spokesperson|president|minister|leader|envoy|diplomat|official|secretary|ambassador|analyst|chairman|emir)\b")]
    private static partial Regex DescriptionPattern();

    [GeneratedRegex(@"^\s+spokes")]
    private static partial Regex SpokesAfter();

    [GeneratedRegex(@"\b(?:he|she|it|they|He|She|It|They)\b")]
    private static partial Regex PronounPattern();
}
