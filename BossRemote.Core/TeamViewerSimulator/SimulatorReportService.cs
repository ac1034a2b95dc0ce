using BossRemote.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.TeamViewerSimulator;

/// <summary>
/// <c>/reports/connections</c> (doc §4): one account's records, newest end date first, 1000 per page; one record by
/// id; and the change of a record's <c>notes</c> and <c>billing_state</c>.
/// </summary>
public sealed class SimulatorReportService(IDbContextFactory<SimulatorDbContext> dbFactory)
{
    public const int PageSize = 1000;

    /// <summary>The values of <c>billing_state</c> (doc §4).</summary>
    private static readonly string[] BillingStates = ["Bill", "Billed", "DoNotBill"];

    public async Task<SimulatorResult<SimulatedReportPage>> ListAsync(
        SimulatorAccount caller, SimulatedReportQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var own = db.ConnectionReports.AsNoTracking().Where(r => r.AccountId == caller.UserId);
        var filtered = SimulatorReportFilters.Apply(own, query);
        if (filtered.Value is not { } reports)
        {
            return filtered.Error!;
        }

        if (SimulatorInput.Given(query.OffsetId) is { } offsetId)
        {
            var id = offsetId.ToUpperInvariant();
            var offset = await own.Where(r => r.Id == id).Select(r => new { r.EndDate, r.Id }).SingleOrDefaultAsync(cancellationToken);
            if (offset is null)
            {
                return SimulatorError.InvalidRequest($"offset_id {offsetId} is not a connection report.");
            }

            // The offset record ended the previous page; this page starts after it (end_date desc, id desc).
            reports = reports.Where(r => r.EndDate < offset.EndDate
                || (r.EndDate == offset.EndDate && string.Compare(r.Id, offset.Id) < 0));
        }

        var total = await reports.CountAsync(cancellationToken);
        var page = await reports.OrderByDescending(r => r.EndDate).ThenByDescending(r => r.Id)
            .Take(PageSize).ToListAsync(cancellationToken);
        var remaining = total - page.Count;
        return remaining > 0 ? new SimulatedReportPage(page, page[^1].Id, remaining) : new SimulatedReportPage(page, null, null);
    }

    /// <summary><c>GET /reports/connections/{id}</c>; another account's record is not found.</summary>
    public async Task<SimulatorResult<SimulatedConnectionReport>> GetAsync(SimulatorAccount caller, string id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var normalized = id.Trim().ToUpperInvariant();
        var report = await db.ConnectionReports.AsNoTracking()
            .SingleOrDefaultAsync(r => r.Id == normalized && r.AccountId == caller.UserId, cancellationToken);
        return report is null ? SimulatorError.NotFound($"The connection report {id} does not exist.") : report;
    }

    /// <summary>
    /// <c>PUT /reports/connections/{id}</c> (doc §4, 204): sets what is given — <c>notes</c> (empty clears them, at
    /// most <see cref="SimulatedSession.TextMaxLength"/> characters) and <c>billing_state</c> (<c>Bill</c>,
    /// <c>Billed</c>, <c>DoNotBill</c>, any case). Giving neither is a 400; another account's record is not found.
    /// </summary>
    public async Task<SimulatorResult<SimulatedConnectionReport>> UpdateAsync(
        SimulatorAccount caller, string id, string? notes, string? billingState, CancellationToken cancellationToken = default)
    {
        if (notes is null && billingState is null)
        {
            return SimulatorError.InvalidRequest("Give notes or billing_state to change.");
        }

        if (notes is { Length: > SimulatedSession.TextMaxLength })
        {
            return SimulatorError.InvalidRequest($"notes may have at most {SimulatedSession.TextMaxLength} characters.");
        }

        var billing = billingState is null ? null
            : BillingStates.FirstOrDefault(b => b.Equals(billingState.Trim(), StringComparison.OrdinalIgnoreCase));
        if (billingState is not null && billing is null)
        {
            return SimulatorError.InvalidRequest($"billing_state must be one of {string.Join(", ", BillingStates)}.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.LockForWriteAsync(SimulatorDbContext.WriteLock, cancellationToken);
        var normalized = id.Trim().ToUpperInvariant();
        var report = await db.ConnectionReports.SingleOrDefaultAsync(r => r.Id == normalized && r.AccountId == caller.UserId, cancellationToken);
        if (report is null)
        {
            return SimulatorError.NotFound($"The connection report {id} does not exist.");
        }

        if (notes is not null)
        {
            report.Notes = notes.Length == 0 ? null : notes;
        }

        report.BillingState = billing ?? report.BillingState;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return report;
    }
}
