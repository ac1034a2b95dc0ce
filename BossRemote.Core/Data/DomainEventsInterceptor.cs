using System.Data.Common;
using System.Runtime.CompilerServices;
using BossRemote.Core.Common.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BossRemote.Core.Data;

/// <summary>
/// Collects the domain events of the entities a save writes and hands them to the dispatcher once the data is
/// committed: at once after a save in its own transaction, or when the caller's transaction commits. A failed save or
/// a rolled-back transaction announces nothing (HOUSE-STYLE "Data"; cf. jasontaylordev's DispatchDomainEventsInterceptor).
/// </summary>
public sealed class DomainEventsInterceptor(IDomainEventDispatcher dispatcher) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    // Per context: the entities of the save in progress, and events saved inside a transaction not yet committed.
    private readonly ConditionalWeakTable<DbContext, List<IHasDomainEvents>> _saving = new();
    private readonly ConditionalWeakTable<DbContext, List<IDomainEvent>> _uncommitted = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Remember(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    void IDbTransactionInterceptor.TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        Committed(eventData.Context);

    Task IDbTransactionInterceptor.TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    void IDbTransactionInterceptor.TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        RolledBack(eventData.Context);

    Task IDbTransactionInterceptor.TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken)
    {
        RolledBack(eventData.Context);
        return Task.CompletedTask;
    }

    private void Remember(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        // Taken before the save: afterwards a deleted entity is no longer tracked. An unchanged entity may announce too
        // (a reminder of something that happened before); its events go out with the save it was part of.
        _saving.AddOrUpdate(context, [.. context.ChangeTracker.Entries<IHasDomainEvents>()
            .Where(e => e.State != EntityState.Detached)
            .Select(e => e.Entity)]);
    }

    private void Saved(DbContext? context)
    {
        if (context is null || !_saving.TryGetValue(context, out var entities))
        {
            return;
        }

        _saving.Remove(context);
        var events = entities.SelectMany(e => e.TakeDomainEvents()).Distinct().ToList();
        if (events.Count == 0)
        {
            return;
        }

        if (context.Database.CurrentTransaction is null)
        {
            dispatcher.Dispatch(events);
            return;
        }

        _uncommitted.GetOrCreateValue(context).AddRange(events);
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _saving.Remove(context);
        }
    }

    private void Committed(DbContext? context)
    {
        if (context is null || !_uncommitted.TryGetValue(context, out var events))
        {
            return;
        }

        _uncommitted.Remove(context);
        dispatcher.Dispatch(events.Distinct().ToList());
    }

    private void RolledBack(DbContext? context)
    {
        if (context is not null)
        {
            _uncommitted.Remove(context);
        }
    }
}
