using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BossRemote.Core.Common.Events;

public static class DomainEventServiceCollectionExtensions
{
    /// <summary>The after-commit dispatch of domain events: live updates to pages, handlers in the background.</summary>
    public static IServiceCollection AddDomainEvents(this IServiceCollection services)
    {
        services.TryAddSingleton<ILiveUpdatePublisher, NoLiveUpdates>();
        services.TryAddSingleton<SharedReads>();
        services.AddSingleton<DomainEventDispatcher>();
        services.AddSingleton<IDomainEventDispatcher>(sp => sp.GetRequiredService<DomainEventDispatcher>());
        services.AddHostedService<DomainEventPump>();
        return services;
    }

    /// <summary>Runs <typeparamref name="THandler"/> after every committed <typeparamref name="TEvent"/>.</summary>
    public static IServiceCollection AddDomainEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IDomainEvent
        where THandler : class, IDomainEventHandler<TEvent>
    {
        services.AddScoped<IDomainEventHandler<TEvent>, THandler>();
        return services;
    }
}
