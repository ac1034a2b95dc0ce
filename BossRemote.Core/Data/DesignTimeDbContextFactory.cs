using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BossRemote.Core.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the web app.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<BossRemoteDbContext>
{
    public BossRemoteDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<BossRemoteDbContext>().UseSqlite("Data Source=design.db").Options);
}
