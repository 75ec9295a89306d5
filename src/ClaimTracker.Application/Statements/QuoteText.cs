using ClaimTracker.Domain.Statements;

namespace ClaimTracker.Application.Statements;

/// <summary>
/// How a statement's words read as plain text (choices in a lookup, exports): only a direct quote sits inside
/// quotation marks; a paraphrase or reported speech says what it is. The UI's StatementWords component uses this too.
/// </summary>
public static class QuoteText
{
    /// <summary>The marks a direct quote sits between.</summary>
    public const string Open = "“";
    public const string Close = "”";

    public static string AsShown(string words, QuoteKind kind) => kind switch
    {
        QuoteKind.DirectQuote => Open + words + Close,
        QuoteKind.Paraphrase => $"{words} (paraphrase)",
        QuoteKind.ReportedSpeech => $"{words} (reported speech)",
        _ => words,
    };
}
