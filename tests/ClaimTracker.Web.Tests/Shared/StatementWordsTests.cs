using ClaimTracker.Application.Statements;
using ClaimTracker.Domain.Statements;
using ClaimTracker.Web.Components.Shared;
using ClaimTracker.Web.Tests.Support;

namespace ClaimTracker.Web.Tests.Shared;

/// <summary>Only a direct quote is shown inside quotation marks; a paraphrase or reported speech says what it is.</summary>
public sealed class StatementWordsTests : ComponentTest
{
    private const string Words = "India asked the US to mediate";

    [Theory]
    [InlineData(QuoteKind.DirectQuote, true, "“India asked the US to mediate”")]
    [InlineData(QuoteKind.Paraphrase, true, "Paraphrase: India asked the US to mediate")]
    [InlineData(QuoteKind.ReportedSpeech, true, "Reported speech: India asked the US to mediate")]
    [InlineData(QuoteKind.DirectQuote, false, "“India asked the US to mediate”")]
    [InlineData(QuoteKind.Paraphrase, false, "India asked the US to mediate")]
    [InlineData(QuoteKind.ReportedSpeech, false, "India asked the US to mediate")]
    public void Shows_the_words_by_kind(QuoteKind kind, bool showKind, string shown)
    {
        var cut = Render<StatementWords>(p => p.Add(x => x.Words, Words).Add(x => x.Kind, kind).Add(x => x.ShowKind, showKind));

        Assert.Equal(shown, Read.Text(cut.Find(".words")));
        Assert.Equal(kind.ToString(), cut.Find(".words").GetAttribute("data-kind"));
    }

    [Theory]
    [InlineData(QuoteKind.DirectQuote, "“India asked the US to mediate”")]
    [InlineData(QuoteKind.Paraphrase, "India asked the US to mediate (paraphrase)")]
    [InlineData(QuoteKind.ReportedSpeech, "India asked the US to mediate (reported speech)")]
    public void Plain_text_follows_the_same_rule(QuoteKind kind, string shown) =>
        Assert.Equal(shown, QuoteText.AsShown(Words, kind));

    [Fact]
    public void Words_that_look_like_markup_stay_text()
    {
        var cut = Render<StatementWords>(p => p.Add(x => x.Words, "<img src=x onerror=alert(1)>").Add(x => x.Kind, QuoteKind.Paraphrase));

        Assert.Empty(cut.FindAll("img"));
        Assert.Contains("<img src=x onerror=alert(1)>", cut.Find(".words").TextContent, StringComparison.Ordinal);
    }
}
