using ClaimTracker.Application.Sources;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Sources;

namespace ClaimTracker.Web.Components.Pages.Sources;

/// <summary>The source editor's mutable state; it only ever becomes a <see cref="SourceInput"/>.</summary>
public sealed class SourceForm
{
    public string Outlet { get; set; } = "";
    public string Headline { get; set; } = "";
    public string? Authors { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public DatePrecision PublishedPrecision { get; set; }
    public string? Url { get; set; }
    public SourceKind Kind { get; set; }
    public string? Note { get; set; }

    public static SourceForm From(SourceDetails s) => new()
    {
        Outlet = s.Outlet,
        Headline = s.Headline,
        Authors = s.Authors,
        PublishedOn = s.PublishedOn,
        PublishedPrecision = s.PublishedPrecision,
        Url = s.Url,
        Kind = s.Kind,
        Note = s.Note,
    };

    public SourceInput ToInput() => new()
    {
        Outlet = Outlet,
        Headline = Headline,
        Authors = Authors,
        PublishedOn = PublishedOn,
        PublishedPrecision = PublishedPrecision,
        Url = Url,
        Kind = Kind,
        Note = Note,
    };
}
