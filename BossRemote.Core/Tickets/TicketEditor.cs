using System.Security.Claims;
using BossRemote.Core.Audit;
using BossRemote.Core.Common;
using BossRemote.Core.Data;
using BossRemote.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.Tickets;

/// <summary>
/// Creates tickets and edits their details. An edit that changes anything leaves one system note on the timeline and
/// one audit entry, both in the transaction of the change.
/// </summary>
public sealed class TicketEditor(
    IDbContextFactory<BossRemoteDbContext> dbFactory,
    UserAccess access,
    AuditLog audit,
    TimeProvider clock)
{
    public const int FirstNumber = 1001;
    private const int NumberAttempts = 5;

    public async Task<OperationResult<int>> CreateAsync(
        ClaimsPrincipal user, TicketInput input, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.WorkTickets, "create tickets");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await ValidateAsync(db, input, currentCategoryId: null, cancellationToken) is { } error)
        {
            return OperationResult<int>.Fail(error);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var ticket = new Ticket { Status = TicketStatus.Open, CreatedAt = now };
        Apply(ticket, input);
        ticket.Touch(now);
        db.Tickets.Add(ticket);

        // Two people creating at once may pick the same next number; the unique index refuses one, which retries.
        for (var attempt = 1; ; attempt++)
        {
            ticket.Number = (await db.Tickets.MaxAsync(t => (int?)t.Number, cancellationToken) ?? FirstNumber - 1) + 1;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                break;
            }
            catch (DbUpdateException) when (attempt < NumberAttempts)
            {
            }
        }

        return OperationResult<int>.Success(ticket.Number);
    }

    public async Task<OperationResult> UpdateAsync(
        ClaimsPrincipal user, int number, TicketInput input, int expectedVersion,
        CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.WorkTickets, "edit tickets");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Number == number, cancellationToken);
        if (ticket is null)
        {
            return OperationResult.Fail($"Ticket {Ticket.FormatNumber(number)} does not exist.");
        }

        if (ticket.Version != expectedVersion)
        {
            return OperationResult.Fail("Someone else changed this ticket while you were editing. Reload it and try again.");
        }

        if (await ValidateAsync(db, input, ticket.CategoryId, cancellationToken) is { } error)
        {
            return OperationResult.Fail(error);
        }

        var author = await UserNames.DisplayNameAsync(db, user, cancellationToken);
        var names = await NamesAsync(db, ticket, input, cancellationToken);
        var changes = ticket.Edit(input, names, author, clock.GetUtcNow().UtcDateTime);
        if (changes.Count == 0)
        {
            return OperationResult.Success;
        }

        audit.Add(db, user, author, AuditActions.TicketChanged, string.Join("; ", changes), ticket.Number);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return OperationResult.Fail("Someone else changed this ticket while you were editing. Reload it and try again.");
        }

        return OperationResult.Success;
    }

    private static async Task<string?> ValidateAsync(
        BossRemoteDbContext db, TicketInput input, int? currentCategoryId, CancellationToken cancellationToken)
    {
        if (input.Validate() is { Count: > 0 } errors)
        {
            return string.Join(" ", errors);
        }

        // A retired category may stay on a ticket that already has it, but is not offered for anything new.
        var categoryOk = await db.TicketCategories.AnyAsync(
            c => c.Id == input.CategoryId && (c.IsActive || c.Id == currentCategoryId), cancellationToken);
        if (!categoryOk)
        {
            return "Choose a category from the list.";
        }

        if (!string.IsNullOrEmpty(input.AssignedTechnicianId))
        {
            var assignable = await db.UserRoles.AnyAsync(
                ur => ur.UserId == input.AssignedTechnicianId
                    && db.Roles.Any(r => r.Id == ur.RoleId && (r.Name == Roles.Technician || r.Name == Roles.Admin)),
                cancellationToken);
            if (!assignable)
            {
                return "Choose a technician from the list.";
            }
        }

        return null;
    }

    /// <summary>The names of the people and categories the edit is between.</summary>
    private static async Task<TicketEditNames> NamesAsync(
        BossRemoteDbContext db, Ticket ticket, TicketInput input, CancellationToken cancellationToken)
    {
        string?[] personIds = [ticket.AssignedTechnicianId, input.AssignedTechnicianId];
        var ids = personIds.OfType<string>().Where(id => id.Length > 0).Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => string.IsNullOrWhiteSpace(u.DisplayName) ? u.Email ?? u.Id : u.DisplayName, cancellationToken);
        int[] categoryIds = [ticket.CategoryId, input.CategoryId];
        var categories = await db.TicketCategories.AsNoTracking().Where(c => categoryIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        return new TicketEditNames(people, categories);
    }

    private static void Apply(Ticket ticket, TicketInput input)
    {
        ticket.Subject = input.Subject.Trim();
        ticket.Description = input.Description?.Trim() ?? "";
        ticket.RequesterName = input.RequesterName.Trim();
        ticket.RequesterEmail = input.RequesterEmail.Trim();
        ticket.CategoryId = input.CategoryId;
        ticket.Type = input.Type;
        ticket.Priority = input.Priority;
        ticket.Source = input.Source;
        ticket.AssignedTechnicianId = string.IsNullOrEmpty(input.AssignedTechnicianId) ? null : input.AssignedTechnicianId;
    }
}
