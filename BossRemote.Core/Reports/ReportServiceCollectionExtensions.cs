using BossRemote.Core.Reports.Scheduled;
using Microsoft.Extensions.DependencyInjection;

namespace BossRemote.Core.Reports;

public static class ReportServiceCollectionExtensions
{
    /// <summary>Reports (SPEC §4): the TeamViewer Session Summary, the date presets it offers, and its e-mail subscriptions (ADR-022).</summary>
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddSingleton<ReportDateRanges>();
        services.AddScoped<SessionSummaryService>();
        services.AddScoped<SessionTrendService>();
        services.AddScoped<SessionDrillDownService>();
        services.AddScoped<ReportSubscriptionService>();
        services.AddTransient<ScheduledReportJob>();
        return services;
    }
}
