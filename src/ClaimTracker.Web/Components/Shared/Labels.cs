using System.Globalization;
using ClaimTracker.Application.Statements;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Sources;
using ClaimTracker.Domain.Speakers;
using ClaimTracker.Domain.Statements;

namespace ClaimTracker.Web.Components.Shared;

/// <summary>The words the UI uses for domain values, in one place.</summary>
public static class Labels
{
    public static string Of(Rating rating) => rating switch
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

    public static string Of(ReviewStatus status) => status switch
    {
        ReviewStatus.Draft => "Draft",
        ReviewStatus.InReview => "In review",
        ReviewStatus.Published => "Published",
        _ => status.ToString(),
    };

    public static string Of(QuoteKind kind) => kind switch
    {
        QuoteKind.DirectQuote => "Direct quote",
        QuoteKind.Paraphrase => "Paraphrase",
        QuoteKind.ReportedSpeech => "Reported speech",
        _ => kind.ToString(),
    };

    public static string Of(SpeakerKind kind) => kind switch
    {
        SpeakerKind.MilitantGroup => "Militant group",
        _ => kind.ToString(),
    };

    public static string Of(SourceKind kind) => kind switch
    {
        SourceKind.NewsArticle => "News article",
        SourceKind.SocialMediaPost => "Social-media post",
        SourceKind.PressStatement => "Press statement",
        _ => kind.ToString(),
    };

    public static string Of(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "Exact day",
        DatePrecision.Month => "Month known",
        DatePrecision.Year => "Year known",
        DatePrecision.Approximate => "Approximate",
        _ => precision.ToString(),
    };

    /// <summary>The relation as a filter option reads: "Rebuts / denies".</summary>
    public static string Of(LinkRelation relation) => relation switch
    {
        LinkRelation.Rebuts => "Rebuts / denies",
        _ => relation.ToString(),
    };

    /// <summary>What a link-scope filter keeps, as the statement list says it.</summary>
    public static string Of(LinkScope scope) => scope switch
    {
        LinkScope.FromOthers => "linked to by other speakers",
        LinkScope.Outgoing => "statements that make the link",
        LinkScope.OwnWords => "links between the speaker's own statements",
        _ => "either direction",
    };

    /// <summary>A link group's heading as seen from the statement on screen: "Rebuts" or "Rebutted by".</summary>
    public static string Of(LinkRelation relation, LinkDirection direction) => (relation, direction) switch
    {
        (LinkRelation.Rebuts, LinkDirection.Outgoing) => "Rebuts",
        (LinkRelation.Rebuts, LinkDirection.Incoming) => "Rebutted by",
        (LinkRelation.Confirms, LinkDirection.Outgoing) => "Confirms",
        (LinkRelation.Confirms, LinkDirection.Incoming) => "Confirmed by",
        (LinkRelation.Contradicts, LinkDirection.Outgoing) => "Contradicts",
        (LinkRelation.Contradicts, LinkDirection.Incoming) => "Contradicted by",
        (LinkRelation.Repeats, LinkDirection.Outgoing) => "Repeats",
        (LinkRelation.Repeats, LinkDirection.Incoming) => "Repeated by",
        (LinkRelation.Clarifies, LinkDirection.Outgoing) => "Clarifies",
        (LinkRelation.Clarifies, LinkDirection.Incoming) => "Clarified by",
        (LinkRelation.Retracts, LinkDirection.Outgoing) => "Retracts",
        (LinkRelation.Retracts, LinkDirection.Incoming) => "Retracted by",
        _ => relation.ToString(),
    };

    /// <summary>A date shown only as precisely as it is known: "22 Jul 2019", "Jul 2019", "2019", "c. 22 Jul 2019".</summary>
    public static string Of(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Month => date.ToString("MMM yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Year => date.ToString("yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Approximate => "c. " + date.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
        _ => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
    };

    /// <summary>A request or field name in words: "DraftReview" reads "Draft review".</summary>
    public static string Words(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));

    /// <summary>A long quote cut for a one-line choice, with an ellipsis.</summary>
    public static string Shorten(string quote, int max = 90) => quote.Length <= max ? quote : quote[..max] + "…";

    public static string CssClass(Rating rating) => rating switch
    {
        Rating.True or Rating.MostlyTrue => "verdict-true",
        Rating.HalfTrue => "verdict-half",
        Rating.MostlyFalse or Rating.False => "verdict-false",
        Rating.Misleading => "verdict-misleading",
        _ => "verdict-unverified",
    };
}
