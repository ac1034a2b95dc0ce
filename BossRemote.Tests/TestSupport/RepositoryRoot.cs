namespace BossRemote.Tests.TestSupport;

/// <summary>The checkout the tests run from (the folder with <c>BossRemote.sln</c>), for its scripts and sources.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "BossRemote.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No BossRemote.sln above {AppContext.BaseDirectory}.");
    });

    public static string Path => Root.Value;

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Root.Value, .. parts]);
}
