using System.Text.Json;

namespace BossRemote.Tests.Web.Hosting;

/// <summary>The runtime settings the app ships with, as the SDK writes them into its <c>runtimeconfig.json</c>.</summary>
public class RuntimeSettingsTests
{
    [Fact]
    public void ThreadPool_IdleThreadsBlockInsteadOfSpinning()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "BossRemote.Web.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));

        var options = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        options.GetProperty("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit").GetInt32().ShouldBe(0);
    }
}
