using System.Security.Claims;
using BossRemote.Core.Common;
using BossRemote.Core.Data;
using BossRemote.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.Tickets;

/// <summary>
/// Loads one ticket with the latest part of its timeline for the ticket page: a ticket that has lived for years keeps
/// its page small (each open page holds what it shows, and re-reads it on every change), and "Show more" asks for more.
/// </summary>
public sealed class TicketReader(IDbContextFactory<BossRemoteDbContext> dbFactory, UserAccess access, SharedReads sharedReads)
{
    /// <summary>How many notes a ticket page shows at first, and how many more each "Show more" adds.</summary>
    public const int NotesPerPage = 20;

    /// <param name="notes">How many of the latest notes to load (at least one).</param>
    public async Task<TicketDetails?> GetAsync(
        ClaimsPrincipal user, int number, int notes = NotesPerPage, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(notes, 1);
        await access.EnsureAsync(user, Policies.ReadTickets, "view tickets");

        // Every open page of a ticket re-reads it when it changes: those reads share one round trip.
        return await sharedReads.ReadAsync((nameof(TicketReader), number, notes), () => LoadAsync(number, notes), cancellationToken);
    }

    private async Task<TicketDetails?> LoadAsync(int number, int notes)
    {
        var cancellationToken = CancellationToken.None; // shared by several callers (SharedReads)
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        var ticket = await db.Tickets.AsNoTracking()
            .Where(t => t.Number == number)
            .Select(t => new
            {
                t.Id, t.Number, t.Subject, t.Description, t.RequesterName, t.RequesterEmail,
                t.AssignedTechnicianId,
                AssignedTechnicianName = t.AssignedTechnician != null ? t.AssignedTechnician.DisplayName : null,
                t.CategoryId, CategoryName = t.Category!.Name,
                t.Type, t.Priority, t.Source, t.Status, t.CreatedAt, t.UpdatedAt, t.ClosedAt, t.Version,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (ticket is null)
        {
            return null;
        }

        var noteCount = await db.TicketNotes.CountAsync(n => n.TicketId == ticket.Id, cancellationToken);
        var latest = await (
                from n in db.TicketNotes.AsNoTracking()
                where n.TicketId == ticket.Id
                join c in db.ServiceCases on n.ServiceCaseId equals c.Id into cases
                from c in cases.DefaultIfEmpty()
                orderby n.CreatedAt descending, n.Id descending
                select new TicketNoteView(n.Id, n.Kind, n.AuthorName, n.Body, n.CreatedAt,
                    c == null ? null : new TicketNoteCase(c.SessionCode, c.CreatedAt, c.ValidUntil,
                        // The note that ended the case is written at its end; the "started" note keeps showing valid-until.
                        n.CreatedAt == c.EndedAt ? c.EndedAt : null,
                        n.CreatedAt == c.EndedAt ? c.ConnectedSeconds : null)))
            .Take(notes)
            .ToListAsync(cancellationToken);
        latest.Reverse();

        return new TicketDetails(
            ticket.Id, ticket.Number, ticket.Subject, ticket.Description, ticket.RequesterName,
            ticket.RequesterEmail, ticket.AssignedTechnicianId, ticket.AssignedTechnicianName,
            ticket.CategoryId, ticket.CategoryName, ticket.Type, ticket.Priority, ticket.Source, ticket.Status,
            ticket.CreatedAt, ticket.UpdatedAt, ticket.ClosedAt, ticket.Version, latest, noteCount);
    }
}
