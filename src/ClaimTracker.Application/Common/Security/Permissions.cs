using System.Collections.Concurrent;
using System.Reflection;
using ClaimTracker.Application.Annotations;
using ClaimTracker.Application.Reviews;
using ClaimTracker.Application.Sources;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Statements;
using ClaimTracker.Domain.Reviews;

namespace ClaimTracker.Application.Common.Security;

/// <summary>What a request type declares about who may send it.</summary>
public sealed record RequestRule(bool IsPublic, IReadOnlyList<string> Roles)
{
    private static readonly ConcurrentDictionary<Type, RequestRule> Rules = new();

    public static RequestRule For(Type requestType) => Rules.GetOrAdd(requestType, Read);

    /// <summary>Whether <paramref name="user"/> may send it: a public request anyone, else a member holding one of the roles.</summary>
    public bool Allows(ICurrentUser user) => IsPublic || (user.IsAuthenticated && Roles.Any(user.IsInRole));

    private static RequestRule Read(Type requestType)
    {
        if (requestType.GetCustomAttribute<PublicRequestAttribute>() is not null)
        {
            return new RequestRule(true, []);
        }
        // A request without a declaration is open to nobody: forgetting the rule fails closed.
        var roles = requestType.GetCustomAttribute<AllowedRolesAttribute>()?.Roles ?? [];
        return new RequestRule(false, roles);
    }
}

/// <summary>
/// What the current member may do, computed from the very declarations the authorization behaviour enforces
/// (<see cref="AllowedRolesAttribute"/> on each request) and the ownership rules the entities enforce
/// (<see cref="ReviewPolicy"/>, a note's author). Queries put the result on what they return, so components
/// show or hide actions without a second copy of the rules.
/// </summary>
public interface IPermissions
{
    /// <summary>Whether the member's roles allow sending <typeparamref name="TRequest"/>.</summary>
    bool May<TRequest>();

    DeskCan ForDesk();

    StatementCan ForStatement(ReviewStatus? reviewStatus, string? reviewOwnerId);

    AnnotationCan ForAnnotation(string? ownerId);

    SpeakerCan ForSpeaker();

    SourceCan ForSource();
}

/// <summary>What the member may add to the desk (the "Add ..." buttons on the lists).</summary>
public sealed record DeskCan(bool AddStatement, bool AddSpeaker, bool AddSource)
{
    public static readonly DeskCan Nothing = new(false, false, false);
}

/// <summary>What the member may do with one statement.</summary>
public sealed record StatementCan(bool Edit, bool Link, bool RemoveLink, bool Annotate, ReviewCan Review)
{
    public static readonly StatementCan Nothing = new(false, false, false, false, ReviewCan.Nothing);
}

/// <summary>What the member may do with a statement's review; <see cref="Draft"/> also covers starting the first draft.</summary>
public sealed record ReviewCan(bool Draft, bool Submit, bool Publish, bool Correct)
{
    public static readonly ReviewCan Nothing = new(false, false, false, false);
}

/// <summary>What the member may do with one note: change it (edit, delete) as its author or an editor, resolve it, reply.</summary>
public sealed record AnnotationCan(bool Change, bool Resolve, bool Reply)
{
    public static readonly AnnotationCan Nothing = new(false, false, false);
}

public sealed record SpeakerCan(bool Edit, bool Merge)
{
    public static readonly SpeakerCan Nothing = new(false, false);
}

public sealed record SourceCan(bool Edit)
{
    public static readonly SourceCan Nothing = new(false);
}

internal sealed class Permissions(ICurrentUser user, ReviewOptions reviewOptions) : IPermissions
{
    public bool May<TRequest>() => RequestRule.For(typeof(TRequest)).Allows(user);

    public DeskCan ForDesk() => new(May<CreateStatement>(), May<CreateSpeaker>(), May<CreateSource>());

    public StatementCan ForStatement(ReviewStatus? reviewStatus, string? reviewOwnerId)
    {
        var actor = ReviewRules.Actor(user, reviewOptions);
        bool Allows(ReviewAction action) => reviewStatus is { } status && ReviewPolicy.Allows(action, status, reviewOwnerId, actor);
        var review = new ReviewCan(
            Draft: May<DraftReview>() && (reviewStatus is null || Allows(ReviewAction.EditDraft)),
            Submit: May<SubmitReview>() && Allows(ReviewAction.Submit),
            Publish: May<PublishReview>() && Allows(ReviewAction.Publish),
            Correct: May<CorrectReview>() && Allows(ReviewAction.Correct));
        return new StatementCan(May<EditStatement>(), May<LinkStatements>(), May<RemoveStatementLink>(), May<AnnotateQuote>(), review);
    }

    public AnnotationCan ForAnnotation(string? ownerId) => new(
        Change: May<EditAnnotation>() && May<DeleteAnnotation>() && AnnotationRules.Owns(ownerId, user),
        Resolve: May<ResolveAnnotation>(),
        Reply: May<ReplyToAnnotation>());

    public SpeakerCan ForSpeaker() => new(May<EditSpeaker>(), May<MergeSpeakers>());

    public SourceCan ForSource() => new(May<EditSource>());
}
