using ClaimTracker.Application.Speakers;
using ClaimTracker.Domain.Speakers;

namespace ClaimTracker.Web.Components.Pages.Speakers;

/// <summary>The speaker editor's mutable state; it only ever becomes a <see cref="SpeakerInput"/>.</summary>
public sealed class SpeakerForm
{
    public string Name { get; set; } = "";
    public SpeakerKind Kind { get; set; }
    public string? Country { get; set; }
    public string? Affiliation { get; set; }
    public string? Aliases { get; set; }
    public string? ReferenceUrl { get; set; }
    public List<RoleRow> Roles { get; set; } = [];

    public sealed class RoleRow
    {
        public string Title { get; set; } = "";
        public DateOnly? From { get; set; }
        public DateOnly? To { get; set; }
    }

    public static SpeakerForm From(SpeakerDetails s) => new()
    {
        Name = s.Name,
        Kind = s.Kind,
        Country = s.Country,
        Affiliation = s.Affiliation,
        Aliases = s.Aliases,
        ReferenceUrl = s.ReferenceUrl,
        Roles = s.Roles.Select(r => new RoleRow { Title = r.Title, From = r.From, To = r.To }).ToList(),
    };

    public SpeakerInput ToInput() => new()
    {
        Name = Name,
        Kind = Kind,
        Country = Country,
        Affiliation = Affiliation,
        Aliases = Aliases,
        ReferenceUrl = ReferenceUrl,
        Roles = Roles.Select(r => new SpeakerRoleInput(r.Title, r.From, r.To)).ToList(),
    };
}
