using System.Security.Claims;
using BossRemote.Core.Common;
using BossRemote.Core.Data;
using BossRemote.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.Tickets;

/// <summary>The ticket list: server-side filtering, search, sorting and paging (SPEC §2).</summary>
public sealed class TicketListService(IDbContextFactory<BossRemoteDbContext> dbFactory, UserAccess access)
{
    public async Task<PagedResult<TicketListItem>> QueryAsync(
        ClaimsPrincipal user, TicketListQuery query, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.ReadTickets, "view tickets");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        var tickets = Filter(db.Tickets.AsNoTracking(), query, user.GetUserId());
        var total = await tickets.CountAsync(cancellationToken);
        var pageSize = Math.Clamp(query.PageSize, 1, TicketListQuery.MaxPageSize);

        var items = await Sort(tickets, query.SortBy, query.Descending)
            .Skip(Math.Max(query.Page, 0) * pageSize)
            .Take(pageSize)
            .Select(t => new TicketListItem(
                t.Number, t.Subject, t.RequesterName,
                t.AssignedTechnician != null ? t.AssignedTechnician.DisplayName : null,
                t.Category!.Name, t.Type, t.Priority, t.Status, t.Source, t.CreatedAt, t.UpdatedAt))
            .ToListAsync(cancellationToken);

        return new PagedResult<TicketListItem>(items, total);
    }

    private static IQueryable<Ticket> Filter(IQueryable<Ticket> tickets, TicketListQuery query, string? userId)
    {
        tickets = query.View switch
        {
            TicketView.Mine => tickets.Where(t => t.AssignedTechnicianId == userId),
            TicketView.Unassigned => tickets.Where(t => t.AssignedTechnicianId == null),
            _ => tickets,
        };

        if (query.Statuses.Count > 0)
        {
            var statuses = query.Statuses.ToList();
            tickets = tickets.Where(t => statuses.Contains(t.Status));
        }

        if (query.Priority is { } priority)
        {
            tickets = tickets.Where(t => t.Priority == priority);
        }

        if (query.CategoryId is { } categoryId)
        {
            tickets = tickets.Where(t => t.CategoryId == categoryId);
        }

        if (query.TechnicianId is { } technicianId)
        {
            tickets = tickets.Where(t => t.AssignedTechnicianId == technicianId);
        }

        var search = query.Search?.Trim();
        if (string.IsNullOrEmpty(search))
        {
            return tickets;
        }

        if (int.TryParse(search.TrimStart('#'), out var number))
        {
            return tickets.Where(t => t.Number == number);
        }

        // Case-insensitive on every engine: both sides lower-cased (SQLite's LIKE ignores case, PostgreSQL's does not).
        // A plain substring test, so %, _ and \ in the search are just characters.
        var lowered = search.ToLowerInvariant();
        return tickets.Where(t =>
            t.Subject.ToLower().Contains(lowered)
            || t.RequesterName.ToLower().Contains(lowered)
            || t.RequesterEmail.ToLower().Contains(lowered));
    }

    private static IQueryable<Ticket> Sort(IQueryable<Ticket> tickets, TicketSortColumn column, bool descending) =>
        column switch
        {
            TicketSortColumn.Number => Order(tickets, t => t.Number, descending),
            TicketSortColumn.Created => Order(tickets, t => t.CreatedAt, descending).ThenByDescending(t => t.Number),
            TicketSortColumn.Subject => Order(tickets, t => t.Subject, descending).ThenByDescending(t => t.Number),
            TicketSortColumn.Priority => Order(tickets, t => t.Priority, descending).ThenByDescending(t => t.UpdatedAt),
            TicketSortColumn.Status => Order(tickets, t => t.Status, descending).ThenByDescending(t => t.UpdatedAt),
            TicketSortColumn.Requester => Order(tickets, t => t.RequesterName, descending).ThenByDescending(t => t.Number),
            _ => Order(tickets, t => t.UpdatedAt, descending).ThenByDescending(t => t.Number),
        };

    private static IOrderedQueryable<Ticket> Order<TKey>(
        IQueryable<Ticket> tickets, System.Linq.Expressions.Expression<Func<Ticket, TKey>> key, bool descending) =>
        descending ? tickets.OrderByDescending(key) : tickets.OrderBy(key);
}
