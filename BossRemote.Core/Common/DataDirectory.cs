using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BossRemote.Core.Common;

/// <summary>
/// Resolves and creates the app's data folder (SPEC §5 <c>BossRemote__DataDirectory</c>). A folder it creates is the
/// owner's alone (0700 outside Windows): it holds the databases and, on one machine, the key ring's encryption key.
/// </summary>
public sealed class DataDirectory
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public DataDirectory(IOptions<BossRemoteOptions> options, IHostEnvironment environment)
    {
        var configured = options.Value.DataDirectory;
        Root = string.IsNullOrWhiteSpace(configured)
            ? System.IO.Path.Combine(environment.ContentRootPath, "App_Data")
            : System.IO.Path.GetFullPath(configured, environment.ContentRootPath);
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(Root);
        }
        else
        {
            Directory.CreateDirectory(Root, OwnerOnly);
        }
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
