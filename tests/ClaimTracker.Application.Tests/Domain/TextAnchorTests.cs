using ClaimTracker.Domain.Annotations;

namespace ClaimTracker.Application.Tests.Domain;

public sealed class TextAnchorTests
{
    [Fact]
    public void Describe_takes_the_exact_words_and_the_text_either_side()
    {
        var (exact, prefix, suffix) = TextAnchor.Describe("Nobody ever asked me to mediate", new TextSpan(12, 20));

        Assert.Equal(("asked me", "Nobody ever ", " to mediate"), (exact, prefix, suffix));
    }

    [Fact]
    public void Describe_keeps_at_most_the_context_length_either_side_and_stops_at_the_ends()
    {
        var text = new string('a', 50) + "WORD" + new string('z', 50);

        var (exact, prefix, suffix) = TextAnchor.Describe(text, new TextSpan(50, 54));
        var (_, startPrefix, _) = TextAnchor.Describe(text, new TextSpan(0, 3));
        var (_, _, endSuffix) = TextAnchor.Describe(text, new TextSpan(text.Length - 3, text.Length));

        Assert.Equal("WORD", exact);
        Assert.Equal(new string('a', Annotation.ContextLength), prefix);
        Assert.Equal(new string('z', Annotation.ContextLength), suffix);
        Assert.Equal(("", ""), (startPrefix, endSuffix));
    }

    [Fact]
    public void Locate_finds_unchanged_text_at_its_recorded_offsets()
    {
        const string Text = "We will not pay and we will not talk";

        Assert.Equal(new TextSpan(20, 31), TextAnchor.Locate(Text, "we will not", "We will not pay and ", " talk", 20));
    }

    [Fact]
    public void Locate_follows_words_that_moved()
    {
        var (exact, prefix, suffix) = TextAnchor.Describe("Talks failed because they refused", new TextSpan(21, 33));

        var span = TextAnchor.Locate("Last year, after months of effort, talks failed because they refused", exact, prefix, suffix, 21);

        Assert.Equal(new TextSpan(56, 68), span);
    }

    [Fact]
    public void Of_repeated_words_the_occurrence_with_matching_surroundings_wins_over_the_nearest()
    {
        const string Text = "no to trade, no to talks, no to visits";

        // The old offset (1) is stale and nearest the first "no"; the surroundings point at the third.
        var span = TextAnchor.Locate(Text, "no", "to talks, ", " to visits", 1);

        Assert.Equal(new TextSpan(26, 28), span);
    }

    [Fact]
    public void Of_repeated_words_matching_only_what_follows_is_enough()
    {
        const string Text = "no to trade, no to talks, no to visits";

        Assert.Equal(new TextSpan(13, 15), TextAnchor.Locate(Text, "no", null, " to talks", null));
    }

    [Fact]
    public void Among_equally_good_matches_the_one_nearest_the_old_offset_wins()
    {
        const string Text = "yes and no, yes and no, yes and no";

        Assert.Equal(new TextSpan(20, 22), TextAnchor.Locate(Text, "no", "", "", 19));
    }

    [Fact]
    public void Words_no_longer_in_the_text_are_not_located()
    {
        Assert.Null(TextAnchor.Locate("The dam will be ready soon", "finished in May", "The dam will be ", "", 16));
        Assert.Null(TextAnchor.Locate("Any text", "", null, null, 0));
    }

    [Fact]
    public void An_offset_past_the_end_of_shortened_text_falls_back_to_searching()
    {
        Assert.Equal(new TextSpan(0, 5), TextAnchor.Locate("talks", "talks", "Peace ", "", 6));
    }

    // The case from the outside review: a quote of "ab" repeated, every pair highlighted, then shifted by one letter.
    private static readonly string Repeated = string.Concat(Enumerable.Repeat("ab", 2000));
    private static readonly string Shifted = "b" + string.Concat(Enumerable.Repeat("ab", 1999)) + "a";

    [Fact]
    public void In_a_shifted_repeating_quote_every_note_lands_on_its_words_next_to_its_old_place()
    {
        foreach (var old in new[] { 0, 2, 40, 1000, 2000, 3998 })
        {
            var (exact, prefix, suffix) = TextAnchor.Describe(Repeated, new TextSpan(old, old + 2));

            var span = TextAnchor.Locate(Shifted, exact, prefix, suffix, old);

            Assert.NotNull(span);
            Assert.Equal("ab", Shifted[span.Value.Start..span.Value.End]);
            Assert.InRange(span.Value.Start, old - 1, old + 1);
        }
    }

    [Fact]
    public void Overlapping_occurrences_are_all_candidates()
    {
        // "aa" occurs at 0, 1 and 2 of "aaaa"; the surroundings recorded point at the last one.
        Assert.Equal(new TextSpan(2, 4), TextAnchor.Locate("aaaa", "aa", "aa", "", null));
        Assert.Equal(new TextSpan(1, 3), TextAnchor.Locate("aaaa", "aa", "", "", 1));
    }

    [Fact]
    public void Words_longer_than_the_quote_are_not_located()
    {
        Assert.Null(TextAnchor.Locate("ab", "abc", "", "", 0));
    }

    [Fact]
    public void Beyond_the_candidate_cap_the_occurrences_nearest_the_old_offset_are_scored()
    {
        // 1,500 occurrences of "xy"; only the last has the recorded "END" after it. From a stale offset at the far
        // start it is outside the window of candidates, so the nearest occurrence wins; from near the end it is found.
        var text = string.Concat(Enumerable.Repeat("xy", 1500)) + "END";

        Assert.True(1500 > TextAnchor.MaxCandidates);
        Assert.Equal(new TextSpan(10, 12), TextAnchor.Locate(text, "xy", "q", "END", 11));
        Assert.Equal(new TextSpan(2998, 3000), TextAnchor.Locate(text, "xy", "q", "END", 2501));
    }

    [Fact]
    public void Locating_two_hundred_notes_in_the_shifted_quote_takes_linear_time()
    {
        var notes = Enumerable.Range(0, 200).Select(i => TextAnchor.Describe(Repeated, new TextSpan(i * 20, i * 20 + 2))).ToList();
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var spans = notes.Select((n, i) => TextAnchor.Locate(Shifted, n.Exact, n.Prefix, n.Suffix, i * 20)).ToList();

        Assert.All(spans, s => Assert.NotNull(s));
        Assert.Equal(200, spans.Select(s => s!.Value.Start).Distinct().Count());
        // About 50 ms on the shared build machine; the quadratic version took over a second. Generous on purpose.
        Assert.True(watch.ElapsedMilliseconds < 800, $"took {watch.ElapsedMilliseconds} ms");
    }
}
