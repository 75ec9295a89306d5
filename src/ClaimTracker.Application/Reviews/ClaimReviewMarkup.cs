using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimTracker.Application.Publishers;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Reviews;

namespace ClaimTracker.Application.Reviews;

/// <summary>
/// Our published fact-check as a schema.org ClaimReview (JSON-LD), the fields Google's ClaimReview markup documents,
/// built only from the published snapshot (docs/adr/0007) so the markup says what the public page says. The one
/// builder behind the fact-check page's ld+json block and the /api/claimreviews feed.
/// </summary>
public static class ClaimReviewMarkup
{
    /// <summary>Our scale as numbers: 5 True down to 1 False. Unverified and Misleading are off that line, so they get no number, only their name.</summary>
    public const int BestRating = 5;
    public const int WorstRating = 1;

    public static int? RatingValue(Rating rating) => rating switch
    {
        Rating.True => 5,
        Rating.MostlyTrue => 4,
        Rating.HalfTrue => 3,
        Rating.MostlyFalse => 2,
        Rating.False => 1,
        _ => null,
    };

    public static string RatingName(Rating rating) => rating switch
    {
        Rating.True => "True",
        Rating.MostlyTrue => "Mostly true",
        Rating.HalfTrue => "Half true",
        Rating.MostlyFalse => "Mostly false",
        Rating.False => "False",
        Rating.Unverified => "Unverified",
        Rating.Misleading => "Misleading",
        _ => rating.ToString(),
    };

    /// <summary>The canonical public address of a fact-check.</summary>
    public static Uri PageUrl(Uri publicBase, int statementId) => new(publicBase, $"fact-checks/{statementId}");

    /// <summary>A date as precise as the desk knows it: a year, a year and month, or a day (ISO 8601).</summary>
    public static string Date(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Day => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        // "About then": the year is the most that is certain.
        _ => date.ToString("yyyy", CultureInfo.InvariantCulture),
    };

    public static JsonObject For(PublishedReview review, DeskOrganisation organisation, Uri publicBase)
    {
        var claimAuthor = new JsonObject
        {
            ["@type"] = review.SpeakerIsPerson ? "Person" : "Organization",
            ["name"] = review.SpeakerName,
        };
        if (review.SpeakerRole is { } role && review.SpeakerIsPerson)
        {
            claimAuthor["jobTitle"] = role;
        }
        // From the snapshot like the name and role: a reference page added later reaches the markup with a correction.
        if (review.SpeakerReferenceUrl is { } sameAs)
        {
            claimAuthor["sameAs"] = sameAs;
        }
        var claim = new JsonObject
        {
            ["@type"] = "Claim",
            ["author"] = claimAuthor,
            ["datePublished"] = Date(review.SaidOn, review.SaidOnPrecision),
        };
        var appearance = new JsonObject
        {
            ["@type"] = "CreativeWork",
            ["headline"] = review.SourceHeadline,
            ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = review.SourceOutlet },
        };
        if (review.SourceUrl is { } sourceUrl)
        {
            appearance["url"] = sourceUrl;
        }
        claim["appearance"] = appearance;
        claim["firstAppearance"] = appearance.DeepClone();

        var rating = new JsonObject
        {
            ["@type"] = "Rating",
            ["alternateName"] = RatingName(review.Rating),
            ["ratingExplanation"] = review.Rationale,
        };
        if (RatingValue(review.Rating) is { } value)
        {
            rating["ratingValue"] = value;
            rating["bestRating"] = BestRating;
            rating["worstRating"] = WorstRating;
        }

        var markup = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "ClaimReview",
            ["url"] = PageUrl(publicBase, review.StatementId).AbsoluteUri,
            ["claimReviewed"] = review.Quote,
            ["itemReviewed"] = claim,
            ["reviewRating"] = rating,
            ["author"] = Organisation(organisation, publicBase),
        };
        if (review.PublishedAtUtc is { } published)
        {
            markup["datePublished"] = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        if (review.CorrectedAtUtc is { } corrected)
        {
            markup["dateModified"] = corrected.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        }
        return markup;
    }

    /// <summary>Our desk as a schema.org Organization: its configured name and site, else the app's public address.</summary>
    public static JsonObject Organisation(DeskOrganisation organisation, Uri publicBase) => new()
    {
        ["@type"] = "Organization",
        ["name"] = organisation.DisplayName,
        ["url"] = string.IsNullOrWhiteSpace(organisation.Url) ? publicBase.AbsoluteUri : organisation.Url.Trim(),
    };

    /// <summary>
    /// JSON safe inside an HTML script block: the default encoder writes &lt;, &gt; and &amp; as \u escapes, so no
    /// "&lt;/script&gt;" or "&lt;!--" in a quote can end the block early.
    /// </summary>
    public static string ToScriptJson(JsonNode markup) => markup.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
}
