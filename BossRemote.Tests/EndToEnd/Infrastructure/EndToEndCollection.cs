namespace BossRemote.Tests.EndToEnd.Infrastructure;

/// <summary>End-to-end tests share one app and one browser and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<AppServerFixture>
{
    public const string Name = "End-to-end";
}
