using BossRemote.Core;
using BossRemote.Web;

var builder = WebApplication.CreateBuilder(args);

builder.Services
    .AddBossRemoteCore(builder.Configuration)
    .AddBossRemoteWeb(builder.Configuration);

var app = builder.Build();

app.UseBossRemoteWeb();

app.Run();

/// <summary>Entry point; public so integration tests can host the app with <c>WebApplicationFactory</c>.</summary>
public partial class Program;
