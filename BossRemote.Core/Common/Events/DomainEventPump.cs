using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BossRemote.Core.Common.Events;

/// <summary>
/// Runs the <see cref="IDomainEventHandler{TEvent}"/>s of each committed event, one event after another, each in a
/// scope of its own. A failing handler is logged and the rest go on; the change that raised the event stands.
/// </summary>
internal sealed class DomainEventPump(
    DomainEventDispatcher dispatcher,
    IServiceScopeFactory scopeFactory,
    ILogger<DomainEventPump> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var domainEvent in dispatcher.Queue.ReadAllAsync(stoppingToken))
            {
                await HandleAsync(domainEvent, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task HandleAsync(IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        var handlerType = typeof(IDomainEventHandler<>).MakeGenericType(domainEvent.GetType());
        await using var scope = scopeFactory.CreateAsyncScope();
        foreach (var handler in scope.ServiceProvider.GetServices(handlerType))
        {
            try
            {
                await (Task)handlerType.GetMethod(nameof(IDomainEventHandler<IDomainEvent>.HandleAsync))!
                    .Invoke(handler, [domainEvent, cancellationToken])!;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogError(ex, "{Handler} failed to handle {Event}", handler!.GetType().Name, domainEvent);
            }
        }
    }
}
