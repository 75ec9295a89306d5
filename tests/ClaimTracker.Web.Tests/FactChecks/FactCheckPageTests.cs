using ClaimTracker.Application.Common;
using ClaimTracker.Application.Reviews;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Statements;
using ClaimTracker.Web.Components.Pages.FactChecks;
using ClaimTracker.Web.Tests.Support;

namespace ClaimTracker.Web.Tests.FactChecks;

public sealed class FactCheckPageTests : ComponentTest
{
    private static PublishedReview Review(int statementId = 1) => new()
    {
        StatementId = statementId,
        Quote = "I was with Prime Minister Modi two weeks ago and he asked me to be a mediator.",
        QuoteKind = QuoteKind.DirectQuote,
        SpeakerName = "Donald Trump",
        SpeakerRole = "President of the United States",
        SaidOn = new DateOnly(2019, 7, 22),
        SaidOnPrecision = DatePrecision.Day,
        Venue = "White House",
        SourceOutlet = "Reuters",
        SourceHeadline = "Trump offers to mediate on Kashmir",
        SourceUrl = "https://news.example.org/trump-kashmir",
        Rating = Rating.False,
        Rationale = "India's foreign ministry denied any such request the same night.",
        PublishedAtUtc = new DateTime(2019, 7, 24, 9, 30, 0, DateTimeKind.Utc),
        Evidence =
        [
            new PublishedEvidence
            {
                Title = "MEA denial",
                StatementQuote = "No such request has been made by PM to the US President.",
                StatementSpeaker = "Raveesh Kumar",
                Stance = EvidenceStance.Refutes,
            },
            new PublishedEvidence { Title = "Simla Agreement", Url = "https://treaties.example.org/simla", Stance = EvidenceStance.Context },
        ],
    };

    private IRenderedComponent<FactCheckPage> RenderFactCheck(PublishedReview review)
    {
        Dispatcher.On((GetPublishedReview _) => review);
        return Render<FactCheckPage>(p => p.Add(x => x.StatementId, review.StatementId));
    }

    [Fact]
    public void Asks_for_the_fact_check_of_the_statement_in_the_url()
    {
        RenderFactCheck(Review(7));

        Assert.Equal(new GetPublishedReview(7), Dispatcher.Last<GetPublishedReview>());
    }

    [Fact]
    public void Shows_who_said_what_when_and_where_it_was_reported()
    {
        var cut = RenderFactCheck(Review());

        Assert.Equal("Donald Trump, President of the United States", Read.Text(cut.Find(".who")));
        Assert.Equal("“I was with Prime Minister Modi two weeks ago and he asked me to be a mediator.”", Read.Text(cut.Find("blockquote")));
        Assert.Equal(
            "Direct quote · 22 Jul 2019 · White House · reported by Reuters, “Trump offers to mediate on Kashmir”",
            Read.Text(cut.Find("article > .meta")));
    }

    [Fact]
    public void Shows_the_rating_the_rationale_and_the_evidence()
    {
        var cut = RenderFactCheck(Review());

        Assert.Equal("Our rating: False", Read.Text(cut.Find("h2")));
        Assert.Equal("India's foreign ministry denied any such request the same night.", cut.Find(".rationale").TextContent);
        Assert.Equal(
            [
                "Refutes: MEA denial — Raveesh Kumar: “No such request has been made by PM to the US President.”",
                "Context: Simla Agreement · link",
            ],
            Read.Texts(cut.FindAll("[data-testid=fact-check-page] ul li")));
        Assert.Equal("https://treaties.example.org/simla", cut.Find("[data-testid=fact-check-page] ul li a").GetAttribute("href"));
        Assert.Contains("Published 24 Jul 2019", Read.Texts(cut.FindAll("p.meta")));
    }

    [Fact]
    public void Shows_the_corrections_with_the_new_rating_and_the_note()
    {
        var cut = RenderFactCheck(Review() with
        {
            Rating = Rating.Misleading,
            Corrections =
            [
                new PublishedCorrection { Rating = Rating.Misleading, AtUtc = new DateTime(2019, 8, 2, 14, 5, 0, DateTimeKind.Utc), Note = "The request was informal, the White House said later." },
            ],
        });

        Assert.Equal("Our rating: Misleading", Read.Text(cut.Find("h2")));
        Assert.Equal(
            ["2 Aug 2019: rating now Misleading. The request was informal, the White House said later."],
            Read.Texts(cut.FindAll("[data-testid=corrections] li")));
    }

    [Fact]
    public void A_fact_check_never_corrected_shows_no_corrections()
    {
        var cut = RenderFactCheck(Review());

        Assert.Empty(cut.FindAll("[data-testid=corrections]"));
    }

    [Fact]
    public void An_unknown_or_unpublished_fact_check_says_it_was_not_found_and_asks_for_the_not_found_page()
    {
        var notFound = 0;
        Navigation.OnNotFound += (_, _) => notFound++;
        Dispatcher.Throw<GetPublishedReview>(new NotFoundException("Fact-check", 99));

        var cut = Render<FactCheckPage>(p => p.Add(x => x.StatementId, 99));

        Assert.Equal(1, notFound);
        Assert.Equal("Fact-check 99 was not found.", Read.Text(cut.Find("[data-testid=errors]")));
        Assert.Empty(cut.FindAll("[data-testid=fact-check-page]"));
    }

    [Theory]
    [InlineData(QuoteKind.Paraphrase, "Paraphrase")]
    [InlineData(QuoteKind.ReportedSpeech, "Reported speech")]
    public void Words_that_are_not_a_direct_quote_are_not_put_in_quotation_marks(QuoteKind kind, string label)
    {
        var cut = RenderFactCheck(Review() with
        {
            Quote = "Modi asked him to mediate.",
            QuoteKind = kind,
            OnBehalfOfName = "Government of the United States",
            Evidence = [new PublishedEvidence { Title = "MEA", StatementQuote = "No request was made.", StatementQuoteKind = kind, StatementSpeaker = "Raveesh Kumar" }],
        });

        Assert.Equal("Modi asked him to mediate.", Read.Text(cut.Find("[data-testid=fact-check-quote]")));
        Assert.StartsWith(label, Read.Text(cut.Find(".meta")), StringComparison.Ordinal);
        Assert.Contains("speaking for Government of the United States", Read.Text(cut.Find(".who")), StringComparison.Ordinal);
        Assert.Contains($"Raveesh Kumar: {label}: No request was made.", Read.Text(cut.Find("article ul li")), StringComparison.Ordinal);
        Assert.DoesNotContain("“", cut.Find("article").TextContent.Split("reported by")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Text_from_the_desk_is_shown_as_text_even_when_it_looks_like_markup()
    {
        const string Script = "<script>alert(1)</script>";

        var cut = RenderFactCheck(Review() with
        {
            Quote = Script,
            Rationale = Script,
            Corrections = [new PublishedCorrection { Rating = Rating.False, AtUtc = DateTime.UnixEpoch, Note = Script }],
        });

        Assert.Equal(Script, cut.Find(".rationale").TextContent);
        Assert.Contains(Script, cut.Find("blockquote").TextContent);
        // The only script element is the ClaimReview data block, which a browser never runs.
        Assert.Empty(cut.FindAll("script:not([type='application/ld+json'])"));
        Assert.Single(cut.FindAll("script"));
    }
}

public sealed class FactCheckPageMarkupTests : ComponentTest
{
    [Fact]
    public void The_page_embeds_its_claimreview_as_a_json_ld_data_block_that_a_quote_cannot_escape()
    {
        var review = new PublishedReview
        {
            StatementId = 9,
            Quote = "Words with </script><script>alert(1)</script> inside",
            SpeakerName = "Ana Ruiz",
            SaidOn = new DateOnly(2020, 1, 2),
            SourceOutlet = "Outlet",
            SourceHeadline = "Headline",
            Rating = Rating.False,
            Rationale = "Reasons.",
        };
        Dispatcher.On((GetPublishedReview _) => review);

        var cut = Render<FactCheckPage>(p => p.Add(x => x.StatementId, 9));

        var block = Assert.Single(cut.FindAll("script[type='application/ld+json']"));
        Assert.Empty(cut.FindAll("script:not([type='application/ld+json'])"));
        var markup = System.Text.Json.Nodes.JsonNode.Parse(block.TextContent)!;
        Assert.Equal(review.Quote, markup["claimReviewed"]!.GetValue<string>());
        Assert.Equal("https://desk.test/fact-checks/9", markup["url"]!.GetValue<string>());
        Assert.Equal("Test Desk", markup["author"]!["name"]!.GetValue<string>());
    }
}
