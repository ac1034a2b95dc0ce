using BossRemote.Core.Data;
using BossRemote.Web.Branding;
using BossRemote.Core.Notifications;
using BossRemote.Core.Settings;
using BossRemote.Core.Tickets;
using BossRemote.Web.Components;
using BossRemote.Web.Email;
using BossRemote.Web.Health;
using BossRemote.Web.Identity;
using BossRemote.Web.Jobs;
using BossRemote.Web.Realtime;
using BossRemote.Web.TeamViewerSimulator;
using BossRemote.Web.Reports;
using BossRemote.Web.Security;
using BossRemote.Web.TimeZones;
using MudBlazor.Services;

namespace BossRemote.Web;

public static class DependencyInjection
{
    /// <summary>The largest message a page may send over its live connection.</summary>
    public const int LiveConnectionMessageBytes = 256 * 1024;

    public static IServiceCollection AddBossRemoteWeb(this IServiceCollection services, IConfiguration configuration)
    {
        // The live connection carries what people type. Its default 32 KB message would drop a template body of
        // 50,000 characters (EmailTemplate.BodyMaxLength, up to 3 bytes each) and lose the edit: the limit fits the
        // largest field, and the fields' own limits (maxlength, counters) keep every message under it.
        services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(options => options.MaximumReceiveMessageSize = LiveConnectionMessageBytes);
        services.AddMudServices();
        services.AddBossRemoteSecurity();
        services.AddBossRemoteIdentity();
        services.AddBossRemoteJobs(configuration);
        services.AddTeamViewerSimulator(configuration);
        services.AddBossRemoteHealth();

        services.AddScoped<ViewerTimeZone>();
        services.AddSingleton<BossRemote.Core.Common.IPublicAddress, ServerPublicAddress>();
        services.AddBossRemoteRealtime(configuration);
        return services;
    }

    public static WebApplication UseBossRemoteWeb(this WebApplication app)
    {
        app.UseSecurityHeaders();
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
        app.MapSessionDrillDownExport();
        // Blazor would append its own "frame-ancestors 'self'" policy beside ours, which already says 'none' everywhere.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = null);
        return app;
    }
}
