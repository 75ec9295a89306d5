using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Sources;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Statements;

namespace ClaimTracker.Application.Tests.Support;

/// <summary>Creates fresh records through the use cases (as an analyst), for tests that change or link them.</summary>
public static class Commands
{
    public const string SpeakerKey = "donald-trump";
    public const string SourceKey = "fp-2019-07-22-trump-about-face-pakistan";

    public static async Task<StatementInput> ValidStatementAsync(this TestDatabase db, string quote = "The quick brown fox spoke today", params string[] topics) =>
        StatementInputs.Valid(await db.SpeakerIdAsync(SpeakerKey), await db.SourceIdAsync(SourceKey), quote, topics);

    public static async Task<int> CreateStatementAsync(this TestDatabase db, string quote = "The quick brown fox spoke today", params string[] topics) =>
        await db.SendAs(Roles.Analyst, new CreateStatement(await db.ValidStatementAsync(quote, topics)));

    public static Task<int> CreateSpeakerAsync(this TestDatabase db, string? name = null) =>
        db.SendAs(Roles.Analyst, new CreateSpeaker(SpeakerInputs.Valid(name)));

    public static Task<int> CreateSourceAsync(this TestDatabase db, string headline = "Test headline about a claim") =>
        db.SendAs(Roles.Analyst, new CreateSource(SourceInputs.Valid(headline)));

    /// <summary>Rewrites a statement's quote (everything else as <see cref="ValidStatementAsync"/> makes it).</summary>
    public static async Task EditQuoteAsync(this TestDatabase db, int id, string quote) =>
        await db.SendAs(Roles.Analyst, new EditStatement(id, (await db.GetStatementAsync(id)).Version, await db.ValidStatementAsync(quote)));

    public static Task<StatementDetails> GetStatementAsync(this TestDatabase db, int id) =>
        db.SendAs(Roles.Viewer, new GetStatement(id));
}
