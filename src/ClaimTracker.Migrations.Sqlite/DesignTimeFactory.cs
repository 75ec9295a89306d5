using ClaimTracker.Infrastructure;
using ClaimTracker.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace ClaimTracker.Migrations.Sqlite;

/// <summary>Lets dotnet-ef build the SQLite model without starting the web app.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<ClaimTrackerDbContext>
{
    public ClaimTrackerDbContext CreateDbContext(string[] args) =>
        DesignTime.Create(DatabaseProvider.Sqlite, "Data Source=design-time.db");
}
