using BossRemote.Core;
using BossRemote.Web;
using BossRemote.Web.Data;

if (CopyToPostgresCommand.IsRequested(args))
{
    return await CopyToPostgresCommand.RunFromConsoleAsync(args);
}

var builder = WebApplication.CreateBuilder(args);

builder.Services
    .AddBossRemoteCore(builder.Configuration)
    .AddBossRemoteWeb(builder.Configuration);

var app = builder.Build();

app.UseBossRemoteWeb();

await app.RunAsync();
return 0;

/// <summary>Entry point; public so integration tests can host the app with <c>WebApplicationFactory</c>.</summary>
public partial class Program;
