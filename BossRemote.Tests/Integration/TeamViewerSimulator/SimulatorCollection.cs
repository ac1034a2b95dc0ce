namespace BossRemote.Tests.Integration.TeamViewerSimulator;

/// <summary>The simulator's API, client and page tests share one app; every test calls with its own token (account).</summary>
[CollectionDefinition(Name)]
public sealed class SimulatorCollection : ICollectionFixture<SimulatorAppFixture>
{
    public const string Name = "TeamViewer simulator";
}
