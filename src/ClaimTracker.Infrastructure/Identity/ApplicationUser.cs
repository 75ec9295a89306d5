using Microsoft.AspNetCore.Identity;

namespace ClaimTracker.Infrastructure.Identity;

/// <summary>A desk member's account. Roles (Viewer, Analyst, Editor, Admin) are Identity roles.</summary>
public class ApplicationUser : IdentityUser
{
    public string? DisplayName { get; set; }
}
