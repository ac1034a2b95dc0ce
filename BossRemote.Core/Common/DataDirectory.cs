using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BossRemote.Core.Common;

/// <summary>Resolves and creates the app's data folder (SPEC §5 <c>BossRemote__DataDirectory</c>).</summary>
public sealed class DataDirectory
{
    public DataDirectory(IOptions<BossRemoteOptions> options, IHostEnvironment environment)
    {
        var configured = options.Value.DataDirectory;
        Root = string.IsNullOrWhiteSpace(configured)
            ? System.IO.Path.Combine(environment.ContentRootPath, "App_Data")
            : System.IO.Path.GetFullPath(configured, environment.ContentRootPath);
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>A path inside the data folder; the folder part is created when missing.</summary>
    public string PathFor(params string[] parts)
    {
        var path = System.IO.Path.Combine([Root, .. parts]);
        var folder = System.IO.Path.GetDirectoryName(path);
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        return path;
    }
}
