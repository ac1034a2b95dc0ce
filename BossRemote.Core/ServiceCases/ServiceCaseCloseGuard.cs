using BossRemote.Core.Data;
using BossRemote.Core.Tickets;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.ServiceCases;

/// <summary>A ticket cannot be closed while it has an open service case (SPEC §2 close guard).</summary>
internal sealed class ServiceCaseCloseGuard(IDbContextFactory<BossRemoteDbContext> dbFactory, TimeProvider clock) : ITicketCloseGuard
{
    public async Task<string?> GetCloseBlockerAsync(int ticketId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var open = await db.ServiceCases.AsNoTracking()
            .Where(c => c.TicketId == ticketId).Where(ServiceCase.HoldingTicketAt(now))
            .Select(c => new { c.SessionCode })
            .SingleOrDefaultAsync(cancellationToken);
        return open is null ? null : ServiceCaseMessages.CloseGuard(open.SessionCode);
    }
}
