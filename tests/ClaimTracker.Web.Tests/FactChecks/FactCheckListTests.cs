using ClaimTracker.Application.Reviews;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Statements;
using ClaimTracker.Web.Components.Pages.FactChecks;
using ClaimTracker.Web.Tests.Support;
using static ClaimTracker.Web.Tests.Support.Samples;

namespace ClaimTracker.Web.Tests.FactChecks;

public sealed class FactCheckListTests : ComponentTest
{
    private static PublishedReviewSummary Item(int statementId) => new()
    {
        ReviewId = 100 + statementId,
        StatementId = statementId,
        Quote = "I was with Prime Minister Modi two weeks ago and he asked me to be a mediator.",
        QuoteKind = QuoteKind.DirectQuote,
        SpeakerName = "Donald Trump",
        SpeakerRole = "President of the United States",
        SaidOn = new DateOnly(2019, 7, 22),
        SaidOnPrecision = DatePrecision.Day,
        Rating = Rating.False,
        PublishedAtUtc = new DateTime(2019, 7, 24, 9, 30, 0, DateTimeKind.Utc),
    };

    [Fact]
    public void Lists_published_fact_checks_with_rating_quote_speaker_and_date()
    {
        Dispatcher.On((ListPublishedReviews _) => PageOf(
            Item(1),
            Item(2) with { Quote = "Pakistan has always wanted mediation.", SpeakerName = "Imran Khan", SpeakerRole = null, Rating = Rating.MostlyTrue, SaidOnPrecision = DatePrecision.Month }));

        var cut = Render<FactCheckList>();

        Assert.Equal(new ListPublishedReviews(), Dispatcher.Last<ListPublishedReviews>());
        var items = cut.FindAll("[data-testid=fact-check]");
        Assert.Equal(2, items.Count);
        Assert.Equal("False", Read.Text(items[0].QuerySelector("[data-testid=verdict]")!));
        Assert.Equal("“I was with Prime Minister Modi two weeks ago and he asked me to be a mediator.”", Read.Text(items[0].QuerySelector("a.quote")!));
        Assert.Equal("fact-checks/1", items[0].QuerySelector("a.quote")!.GetAttribute("href"));
        Assert.Equal("Donald Trump, President of the United States · 22 Jul 2019", Read.Text(items[0].QuerySelector(".meta")!));
        Assert.Equal("Mostly true", Read.Text(items[1].QuerySelector("[data-testid=verdict]")!));
        Assert.Equal("Imran Khan · Jul 2019", Read.Text(items[1].QuerySelector(".meta")!));
        Assert.Equal("fact-checks/2", items[1].QuerySelector("a.quote")!.GetAttribute("href"));
        Assert.Empty(cut.FindAll("[data-testid=no-fact-checks]"));
    }

    [Theory]
    [InlineData(QuoteKind.DirectQuote, "“Pakistan has always wanted mediation.”")]
    [InlineData(QuoteKind.Paraphrase, "Paraphrase: Pakistan has always wanted mediation.")]
    [InlineData(QuoteKind.ReportedSpeech, "Reported speech: Pakistan has always wanted mediation.")]
    public void Each_fact_check_shows_its_words_by_kind(QuoteKind kind, string shown)
    {
        Dispatcher.On((ListPublishedReviews _) => PageOf(Item(1) with { Quote = "Pakistan has always wanted mediation.", QuoteKind = kind }));

        var cut = Render<FactCheckList>();

        Assert.Equal(shown, Read.Text(cut.Find("[data-testid=fact-check] a.quote")));
    }

    [Fact]
    public void Nothing_published_says_so()
    {
        Dispatcher.On((ListPublishedReviews _) => PageOf<PublishedReviewSummary>());

        var cut = Render<FactCheckList>();

        Assert.Equal("Nothing has been published yet.", Read.Text(cut.Find("[data-testid=no-fact-checks]")));
        Assert.Empty(cut.FindAll("[data-testid=fact-check]"));
    }

    [Fact]
    public void Next_asks_for_older_fact_checks()
    {
        Dispatcher.On((ListPublishedReviews q) => q.After is null ? PageWithMore("cursor-1", Item(1)) : PageOf(Item(2)));
        var cut = Render<FactCheckList>();

        cut.Find("[data-testid=next-page]").Click();

        Assert.Equal("cursor-1", Dispatcher.Last<ListPublishedReviews>().After);
        Assert.Equal("fact-checks/2", Assert.Single(cut.FindAll("[data-testid=fact-check] a.quote")).GetAttribute("href"));
        Assert.True(cut.Find("[data-testid=next-page]").HasAttribute("disabled"));
    }

    [Fact]
    public void A_page_that_cannot_be_read_says_why()
    {
        const string Message = "The page cursor is not valid; start again from the first page.";
        Dispatcher.Throw<ListPublishedReviews>(Invalid(("After", Message)));

        var cut = Render<FactCheckList>();

        Assert.Equal(Message, Read.Text(cut.Find("[data-testid=errors]")));
        Assert.Empty(cut.FindAll("[data-testid=fact-check]"));
    }
}
