using BossRemote.Core.Data;
using BossRemote.Core.TeamViewerSimulator;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BossRemote.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the help desk's model for Sqlite without starting the app.</summary>
internal sealed class HelpDeskDesignTimeFactory : IDesignTimeDbContextFactory<BossRemoteDbContext>
{
    public BossRemoteDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<BossRemoteDbContext>();
        options.UseBossRemoteDatabase(DatabaseProvider.Sqlite, Design);
        return new BossRemoteDbContext(options.Options);
    }

    internal const string Design = "Data Source=design.db";
}

/// <summary>The same for the TeamViewer simulator's model.</summary>
internal sealed class SimulatorDesignTimeFactory : IDesignTimeDbContextFactory<SimulatorDbContext>
{
    public SimulatorDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SimulatorDbContext>();
        options.UseSimulatorDatabase(DatabaseProvider.Sqlite, HelpDeskDesignTimeFactory.Design);
        return new SimulatorDbContext(options.Options);
    }
}
