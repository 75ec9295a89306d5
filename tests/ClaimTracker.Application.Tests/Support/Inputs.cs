using ClaimTracker.Application.Reviews;
using ClaimTracker.Application.Sources;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Statements;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Sources;
using ClaimTracker.Domain.Speakers;
using ClaimTracker.Domain.Statements;

namespace ClaimTracker.Application.Tests.Support;

/// <summary>
/// Valid inputs for the commands, and the named ways of breaking them that the validation tests run through.
/// Each broken case says which field must be named and a fragment of the message the user should see.
/// </summary>
public static class StatementInputs
{
    public static StatementInput Valid(int speakerId, int sourceId, string quote = "The quick brown fox spoke today", params string[] topics) => new()
    {
        Quote = quote,
        QuoteKind = QuoteKind.DirectQuote,
        SpeakerId = speakerId,
        SpeakerRole = "Test role",
        SaidOn = new DateOnly(2024, 5, 1),
        SaidOnPrecision = DatePrecision.Day,
        Venue = "Press conference",
        SourceId = sourceId,
        Context = "Said while testing.",
        Topics = topics,
    };

    public static TheoryData<string, string, string> Broken => new()
    {
        { "empty quote", "Statement.Quote", "Enter the words of the statement" },
        { "blank quote", "Statement.Quote", "Enter the words of the statement" },
        { "over-long quote", "Statement.Quote", $"at most {Statement.QuoteMaxLength} characters" },
        { "unknown quote kind", "Statement.QuoteKind", "direct quote, a paraphrase or reported speech" },
        { "future date", "Statement.SaidOn", "cannot be in the future" },
        { "date before 1900", "Statement.SaidOn", "on or after 1900-01-01" },
        { "unknown speaker", "Statement.SpeakerId", "Choose a speaker" },
        { "unknown source", "Statement.SourceId", "Choose the source" },
        { "unknown body spoken for", "Statement.OnBehalfOfId", "not a known speaker" },
        { "speaking on behalf of oneself", "Statement.OnBehalfOfId", "cannot speak on behalf of themselves" },
        { "over-long role", "Statement.SpeakerRole", $"at most {Statement.RoleMaxLength} characters" },
        { "over-long venue", "Statement.Venue", $"at most {Statement.VenueMaxLength} characters" },
        { "over-long context", "Statement.Context", $"at most {Statement.ContextMaxLength} characters" },
        { "too many topics", "Statement.Topics", $"at most {StatementInput.MaxTopics} topics" },
        { "over-long topic", "Statement.Topics[0]", $"at most {Topic.NameMaxLength} characters" },
        { "blank topic", "Statement.Topics[0]", "Each topic needs a name" },
    };

    public static StatementInput Break(this StatementInput input, string problem) => problem switch
    {
        "empty quote" => input with { Quote = "" },
        "blank quote" => input with { Quote = "   " },
        "over-long quote" => input with { Quote = new string('q', Statement.QuoteMaxLength + 1) },
        "unknown quote kind" => input with { QuoteKind = (QuoteKind)42 },
        "future date" => input with { SaidOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30) },
        "date before 1900" => input with { SaidOn = new DateOnly(1899, 12, 31) },
        "unknown speaker" => input with { SpeakerId = int.MaxValue },
        "unknown source" => input with { SourceId = int.MaxValue },
        "unknown body spoken for" => input with { OnBehalfOfId = int.MaxValue },
        "speaking on behalf of oneself" => input with { OnBehalfOfId = input.SpeakerId },
        "over-long role" => input with { SpeakerRole = new string('r', Statement.RoleMaxLength + 1) },
        "over-long venue" => input with { Venue = new string('v', Statement.VenueMaxLength + 1) },
        "over-long context" => input with { Context = new string('c', Statement.ContextMaxLength + 1) },
        "too many topics" => input with { Topics = Enumerable.Range(1, StatementInput.MaxTopics + 1).Select(i => $"Topic {i}").ToList() },
        "over-long topic" => input with { Topics = [new string('t', Topic.NameMaxLength + 1)] },
        "blank topic" => input with { Topics = [" "] },
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, "No such broken statement."),
    };
}

public static class SpeakerInputs
{
    private static int _unnamed;

    /// <summary>A valid speaker; without a name, one no other speaker has (names are unique, folded).</summary>
    public static SpeakerInput Valid(string? name = null) => new()
    {
        Name = name ?? $"Test Speaker {Interlocked.Increment(ref _unnamed)}",
        Kind = SpeakerKind.Person,
        Country = "Testland",
        Affiliation = "Test Party",
        Aliases = "Tester; T. Speaker",
        Roles = [new SpeakerRoleInput("Mayor of Testville", new DateOnly(2010, 1, 1), new DateOnly(2014, 1, 1))],
    };

    public static TheoryData<string, string, string> Broken => new()
    {
        { "empty name", "Speaker.Name", "Enter the speaker's name" },
        { "over-long name", "Speaker.Name", $"at most {Speaker.NameMaxLength} characters" },
        { "unknown kind", "Speaker.Kind", "person or a body" },
        { "over-long country", "Speaker.Country", $"at most {Speaker.TextMaxLength} characters" },
        { "over-long aliases", "Speaker.Aliases", $"at most {Speaker.TextMaxLength * 2} characters" },
        { "role ending before it starts", "Speaker.Roles[0].To", "must end after it starts" },
        { "role ending the day it starts", "Speaker.Roles[0].To", "must end after it starts" },
        { "role without a title", "Speaker.Roles[0].Title", "needs a title" },
        { "role before 1900", "Speaker.Roles[0].From", "on or after 1900-01-01" },
        { "too many roles", "Speaker.Roles", $"at most {SpeakerInput.MaxRoles} roles" },
        { "reference page that is not a web address", "Speaker.ReferenceUrl", "full web address starting with http:// or https://" },
        { "relative reference page", "Speaker.ReferenceUrl", "full web address starting with http:// or https://" },
        { "javascript reference page", "Speaker.ReferenceUrl", "full web address starting with http:// or https://" },
        { "data reference page", "Speaker.ReferenceUrl", "full web address starting with http:// or https://" },
        { "over-long reference page", "Speaker.ReferenceUrl", $"at most {Speaker.ReferenceUrlMaxLength} characters" },
    };

    public static SpeakerInput Break(this SpeakerInput input, string problem) => problem switch
    {
        "empty name" => input with { Name = "" },
        "over-long name" => input with { Name = new string('n', Speaker.NameMaxLength + 1) },
        "unknown kind" => input with { Kind = (SpeakerKind)42 },
        "over-long country" => input with { Country = new string('c', Speaker.TextMaxLength + 1) },
        "over-long aliases" => input with { Aliases = new string('a', (Speaker.TextMaxLength * 2) + 1) },
        "role ending before it starts" => input with { Roles = [new("Governor", new DateOnly(2020, 1, 1), new DateOnly(2019, 1, 1))] },
        "role ending the day it starts" => input with { Roles = [new("Governor", new DateOnly(2020, 1, 1), new DateOnly(2020, 1, 1))] },
        "role without a title" => input with { Roles = [new("", null, null)] },
        "role before 1900" => input with { Roles = [new("Governor", new DateOnly(1850, 1, 1), null)] },
        "too many roles" => input with { Roles = Enumerable.Range(1, SpeakerInput.MaxRoles + 1).Select(i => new SpeakerRoleInput($"Role {i}", null, null)).ToList() },
        "reference page that is not a web address" => input with { ReferenceUrl = "the speaker's page" },
        "relative reference page" => input with { ReferenceUrl = "/wiki/Someone" },
        "javascript reference page" => input with { ReferenceUrl = "javascript:alert(document.cookie)" },
        "data reference page" => input with { ReferenceUrl = "data:text/html,<script>alert(1)</script>" },
        "over-long reference page" => input with { ReferenceUrl = "https://people.example/" + new string('p', Speaker.ReferenceUrlMaxLength) },
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, "No such broken speaker."),
    };
}

public static class SourceInputs
{
    public static SourceInput Valid(string headline = "Test headline about a claim") => new()
    {
        Outlet = "The Test Gazette",
        Headline = headline,
        Authors = "A. Writer, B. Writer",
        PublishedOn = new DateOnly(2024, 5, 2),
        PublishedPrecision = DatePrecision.Day,
        Url = "https://news.example/articles/1",
        Kind = SourceKind.NewsArticle,
        Note = "Added by a test.",
    };

    public static TheoryData<string, string, string> Broken => new()
    {
        { "empty outlet", "Source.Outlet", "Enter the outlet" },
        { "empty headline", "Source.Headline", "Enter the headline" },
        { "over-long headline", "Source.Headline", $"at most {Source.HeadlineMaxLength} characters" },
        { "over-long note", "Source.Note", $"at most {Source.NoteMaxLength} characters" },
        { "javascript: URL", "Source.Url", "starting with http:// or https://" },
        { "data: URL", "Source.Url", "starting with http:// or https://" },
        { "relative URL", "Source.Url", "starting with http:// or https://" },
        { "over-long URL", "Source.Url", $"at most {Source.UrlMaxLength} characters" },
        { "future publication date", "Source.PublishedOn", "not in the future" },
        { "unknown kind", "Source.Kind", "Choose the kind of source" },
    };

    public static SourceInput Break(this SourceInput input, string problem) => problem switch
    {
        "empty outlet" => input with { Outlet = "" },
        "empty headline" => input with { Headline = " " },
        "over-long headline" => input with { Headline = new string('h', Source.HeadlineMaxLength + 1) },
        "over-long note" => input with { Note = new string('n', Source.NoteMaxLength + 1) },
        "javascript: URL" => input with { Url = "javascript:alert(document.cookie)" },
        "data: URL" => input with { Url = "data:text/html,<script>alert(1)</script>" },
        "relative URL" => input with { Url = "/articles/1" },
        "over-long URL" => input with { Url = "https://news.example/" + new string('u', Source.UrlMaxLength) },
        "future publication date" => input with { PublishedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30) },
        "unknown kind" => input with { Kind = (SourceKind)42 },
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, "No such broken source."),
    };
}

public static class ReviewInputs
{
    /// <summary>Broken verdicts: the field is the one named when the verdict is sent as <c>Review</c> of a command.</summary>
    public static TheoryData<string, string, string> Broken => new()
    {
        { "empty rationale", "Review.Rationale", "Explain the rating" },
        { "unknown rating", "Review.Rating", "Choose a rating" },
        { "javascript: evidence link", "Review.Evidence[0].Url", "starting with http:// or https://" },
        { "evidence with neither link nor statement", "Review.Evidence[0].Evidence", "needs a link or a tracked statement" },
        { "unknown cited statement", "Review.Evidence[0].StatementId", "cited statement does not exist" },
        { "evidence without a title", "Review.Evidence[0].Title", "needs a title" },
    };

    public static ReviewInput Break(this ReviewInput input, string problem) => problem switch
    {
        "empty rationale" => input with { Rationale = "  " },
        "unknown rating" => input with { Rating = (Rating)42 },
        "javascript: evidence link" => input with { Evidence = [new("A page", "javascript:alert(1)", null, EvidenceStance.Refutes)] },
        "evidence with neither link nor statement" => input with { Evidence = [new("A page", " ", null, EvidenceStance.Refutes)] },
        "unknown cited statement" => input with { Evidence = [new("A statement", null, int.MaxValue, EvidenceStance.Refutes)] },
        "evidence without a title" => input with { Evidence = [new("", "https://example.org/page", null, EvidenceStance.Supports)] },
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, "No such broken review."),
    };
}
