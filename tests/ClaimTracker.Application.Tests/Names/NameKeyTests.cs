using ClaimTracker.Application.Annotations;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Application.Topics;
using ClaimTracker.Domain.Annotations;
using ClaimTracker.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Tests.Names;

/// <summary>
/// Topics, tags and speaker names are one record per folded name, in every script: SQLite's lower() folds only ASCII,
/// which made a second "Ärger-Österreich" insert a duplicate and break the unique index (and the page).
/// </summary>
public sealed class NameKeyTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    /// <summary>Spellings that must be one name: German umlauts, Turkish dotted and dotless i, Greek final sigma and
    /// accents, Arabic presentation forms and tatweel, Devanagari nukta composed or not.</summary>
    public static TheoryData<string, string[]> SameName => new()
    {
        { "german", ["Ärger-Österreich", "ärger-österreich", "ÄRGER-ÖSTERREICH", "Arger\u2011Osterreich"] },
        { "turkish", ["İstanbul Sözleşmesi", "istanbul sözleşmesi", "ISTANBUL SÖZLEŞMESİ", "ıstanbul sozlesmesi"] },
        { "greek", ["Οδυσσεύς", "ΟΔΥΣΣΕΥΣ", "οδυσσευς", "οδυσσευσ"] },
        { "arabic", ["الهند", "\uFE8D\uFEDF\uFEEC\uFEE8\uFEAA", "الهـــند"] },
        { "devanagari", ["\u0958\u093E\u0928\u0942\u0928", "\u0915\u093C\u093E\u0928\u0942\u0928"] },
    };

    [Theory]
    [MemberData(nameof(SameName))]
    public async Task A_topic_entered_again_in_another_spelling_is_the_same_topic(string script, string[] spellings)
    {
        var ids = new List<int>();
        foreach (var spelling in spellings)
        {
            ids.Add(await db.CreateStatementAsync($"Words about {script} {spelling}", spelling));
        }

        var topics = (await db.SendAs(Roles.Viewer, new ListTopics())).Items.Where(t => NameKey.Same(t.Name, spellings[0])).ToList();
        var topic = Assert.Single(topics);
        Assert.Equal((spellings[0], spellings.Length), (topic.Name, topic.StatementCount));
        foreach (var id in ids)
        {
            Assert.Equal([spellings[0]], (await db.GetStatementAsync(id)).Topics);
        }
    }

    [Fact]
    public async Task The_same_topic_twice_in_one_statement_is_kept_once()
    {
        var id = await db.CreateStatementAsync("Twice in one list", "Ärger-Österreich", "ÄRGER-ÖSTERREICH", "Wien");

        Assert.Equal(["Wien", "Ärger-Österreich"], (await db.GetStatementAsync(id)).Topics.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Words_of_other_scripts_that_differ_only_in_their_marks_stay_apart()
    {
        // Devanagari vowel signs are letters: कुल (total) is not कल (tomorrow). Arabic with and without a letter differ too.
        await db.CreateStatementAsync("Two Hindi words", "कुल", "कल");

        var names = (await db.SendAs(Roles.Viewer, new ListTopics())).Items.Select(t => t.Name).ToList();
        Assert.Contains("कुल", names);
        Assert.Contains("कल", names);
    }

    [Fact]
    public async Task A_tag_typed_in_another_case_or_spelling_reuses_the_tag()
    {
        var id = await db.CreateStatementAsync("Zahlen über Zahlen, und noch mehr");

        var first = await db.SendAs(Roles.Analyst, new AnnotateQuote(id, 0, 6, AnnotationKind.Tag, null) { TagName = "Größe", TagColor = "#aabbcc" });
        var second = await db.SendAs(Roles.Analyst, new AnnotateQuote(id, 12, 18, AnnotationKind.Tag, null) { TagName = "GRÖSSE", TagColor = "#000000" });
        await db.SendAs(Roles.Analyst, new AnnotateQuote(id, 20, 23, AnnotationKind.Tag, null) { TagName = "Σεισμός", TagColor = "#000000" });
        var fourth = await db.SendAs(Roles.Analyst, new AnnotateQuote(id, 24, 28, AnnotationKind.Tag, null) { TagName = "ΣΕΙΣΜΟΣ", TagColor = "#000000" });

        Assert.Equal("Größe", (await db.AnnotationAsync(id, second)).TagName);
        Assert.Equal((await db.AnnotationAsync(id, first)).TagColor, (await db.AnnotationAsync(id, second)).TagColor);
        Assert.Equal("Σεισμός", (await db.AnnotationAsync(id, fourth)).TagName);
        Assert.Equal(2, await db.Query(d => d.AnnotationTags.CountAsync()));
    }

    [Theory]
    [InlineData("Recep Tayyip Erdoğan", "RECEP TAYYIP ERDOGAN")]
    [InlineData("Ολυμπία Σπυράκη", "ΟΛΥΜΠΙΑ ΣΠΥΡΑΚΗ")]
    [InlineData("İlber Ortaylı", "ilber ortayli")]
    [InlineData("محمد فيصل", "محمـد فيصل")]
    [InlineData("नरेन्द्र मोदी", "नरेन्द्र  मोदी")]
    public async Task A_second_speaker_of_the_same_name_is_refused_with_a_message_and_nothing_is_written(string name, string again)
    {
        await db.CreateSpeakerAsync(name);

        await db.RejectsAsInvalidAsync(new CreateSpeaker(SpeakerInputs.Valid(again)), "Speaker.Name", $"A speaker named “{name}” already exists");
    }

    [Fact]
    public async Task Renaming_a_speaker_to_another_speakers_name_is_refused_but_keeping_ones_own_name_is_not()
    {
        await db.CreateSpeakerAsync("Jürgen Großmann");
        var other = await db.CreateSpeakerAsync("Juergen Grossman");
        var version = (await db.SendAs(Roles.Viewer, new GetSpeaker(other))).Version;

        await db.RejectsAsInvalidAsync(new EditSpeaker(other, version, SpeakerInputs.Valid("JÜRGEN GROSSMANN")), "Speaker.Name", "already exists");
        await db.SendAs(Roles.Analyst, new EditSpeaker(other, version, SpeakerInputs.Valid("JUERGEN GROSSMAN")));

        Assert.Equal("JUERGEN GROSSMAN", (await db.SendAs(Roles.Viewer, new GetSpeaker(other))).Name);
    }

    [Theory]
    [InlineData("erdogan", "Recep Erdoğan (search)")]
    [InlineData("ΣΠΥΡΆΚΗ", "Olympia Spyraki (search)")]
    [InlineData("sözleşme", "Ayşe Sözleşme (search)")]
    public async Task Searching_speakers_folds_the_text_and_finds_names_and_aliases_in_any_case(string search, string expected)
    {
        var id = await db.SendAs(Roles.Analyst, new CreateSpeaker(SpeakerInputs.Valid(expected) with
        {
            Aliases = expected.StartsWith("Olympia", StringComparison.Ordinal) ? "Ολυμπία Σπυράκη; Σπυράκη" : null,
        }));

        var found = await db.SendAs(Roles.Viewer, new ListSpeakers { Search = search });

        Assert.Contains(found.Items, s => s.Id == id && s.Name == expected);
    }
}
