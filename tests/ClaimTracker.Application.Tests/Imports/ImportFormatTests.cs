using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Imports;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Imports;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Tests.Imports;

/// <summary>Every format through the one pipeline, with small hand-written fixtures, over the seeded desk.</summary>
public sealed class ImportFormatTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    // Hand-written LIAR-shaped rows (not from the data set): quotes are text, the third row is a duplicate, the
    // fourth is short of columns and the fifth has no words.
    private const string Liar =
        "9001.json\tfalse\tSays the \"moon\" is made of cheese, \"obviously\".\tspace,food-safety\tdonald-trump\tPresident-Elect\tNew York\trepublican\t1\t2\t0\t0\t0\ta rally in Ohio\n" +
        "9002.json\tpants-fire\tClaims every river in the state flows uphill.\tenvironment\tjane-q-sample\tState senator\tOhio\tdemocrat\t0\t0\t0\t0\t1\ta radio interview\n" +
        "9002.json\tpants-fire\tClaims every river in the state flows uphill.\tenvironment\tjane-q-sample\tState senator\tOhio\tdemocrat\t0\t0\t0\t0\t1\ta radio interview\n" +
        "9003.json\thalf-true\tA row that stops early\teconomy\n" +
        "9004.json\ttrue\t   \teconomy\tjane-q-sample\tState senator\tOhio\tdemocrat\t0\t0\t0\t0\t1\ta debate\n";

    [Fact]
    public async Task Liar_rows_land_on_the_existing_speaker_by_slug_and_bad_rows_are_reported_with_their_line()
    {
        var trump = await db.SpeakerIdAsync(Commands.SpeakerKey);
        // A speaker no other test in this class names, so this import is the one that creates her.
        var result = await db.ImportAsync(ImportFormat.Liar, ImportHarness.Write("liar-train.tsv", Liar.Replace("jane-q-sample", "lena-q-sample")));

        Assert.Equal(ImportStatus.Completed, result.Status);
        Assert.Equal("2 created, 0 updated, 0 unchanged, 3 rejected", result.Summary);
        var moon = await db.Query(d => d.Statements.Include(s => s.Topics).SingleAsync(s => s.Quote.Contains("moon") && s.ImportBatchId == result.BatchId));
        Assert.Equal("Says the \"moon\" is made of cheese, \"obviously\".", moon.Quote);
        Assert.Equal(trump, moon.SpeakerId);
        Assert.Equal(result.BatchId, moon.ImportBatchId);
        Assert.Equal("President-Elect", moon.SpeakerRole);
        Assert.Equal("a rally in Ohio", moon.Venue);
        Assert.Contains(moon.Topics, t => t.Name == "Food safety");
        var politifact = await db.Query(d => d.OutsideReviews.Include(o => o.Publisher).SingleAsync(o => o.StatementId == moon.Id));
        Assert.Equal(("PolitiFact", "false", ClaimTracker.Domain.Reviews.Rating.False, result.BatchId),
            (politifact.Publisher.Name, politifact.Label, politifact.Rating, politifact.ImportBatchId));

        var jane = await db.Query(d => d.Speakers.SingleAsync(s => s.Name == "Lena Q Sample"));
        Assert.Equal(result.BatchId, jane.ImportBatchId);
        Assert.Equal("Democrat", jane.Affiliation);

        var report = await db.SendAs(Roles.Viewer, new GetImport(result.BatchId));
        Assert.Collection(report.Rejections,
            r => { Assert.Equal(3, r.LineNumber); Assert.Contains("Duplicate", r.Reason); Assert.Contains("line 2", r.Reason); },
            r => { Assert.Equal(4, r.LineNumber); Assert.Contains("4 tab-separated columns instead of 14", r.Reason); },
            r => { Assert.Equal(5, r.LineNumber); Assert.Contains("Enter the words of the statement", r.Reason); });
    }

    [Fact]
    public async Task Reimporting_the_same_file_changes_nothing_and_a_changed_row_is_updated()
    {
        var file = Liar.Replace("900", "910");
        await db.ImportAsync(ImportFormat.Liar, ImportHarness.Write("again.tsv", file));
        var before = await db.RowCountsAsync();

        var again = await db.ImportAsync(ImportFormat.Liar, ImportHarness.Write("again.tsv", file));
        Assert.Equal("0 created, 0 updated, 2 unchanged, 3 rejected", again.Summary);
        var after = await db.RowCountsAsync();
        Assert.Equal(before["Statements"], after["Statements"]);
        Assert.Equal(before["Speakers"], after["Speakers"]);
        Assert.Equal(before["Topics"], after["Topics"]);

        var changed = await db.ImportAsync(ImportFormat.Liar, ImportHarness.Write("again.tsv", file.Replace("a radio interview", "a television interview")));
        Assert.Equal("0 created, 1 updated, 1 unchanged, 3 rejected", changed.Summary);
        Assert.Equal(1, await db.Query(d => d.Statements.CountAsync(s => s.Venue == "a television interview")));
    }

    [Fact]
    public async Task Csv_with_a_mapping_reads_quoted_commas_tabs_line_breaks_and_right_to_left_text()
    {
        const string csv =
            "Statement,Who,When,Topics,Link,Verdict,Fact-checker\r\n" +
            "\"He said, \"\"twice\"\", that\tthe bridge\nwas closed\",Donald Trump,2019-07-22,Transport;Bridges,https://news.example/bridge,Pinocchio-ish,Partner Desk\r\n" +
            "\"הגשר נסגר אתמול\",מר דוגמה,2020-03,תחבורה,https://news.example/he,False,Partner Desk\r\n" +
            "\"A row with a date that is not one\",Someone New,next tuesday,,,,\r\n" +
            "\"A future statement\",Someone New,2999-01-01,,,,\r\n";
        var map = new Dictionary<string, string>
        {
            ["quote"] = "Statement",
            ["speaker"] = "Who",
            ["date"] = "When",
            ["topics"] = "Topics",
            ["url"] = "Link",
            ["rating"] = "Verdict",
            ["publisher"] = "Fact-checker",
        };

        var result = await db.ImportAsync(ImportFormat.Csv, ImportHarness.Write("claims.csv", csv, bom: true), new ImportOptions { ColumnMap = map });

        Assert.Equal("2 created, 0 updated, 0 unchanged, 2 rejected", result.Summary);
        var bridge = await db.Query(d => d.Statements.Include(s => s.Speaker).Include(s => s.Source).SingleAsync(s => s.Quote.StartsWith("He said")));
        Assert.Equal("He said, \"twice\", that\tthe bridge\nwas closed", bridge.Quote);
        Assert.Equal("Donald Trump", bridge.Speaker.Name);
        Assert.Equal("https://news.example/bridge", bridge.Source.Url);
        var hebrew = await db.Query(d => d.Statements.Include(s => s.Speaker).SingleAsync(s => s.Quote == "הגשר נסגר אתמול"));
        Assert.Equal("מר דוגמה", hebrew.Speaker.Name);
        Assert.Equal(ClaimTracker.Domain.Common.DatePrecision.Month, hebrew.SaidOnPrecision);
        // A label the publisher's table does not know: stored as given, with no rating, and the report says so.
        var unmapped = await db.Query(d => d.OutsideReviews.Include(o => o.Publisher).SingleAsync(o => o.StatementId == bridge.Id));
        Assert.Equal(("Partner Desk", "Pinocchio-ish", null), (unmapped.Publisher.Name, unmapped.Label, unmapped.Rating));
        Assert.Contains("Label “Pinocchio-ish” has no mapping for publisher Partner Desk", result.Message);

        var report = await db.SendAs(Roles.Viewer, new GetImport(result.BatchId));
        Assert.Collection(report.Rejections,
            r => { Assert.Equal(5, r.LineNumber); Assert.Contains("is not a date", r.Reason); },
            r => { Assert.Equal(6, r.LineNumber); Assert.Contains("cannot be in the future", r.Reason); });
        // A speaker named only by rejected rows is not created.
        Assert.False(await db.Query(d => d.Speakers.AnyAsync(s => s.Name == "Someone New")));
    }

    [Fact]
    public async Task Tsv_without_a_mapping_is_read_by_its_header_names()
    {
        const string tsv = "quote\tspeaker\tdate\tvenue\nTaxes went up \"a lot\" last year\tDonald J. Trump\t2018-02-03\ta rally\n";
        var result = await db.ImportAsync(ImportFormat.Csv, ImportHarness.Write("claims.tsv", tsv));

        Assert.Equal("1 created, 0 updated, 0 unchanged, 0 rejected", result.Summary);
        var trump = await db.SpeakerIdAsync(Commands.SpeakerKey);
        Assert.Equal(trump, await db.Query(d => d.Statements.Where(s => s.Quote == "Taxes went up \"a lot\" last year").Select(s => s.SpeakerId).SingleAsync()));
    }

    [Fact]
    public async Task ClaimReview_data_feeds_and_html_pages_are_read()
    {
        const string feed = """
            { "@context": "https://schema.org", "@type": "DataFeed", "dataFeedElement": [
              { "@type": "DataFeedItem", "item": [
                { "@type": "ClaimReview", "url": "https://factcheck.example/reviews/1", "claimReviewed": "Wind farms stop the rain",
                  "datePublished": "2021-04-02",
                  "itemReviewed": { "@type": "Claim", "author": { "@type": "Person", "name": "Ada Example", "jobTitle": "Mayor" },
                    "datePublished": "2021-03-30", "appearance": { "@type": "CreativeWork", "url": "https://news.example/wind", "headline": "Mayor on wind" } },
                  "author": { "@type": "Organization", "name": "Example Checks", "url": "https://factcheck.example" },
                  "reviewRating": { "@type": "Rating", "ratingValue": 1, "bestRating": 5, "worstRating": 1, "alternateName": "Baseless" } } ] } ] }
            """;
        var result = await db.ImportAsync(ImportFormat.ClaimReview, ImportHarness.Write("feed.json", feed));
        Assert.Equal("1 created, 0 updated, 0 unchanged, 0 rejected", result.Summary);
        var wind = await db.Query(d => d.Statements.Include(s => s.Speaker).Include(s => s.Source).SingleAsync(s => s.Quote == "Wind farms stop the rain"));
        Assert.Equal("Ada Example", wind.Speaker.Name);
        Assert.Equal("Mayor", wind.SpeakerRole);
        Assert.Equal(new DateOnly(2021, 3, 30), wind.SaidOn);
        Assert.Equal("https://news.example/wind", wind.Source.Url);

        const string page = """
            <!doctype html><html><head><title>A check</title>
            <script type="application/ld+json">[{"@context":"https://schema.org","@type":"ClaimReview","url":"https://factcheck.example/reviews/2",
              "claimReviewed":"Bridges rust faster at night","datePublished":"2022-01-05",
              "itemReviewed":{"@type":"Claim","author":{"@type":"Person","name":"Ada Example"}},
              "author":{"@type":"Organization","name":"Example Checks"},
              "reviewRating":{"@type":"Rating","alternateName":"False"}}]</script></head><body><p>Text</p></body></html>
            """;
        var html = await db.ImportAsync(ImportFormat.ClaimReview, ImportHarness.Write("page.html", page));
        Assert.Equal("1 created, 0 updated, 0 unchanged, 0 rejected", html.Summary);
        var rust = await db.Query(d => d.Statements.SingleAsync(s => s.Quote == "Bridges rust faster at night"));
        Assert.Equal(ClaimTracker.Domain.Common.DatePrecision.Approximate, rust.SaidOnPrecision);
        Assert.Equal(wind.SpeakerId, rust.SpeakerId);
    }

    [Fact]
    public async Task A_claimants_type_and_sameAs_reach_the_speaker_the_import_creates_but_never_rewrite_a_known_one()
    {
        // An organisation with two sameAs links, the first not a web address; a person with one; a known speaker whose
        // markup says otherwise.
        const string reviews = """
            [{ "@type": "ClaimReview", "url": "https://factcheck.example/reviews/sa1", "claimReviewed": "Grain exports tripled in a month",
               "datePublished": "2022-02-02",
               "itemReviewed": { "@type": "Claim", "datePublished": "2022-02-01",
                 "author": { "@type": "Organization", "name": "Ministry of Ferncastle Grain",
                   "sameAs": ["javascript:alert(1)", { "@id": "https://ref.example/ferncastle-grain" }] } },
               "author": { "@type": "Organization", "name": "Example Checks" }, "reviewRating": { "@type": "Rating", "alternateName": "False" } },
             { "@type": "ClaimReview", "url": "https://factcheck.example/reviews/sa2", "claimReviewed": "Ferncastle has no potholes",
               "datePublished": "2022-02-03",
               "itemReviewed": { "@type": "Claim", "datePublished": "2022-02-01",
                 "author": { "@type": "Person", "name": "Ivo Ferncastle", "sameAs": "https://ref.example/ivo-ferncastle" } },
               "author": { "@type": "Organization", "name": "Example Checks" }, "reviewRating": { "@type": "Rating", "alternateName": "False" } },
             { "@type": "ClaimReview", "url": "https://factcheck.example/reviews/sa3", "claimReviewed": "Ferncastle grain feeds the world",
               "datePublished": "2022-02-04",
               "itemReviewed": { "@type": "Claim", "datePublished": "2022-02-01",
                 "author": { "@type": "Organization", "name": "Donald Trump", "sameAs": "https://ref.example/not-him" } },
               "author": { "@type": "Organization", "name": "Example Checks" }, "reviewRating": { "@type": "Rating", "alternateName": "False" } }]
            """;
        var known = await db.Query(d => d.Speakers.AsNoTracking().SingleAsync(s => s.Name == "Donald Trump"));

        var result = await db.ImportAsync(ImportFormat.ClaimReview, ImportHarness.Write("claimants.json", reviews));

        Assert.Equal("3 created, 0 updated, 0 unchanged, 0 rejected", result.Summary);
        var ministry = await db.Query(d => d.Speakers.AsNoTracking().SingleAsync(s => s.Name == "Ministry of Ferncastle Grain"));
        Assert.Equal(ClaimTracker.Domain.Speakers.SpeakerKind.Organisation, ministry.Kind);
        Assert.Equal("https://ref.example/ferncastle-grain", ministry.ReferenceUrl);
        var person = await db.Query(d => d.Speakers.AsNoTracking().SingleAsync(s => s.Name == "Ivo Ferncastle"));
        Assert.Equal(ClaimTracker.Domain.Speakers.SpeakerKind.Person, person.Kind);
        Assert.Equal("https://ref.example/ivo-ferncastle", person.ReferenceUrl);
        var after = await db.Query(d => d.Speakers.AsNoTracking().SingleAsync(s => s.Id == known.Id));
        Assert.Equal((known.Kind, known.ReferenceUrl), (after.Kind, after.ReferenceUrl));
        Assert.Equal(known.Id, await db.Query(d => d.Statements.Where(s => s.Quote == "Ferncastle grain feeds the world").Select(s => s.SpeakerId).SingleAsync()));
    }

    [Fact]
    public async Task FactCheck_api_pages_in_any_language_are_read()
    {
        const string pages = """
            {"claims":[{"text":"La luna es de queso","claimant":"Ada Example","claimDate":"2023-05-01T00:00:00Z",
              "claimReview":[{"publisher":{"name":"Verificado Ejemplo","site":"verificado.example"},"url":"https://verificado.example/luna",
                "title":"No, la luna no es de queso","reviewDate":"2023-05-03T00:00:00Z","textualRating":"Falso","languageCode":"es"}]}],
             "nextPageToken":"abc"}
            {"claims":[{"text":"القمر مصنوع من الجبن","claimant":"مثال","claimReview":[{"publisher":{"name":"Example Checks"},
              "url":"https://factcheck.example/ar/1","reviewDate":"2023-06-01","textualRating":"خطأ","languageCode":"ar"}]},
              {"text":"A claim nobody made","claimReview":[{"publisher":{"name":"Example Checks"},"url":"https://factcheck.example/x","reviewDate":"2023-06-02","textualRating":"False"}]}]}
            """;
        var result = await db.ImportAsync(ImportFormat.FactCheckApi, ImportHarness.Write("search.json", pages));

        Assert.Equal("2 created, 0 updated, 0 unchanged, 1 rejected", result.Summary);
        var arabic = await db.Query(d => d.Statements.Include(s => s.Speaker).SingleAsync(s => s.Quote == "القمر مصنوع من الجبن"));
        Assert.Equal("مثال", arabic.Speaker.Name);
        Assert.Equal(new DateOnly(2023, 6, 1), arabic.SaidOn);
        var report = await db.SendAs(Roles.Viewer, new GetImport(result.BatchId));
        Assert.Contains("speaker", Assert.Single(report.Rejections).Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_import_is_one_audit_entry_not_one_per_row()
    {
        var before = await db.Query(d => d.AuditEntries.CountAsync());
        var result = await db.ImportAsync(ImportFormat.Liar, ImportHarness.Write("audit.tsv", Liar.Replace("900", "920")));
        Assert.Equal(2, result.Created);
        var entries = await db.Query(d => d.AuditEntries.OrderBy(a => a.Id).Skip(before).ToListAsync());
        var entry = Assert.Single(entries);
        Assert.Equal("imported files", entry.Request);
        Assert.Equal("ImportBatch", entry.Entity);
    }
}
