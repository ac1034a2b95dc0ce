using Microsoft.Extensions.DependencyInjection;

namespace BossRemote.Core.Reports;

public static class ReportServiceCollectionExtensions
{
    /// <summary>Reports (SPEC §4): the TeamViewer Session Summary and the date presets it offers.</summary>
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddSingleton<ReportDateRanges>();
        services.AddScoped<SessionSummaryService>();
        services.AddScoped<SessionTrendService>();
        services.AddScoped<SessionDrillDownService>();
        return services;
    }
}
