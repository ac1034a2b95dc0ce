using BossRemote.Core.Data;
using BossRemote.Web.Branding;
using BossRemote.Core.Notifications;
using BossRemote.Core.Settings;
using BossRemote.Core.Tickets;
using BossRemote.Web.Components;
using BossRemote.Web.Health;
using BossRemote.Web.Identity;
using BossRemote.Web.Jobs;
using BossRemote.Web.Realtime;
using BossRemote.Web.TeamViewerSimulator;
using BossRemote.Web.Reports;
using BossRemote.Web.TimeZones;
using MudBlazor.Services;

namespace BossRemote.Web;

public static class DependencyInjection
{
    public static IServiceCollection AddBossRemoteWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddBossRemoteIdentity();
        services.AddBossRemoteJobs(configuration);
        services.AddTeamViewerSimulator(configuration);
        services.AddBossRemoteHealth();

        services.AddScoped<ViewerTimeZone>();
        services.AddBossRemoteRealtime(configuration);
        return services;
    }

    public static WebApplication UseBossRemoteWeb(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseDatabaseReadinessGate();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<TwoFactorRequirementMiddleware>();
        app.UseAntiforgery();
        app.UseSignInThrottling();

        app.MapStaticAssets().AllowAnonymous();
        app.MapBossRemoteHealth();
        app.MapIdentityEndpoints();
        app.MapBrandingEndpoints();
        app.MapBossRemoteJobsDashboard();
        app.MapTeamViewerSimulator();
        app.MapSessionSummaryExport();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
