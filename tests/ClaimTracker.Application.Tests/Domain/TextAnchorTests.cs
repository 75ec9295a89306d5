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
}
