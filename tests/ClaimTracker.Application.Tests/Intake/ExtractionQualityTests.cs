using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ClaimTracker.Application.Intake;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Statements;
using Xunit.Abstractions;

namespace ClaimTracker.Application.Tests.Intake;

/// <summary>
/// Measures the extractor against gold.json (written by reading the five seed articles: speaker, a short fragment of
/// the words, kind). The articles are not in the repository: they are read from ../shared/seeds/ beside the
/// checkout when present, and the test says so in its output when they are not.
/// </summary>
public sealed partial class ExtractionQualityTests(ITestOutputHelper output)
{
    // Floors the extractor reaches today (see README "Article intake"); a change that falls below them fails.
    private const double DirectPrecisionFloor = 0.95;
    private const double DirectRecallFloor = 0.95;
    private const double ReportedPrecisionFloor = 0.8;
    private const double ReportedRecallFloor = 0.75;

    [Fact]
    public void Direct_quotes_and_reported_speech_meet_the_measured_floors_on_the_seed_articles()
    {
        var folder = ArticleFolder();
        if (folder is null)
        {
            output.WriteLine("Seed articles not found (looked for ../shared/seeds/ beside the repository): quality NOT measured.");
            return;
        }
        output.WriteLine($"Seed articles read from {folder}");
        var gold = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoRoot.Path, "tests", "ClaimTracker.Application.Tests", "Intake", "gold.json")))!.AsObject();
        var published = SeedFiles.Read("sources.json").ToDictionary(s => s!["seedFile"]!.GetValue<string>(),
            s => DateOnly.ParseExact(s!["published"]!.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture));
        var desk = Seed.Speakers.Select((s, i) => new DeskSpeaker(i + 1, s.Name, s.Kind == "Person", s.Aliases)).ToList();

        var direct = new Tally();
        var reported = new Tally();
        foreach (var (file, entries) in gold.OrderBy(g => g.Key))
        {
            var text = ArticleText.FromPlainText(File.ReadAllText(Path.Combine(folder, file)));
            var candidates = ArticleExtractor.Extract(text, published.GetValueOrDefault(file), desk);
            var expected = entries!.AsArray().Select(e => (Speaker: e!["speaker"]!.GetValue<string>(), Words: e["words"]!.GetValue<string>(),
                Direct: e["kind"]!.GetValue<string>() == nameof(QuoteKind.DirectQuote))).ToList();
            var d = Score(file, "direct", candidates.Where(c => c.Kind == QuoteKind.DirectQuote).ToList(), expected.Where(e => e.Direct).ToList());
            var r = Score(file, "reported", candidates.Where(c => c.Kind != QuoteKind.DirectQuote).ToList(), expected.Where(e => !e.Direct).ToList());
            direct.Add(d);
            reported.Add(r);
            output.WriteLine($"{file}: direct P={d.Precision:0.00} R={d.Recall:0.00} ({d.Right}/{d.Proposed} proposed, {d.Found}/{d.Expected} found); reported P={r.Precision:0.00} R={r.Recall:0.00} ({r.Right}/{r.Proposed}, {r.Found}/{r.Expected})");
        }
        output.WriteLine($"OVERALL direct quotes with the right speaker: precision {direct.Precision:0.00}, recall {direct.Recall:0.00} ({direct.Right}/{direct.Proposed}, {direct.Found}/{direct.Expected})");
        output.WriteLine($"OVERALL reported speech and paraphrase: precision {reported.Precision:0.00}, recall {reported.Recall:0.00} ({reported.Right}/{reported.Proposed}, {reported.Found}/{reported.Expected})");

        Assert.True(direct.Precision >= DirectPrecisionFloor, $"direct precision {direct.Precision:0.00}");
        Assert.True(direct.Recall >= DirectRecallFloor, $"direct recall {direct.Recall:0.00}");
        Assert.True(reported.Precision >= ReportedPrecisionFloor, $"reported precision {reported.Precision:0.00}");
        Assert.True(reported.Recall >= ReportedRecallFloor, $"reported recall {reported.Recall:0.00}");
    }

    private Tally Score(string file, string label, List<Candidate> proposed, List<(string Speaker, string Words, bool Direct)> expected)
    {
        bool Matches(Candidate c, (string Speaker, string Words, bool Direct) e) =>
            NameKey.Same(c.SpeakerName, e.Speaker) && Fold(c.Words).Contains(Fold(e.Words), StringComparison.Ordinal);
        var tally = new Tally { Proposed = proposed.Count, Expected = expected.Count };
        foreach (var c in proposed)
        {
            if (expected.Any(e => Matches(c, e)))
            {
                tally.Right++;
            }
            else
            {
                output.WriteLine($"  {file} {label} extra: [{c.SpeakerName}] {Short(c.Words)}");
            }
        }
        foreach (var e in expected)
        {
            if (proposed.Any(c => Matches(c, e)))
            {
                tally.Found++;
            }
            else
            {
                output.WriteLine($"  {file} {label} missed: [{e.Speaker}] {e.Words}");
            }
        }
        return tally;
    }

    private static string Short(string words) => words.Length <= 70 ? words : words[..70] + "…";

    private static string Fold(string words) =>
        Spaces().Replace(words.Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"'), " ").ToLowerInvariant();

    /// <summary>../shared/seeds/ beside the checkout (also one level further up, for a worktree under wt/).</summary>
    private static string? ArticleFolder()
    {
        foreach (var relative in new[] { Path.Combine("..", "shared", "seeds"), Path.Combine("..", "..", "shared", "seeds") })
        {
            var folder = Path.GetFullPath(Path.Combine(RepoRoot.Path, relative));
            if (Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.txt").Any())
            {
                return folder;
            }
        }
        return null;
    }

    private sealed class Tally
    {
        public int Proposed { get; set; }
        public int Right { get; set; }
        public int Expected { get; set; }
        public int Found { get; set; }
        public double Precision => Proposed == 0 ? 1 : (double)Right / Proposed;
        public double Recall => Expected == 0 ? 1 : (double)Found / Expected;

        public void Add(Tally t)
        {
            Proposed += t.Proposed;
            Right += t.Right;
            Expected += t.Expected;
            Found += t.Found;
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
