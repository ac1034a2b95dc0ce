using System.Security.Claims;
using BossRemote.Core.Common;
using BossRemote.Core.Data;
using BossRemote.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.Tickets;

/// <summary>Adds technician notes and system notes to a ticket's timeline.</summary>
public sealed class TicketTimeline(
    IDbContextFactory<BossRemoteDbContext> dbFactory,
    UserAccess access,
    TimeProvider clock)
{
    public const string SystemAuthorName = "BossRemote";

    public async Task<OperationResult> AddNoteAsync(
        ClaimsPrincipal user, int number, string body, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.WorkTickets, "add notes");
        body = body?.Trim() ?? "";
        if (body.Length == 0)
        {
            return OperationResult.Fail("Write something before adding the note.");
        }

        if (body.Length > TicketNote.BodyMaxLength)
        {
            return OperationResult.Fail($"A note can be at most {TicketNote.BodyMaxLength} characters.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Number == number, cancellationToken);
        if (ticket is null)
        {
            return OperationResult.Fail($"Ticket {Ticket.FormatNumber(number)} does not exist.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var author = await UserNames.DisplayNameAsync(db, user, cancellationToken);
        ticket.Notes.Add(new TicketNote
        {
            Kind = TicketNoteKind.Technician, AuthorId = user.GetUserId(), AuthorName = author, Body = body, CreatedAt = now,
        });
        ticket.Touch(now);
        await db.SaveChangesAsync(cancellationToken);
        return OperationResult.Success;
    }

    /// <summary>Writes a note in BossRemote's own name; used by features, not by people.</summary>
    public async Task AddSystemNoteAsync(int ticketId, string body, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ticket = await db.Tickets.SingleAsync(t => t.Id == ticketId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        ticket.Notes.Add(NewSystemNote(body, now));
        ticket.Touch(now);
        await db.SaveChangesAsync(cancellationToken);
    }

    internal static TicketNote NewSystemNote(string body, DateTime now, long? serviceCaseId = null) => new()
    {
        Kind = TicketNoteKind.System,
        AuthorName = SystemAuthorName,
        Body = body.Length > TicketNote.BodyMaxLength ? body[..TicketNote.BodyMaxLength] : body,
        CreatedAt = now,
        ServiceCaseId = serviceCaseId,
    };
}
