using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BossRemote.Core.TeamViewerSimulator;

/// <summary>Lets <c>dotnet ef migrations add … --context SimulatorDbContext</c> build the model without the web app.</summary>
internal sealed class SimulatorDesignTimeDbContextFactory : IDesignTimeDbContextFactory<SimulatorDbContext>
{
    public SimulatorDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SimulatorDbContext>().UseSqlite("Data Source=design-simulator.db").Options);
}
