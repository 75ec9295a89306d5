using ClaimTracker.Infrastructure;
using ClaimTracker.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace ClaimTracker.Migrations.SqlServer;

/// <summary>Lets dotnet-ef build the SQL Server model and script it without a server.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<ClaimTrackerDbContext>
{
    public ClaimTrackerDbContext CreateDbContext(string[] args) =>
        DesignTime.Create(DatabaseProvider.SqlServer, "Server=(design-time);Database=ClaimTracker;Trusted_Connection=True");
}
