using BossRemote.Core.Identity;
using BossRemote.Core.TeamViewer;
using BossRemote.Core.TeamViewerSimulator;
using BossRemote.Web.TeamViewerSimulator.Api;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BossRemote.Web.TeamViewerSimulator;

/// <summary>The built-in TeamViewer simulator (SPEC §3.1 "Modes", ADR-007): registration and endpoints.</summary>
public static class TeamViewerSimulatorSetup
{
    /// <summary>The simulator's state and logic, and the endpoint resolver that points the client at it.</summary>
    public static IServiceCollection AddTeamViewerSimulator(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddTeamViewerSimulatorCore(configuration);
        services.Replace(ServiceDescriptor.Singleton<ITeamViewerEndpointResolver, SimulatorEndpointResolver>());
        return services;
    }

    /// <summary>
    /// The API and the web-client link's redirect, only in <see cref="TeamViewerMode.Simulator"/> mode: a Live
    /// deployment exposes no fake API. (The customer and supporter pages answer 404 there by themselves.) The redirect
    /// leads to the supporter page, so it asks for the same sign-in.
    /// </summary>
    public static IEndpointRouteBuilder MapTeamViewerSimulator(this IEndpointRouteBuilder endpoints)
    {
        var mode = endpoints.ServiceProvider.GetRequiredService<IOptions<TeamViewerOptions>>().Value.Mode;
        if (mode != TeamViewerMode.Simulator)
        {
            return endpoints;
        }

        endpoints.MapSimulatorApi();
        endpoints.MapGet(SimulatorRoutes.WebClientConnect, (string? sessioncode, string? servicequeuetoken) =>
                Results.Redirect($"{SimulatorRoutes.SupporterPage}/{Uri.EscapeDataString(sessioncode ?? "")}-{Uri.EscapeDataString(servicequeuetoken ?? "")}"))
            .RequireAuthorization(Policies.ReadTickets)
            .ExcludeFromDescription();
        return endpoints;
    }
}
