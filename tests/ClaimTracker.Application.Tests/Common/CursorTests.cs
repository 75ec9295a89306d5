using ClaimTracker.Application.Common;

namespace ClaimTracker.Application.Tests.Common;

/// <summary>The keyset cursor format itself; each list's tests check that it refuses cursors it did not issue.</summary>
public sealed class CursorTests
{
    [Theory]
    [InlineData("Alpha | Omega")]
    [InlineData("|")]
    [InlineData("a||b|")]
    public void A_name_containing_the_separator_survives_the_round_trip(string name)
    {
        var cursor = Cursor.Encode(name, 42);

        var parts = Cursor.Decode(cursor, 2);
        Assert.NotNull(parts);
        Assert.Equal([name, "42"], parts);
        Assert.True(Cursor.IsValid(cursor, Cursor.IsText, Cursor.IsId));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void No_cursor_means_the_first_page(string? cursor) =>
        Assert.True(Cursor.IsValid(cursor, Cursor.IsDay, Cursor.IsId));

    [Theory]
    [InlineData("%%%")]
    [InlineData("MjAxOS0wNy0yMg")]
    public void A_cursor_we_did_not_issue_is_not_valid(string cursor) =>
        Assert.False(Cursor.IsValid(cursor, Cursor.IsDay, Cursor.IsId));
}
