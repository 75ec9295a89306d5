using ClaimTracker.Application.Intake;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Statements;

namespace ClaimTracker.Application.Tests.Intake;

/// <summary>The extraction rules, one invented sentence or short passage per hard case.</summary>
public sealed class ExtractionRuleTests
{
    private static readonly DateOnly Published = new(2026, 3, 12); // a Thursday

    private static readonly DeskSpeaker[] Desk =
    [
        new(1, "Donald Trump", true, ["Trump", "Mr. Trump"]),
        new(2, "Ministry of External Affairs (India)", false, ["Indian foreign ministry", "MEA"]),
        new(3, "Raveesh Kumar", true, ["Kumar"]),
        new(4, "U.S. Department of State", false, ["State Department"]),
        new(5, "Görel Ärlig", true, []),
    ];

    public static TheoryData<string, string, string, QuoteKind> Cases => new()
    {
        // straight quotation marks, "X said"
        { "\"We will build the bridge by June,\" Mayor Ana Ruiz said.", "We will build the bridge by June", "Ana Ruiz", QuoteKind.DirectQuote },
        // curly quotation marks, "said X" with a role before the name
        { "“The harbour is closed to tankers,” said port authority chief Lena Vogt.", "The harbour is closed to tankers", "Lena Vogt", QuoteKind.DirectQuote },
        // nested quotation marks
        { "“He told me ‘never again,’ and I believed him,” said Omar Haddad, a former adviser.", "He told me ‘never again,’ and I believed him", "Omar Haddad", QuoteKind.DirectQuote },
        // a quote split by the attribution is one statement
        { "“The figures are wrong,” Priya Nair said, “and everyone in the ministry knows it.”", "The figures are wrong … and everyone in the ministry knows it", "Priya Nair", QuoteKind.DirectQuote },
        // told reporters
        { "Senator Carl Mebane told reporters: “This bill will not pass the Senate this year.”", "This bill will not pass the Senate this year", "Carl Mebane", QuoteKind.DirectQuote },
        // according to X
        { "According to Trump, “the talks are going very, very well.”", "the talks are going very, very well", "Donald Trump", QuoteKind.DirectQuote },
        // wrote on Truth Social, alias match
        { "Mr. Trump wrote on Truth Social that the tariffs “will bring back thousands of factories.”", "will bring back thousands of factories", "Donald Trump", QuoteKind.DirectQuote },
        // tweeted
        { "Opposition leader Mara Lind tweeted: “The minister has misled parliament twice.”", "The minister has misled parliament twice", "Mara Lind", QuoteKind.DirectQuote },
        // in a statement X said; appositive role before the name; desk alias by surname
        { "In a statement, Indian foreign ministry spokesman Raveesh Kumar said: “No request was ever made to anyone.”", "No request was ever made to anyone", "Raveesh Kumar", QuoteKind.DirectQuote },
        // a body's spokesman, unnamed
        { "A State Department spokesperson said that “the envoy will travel to the region next week.”", "the envoy will travel to the region next week", "U.S. Department of State", QuoteKind.DirectQuote },
        // reported speech without quotation marks
        { "Finance Minister Hugo Brandt said that the deficit had fallen for a third year.", "the deficit had fallen for a third year", "Hugo Brandt", QuoteKind.ReportedSpeech },
        // reported speech without "that"
        { "Trump said Pakistan had never lied to him.", "Pakistan had never lied to him", "Donald Trump", QuoteKind.ReportedSpeech },
        // a quoted fragment inside an attribution is a paraphrase
        { "Union leader Tomas Berg insisted the strike was “entirely legal” under the new rules.", "the strike was “entirely legal” under the new rules", "Tomas Berg", QuoteKind.Paraphrase },
        // a name folded the desk's way (case and accents)
        { "“The contract is signed,” GÖREL ARLIG said.", "The contract is signed", "Görel Ärlig", QuoteKind.DirectQuote },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_hard_case_yields_the_words_the_speaker_and_the_kind(string text, string words, string speaker, QuoteKind kind)
    {
        var candidates = ArticleExtractor.Extract(text, Published, Desk);

        var found = Assert.Single(candidates, c => c.Words.Contains(words, StringComparison.Ordinal));
        Assert.Equal(speaker, found.SpeakerName);
        Assert.Equal(kind, found.Kind);
        // The span points at the words in the text (for a split quote, from the first word to the last).
        Assert.StartsWith(words.Split(" … ")[0][..10], text[found.Start..found.End], StringComparison.Ordinal);
    }

    [Fact]
    public void Pronouns_and_descriptions_resolve_to_the_nearest_compatible_named_speaker()
    {
        var text = "Foreign Ministry spokesman Mohammad Rahimi met reporters on Monday.\n\n"
            + "“Our borders are secure,” he said. “Nobody crossed them.”\n\n"
            + "Later, Trump spoke to the press. “We are watching closely,” the president said.\n\n"
            + "“There will be no further statement,” the spokesman added.";

        var candidates = ArticleExtractor.Extract(text, Published, Desk);

        Assert.Equal("Mohammad Rahimi", Single(candidates, "Our borders are secure").SpeakerName);
        Assert.Equal("Mohammad Rahimi", Single(candidates, "Nobody crossed them").SpeakerName);
        Assert.Equal("Donald Trump", Single(candidates, "We are watching closely").SpeakerName);
        Assert.Equal("Mohammad Rahimi", Single(candidates, "There will be no further statement").SpeakerName);
        Assert.Equal("Foreign Ministry spokesman", Single(candidates, "Our borders are secure").Role);
        Assert.Equal("Foreign Ministry", Single(candidates, "Our borders are secure").OnBehalfOfName);
    }

    [Fact]
    public void A_quote_running_over_paragraphs_is_one_statement()
    {
        var text = "Analyst Jane Okafor said: “The first problem is the budget.\n\n“The second is that nobody has read it.”";

        var candidate = Assert.Single(ArticleExtractor.Extract(text, Published, Desk), c => c.Kind == QuoteKind.DirectQuote);

        Assert.Equal("Jane Okafor", candidate.SpeakerName);
        Assert.Contains("The first problem is the budget.", candidate.Words, StringComparison.Ordinal);
        Assert.Contains("nobody has read it", candidate.Words, StringComparison.Ordinal);
    }

    [Fact]
    public void A_speaker_unknown_to_the_desk_is_proposed_as_new_and_a_known_one_by_id()
    {
        var candidates = ArticleExtractor.Extract("“Prices will fall,” said Ines Moreau. “Prices will rise,” Trump said.", Published, Desk);

        var moreau = Single(candidates, "Prices will fall");
        Assert.True(moreau.IsNewSpeaker);
        Assert.Null(moreau.SpeakerId);
        Assert.Equal(1, Single(candidates, "Prices will rise").SpeakerId);
    }

    [Theory]
    [InlineData("“The vote is final,” Trump said on Monday.", "2026-03-09", DatePrecision.Approximate)]
    [InlineData("“The vote is final,” Trump said yesterday.", "2026-03-11", DatePrecision.Approximate)]
    [InlineData("Trump said last week that the vote was final.", "2026-03-05", DatePrecision.Approximate)]
    [InlineData("Trump said last month that the vote was final.", "2026-02-01", DatePrecision.Month)]
    [InlineData("“The vote is final,” Trump said on March 3.", "2026-03-03", DatePrecision.Day)]
    [InlineData("“The vote is final,” Trump said.", "2026-03-12", DatePrecision.Approximate)]
    public void The_date_comes_from_the_article_date_and_the_words_near_the_attribution(string text, string date, DatePrecision precision)
    {
        var candidate = Assert.Single(ArticleExtractor.Extract(text, Published, Desk));

        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), candidate.SaidOn);
        Assert.Equal(precision, candidate.SaidOnPrecision);
    }

    [Theory]
    [InlineData("He read his memoir “Never Give an Inch” twice.")]
    [InlineData("The so-called “peace plan” was never published.")]
    [InlineData("Nothing here is a quote, and nobody says anything.")]
    public void Titles_scare_quotes_and_plain_narrative_yield_nothing(string text) =>
        Assert.Empty(ArticleExtractor.Extract(text, Published, Desk));

    [Fact]
    public void An_article_of_two_thousand_words_is_read_at_once()
    {
        var paragraph = "“The plan is sound and the money is there,” said Finance Minister Hugo Brandt on Monday. "
            + "Brandt told reporters that the deficit had fallen for a third year, according to the ministry. ";
        var text = string.Join("\n\n", Enumerable.Repeat(paragraph, 70));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var candidates = ArticleExtractor.Extract(text, Published, Desk);

        // Not a timing test (those live in the benchmarks): a guard against a rule going quadratic.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"{watch.Elapsed}");
        Assert.Equal(140, candidates.Count);
    }

    private static Candidate Single(IReadOnlyList<Candidate> candidates, string words) =>
        Assert.Single(candidates, c => c.Words.Contains(words, StringComparison.Ordinal));
}
