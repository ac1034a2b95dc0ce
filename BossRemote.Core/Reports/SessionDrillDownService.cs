using System.Security.Claims;
using BossRemote.Core.Common;
using BossRemote.Core.Data;
using BossRemote.Core.Identity;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.Tickets;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.Reports;

/// <summary>
/// The sessions behind one row of the TeamViewer Session Summary: the cases the row counts (closed, started in the
/// days, of the chosen technicians) and nothing else, so the list's length is the row's figure. Same policy as the
/// report, checked here again (ADR-004).
/// </summary>
public sealed class SessionDrillDownService(IDbContextFactory<BossRemoteDbContext> dbFactory, UserAccess access)
{
    /// <summary>What a page lists at most; the rest is in the CSV.</summary>
    public const int PageLimit = 500;

    /// <summary>What one CSV holds at most: a bound on what one request can ask the database for.</summary>
    public const int ExportLimit = 100_000;

    public async Task<SessionDrillDown> GetAsync(
        ClaimsPrincipal user, SessionSummaryQuery query, ReportRow row, int limit, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.Reports, "view reports");
        if ((query.Validate() ?? row.Validate()) is { } error)
        {
            throw new ArgumentException(error, nameof(query));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var utc = query.Range.ToUtc(TimeZoneInfo.FindSystemTimeZoneById(query.TimeZoneId));
        var chosen = query.TechnicianIds.Distinct(StringComparer.Ordinal).ToList();

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var cases = Of(row, db.ServiceCases.AsNoTracking()
            .Where(c => c.State == ServiceCaseState.Closed && c.CreatedAt >= utc.Start && c.CreatedAt < utc.End));
        if (chosen.Count > 0)
        {
            cases = cases.Where(c => chosen.Contains(c.CreatedById));
        }

        var total = await cases.CountAsync(cancellationToken);
        var rows = await cases
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Take(limit)
            .Select(c => new
            {
                c.Id,
                c.Ticket!.Number,
                c.Ticket.RequesterName,
                Account = db.Users.Where(u => u.Id == c.CreatedById).Select(u => u.DisplayName).FirstOrDefault(),
                c.CreatedByName,
                c.CreatedAt,
                c.EndedAt,
                c.DurationTicks,
                c.ConnectedSeconds,
            })
            .ToListAsync(cancellationToken);

        return new SessionDrillDown(
            row, await NameAsync(db, row, cancellationToken), query.Range, query.TimeZoneId, total,
            [.. rows.Select(r => new SessionDetail(
                r.Id, r.Number, r.RequesterName, r.Account ?? r.CreatedByName, r.CreatedAt, r.EndedAt!.Value,
                SessionMath.Seconds(r.DurationTicks ?? 0), r.ConnectedSeconds))]);
    }

    /// <summary>The cases of one row, as the report groups them (SessionSummaryQueries).</summary>
    private static IQueryable<ServiceCase> Of(ReportRow row, IQueryable<ServiceCase> cases)
    {
        var number = row.Number;
        return row.Kind switch
        {
            ReportRowKind.Technician => cases.Where(c => c.CreatedById == row.Key),
            ReportRowKind.Category => cases.Where(c => c.Ticket!.CategoryId == number),
            ReportRowKind.Type => cases.Where(c => c.Ticket!.Type == (TicketType)number),
            ReportRowKind.Priority => cases.Where(c => c.Ticket!.Priority == (TicketPriority)number),
            _ => cases.Where(c => c.Ticket!.Source == (TicketSource)number),
        };
    }

    /// <summary>The row as the report names it.</summary>
    private static async Task<string> NameAsync(BossRemoteDbContext db, ReportRow row, CancellationToken cancellationToken)
    {
        var number = row.Number;
        return row.Kind switch
        {
            ReportRowKind.Technician =>
                await db.Users.AsNoTracking().Where(u => u.Id == row.Key).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken)
                ?? await db.ServiceCases.AsNoTracking().Where(c => c.CreatedById == row.Key).OrderByDescending(c => c.CreatedAt)
                    .Select(c => c.CreatedByName).FirstOrDefaultAsync(cancellationToken)
                ?? row.Key,
            ReportRowKind.Category =>
                await db.TicketCategories.AsNoTracking().Where(c => c.Id == number).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken)
                ?? $"Category {number}",
            ReportRowKind.Type => ((TicketType)number).Text(),
            ReportRowKind.Priority => ((TicketPriority)number).Text(),
            _ => ((TicketSource)number).Text(),
        };
    }
}
