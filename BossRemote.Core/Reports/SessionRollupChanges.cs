using BossRemote.Core.Data;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace BossRemote.Core.Reports;

/// <summary>
/// What one save does to the <see cref="SessionRollup"/> rows: read from the change tracker before the save (a case
/// that ends, starts out ended, is changed or deleted; a ticket whose category, type, priority or source changes moves
/// its closed cases between breakdown rows), written after it in the same transaction as additions
/// (<c>INSERT … ON CONFLICT DO UPDATE SET x = x + …</c>), so concurrent saves add up instead of overwriting each other.
/// The database does not keep it by itself: a bulk <c>ExecuteUpdate</c> or <c>ExecuteDelete</c> of cases or tickets
/// would bypass it (there is none; <see cref="SessionRollupBackfill"/> rebuilds it from the cases).
/// </summary>
internal sealed class SessionRollupChanges
{
    private const int RowsPerStatement = 500;

    private readonly Dictionary<(string TechnicianId, SessionRollupGrain Grain, int Day, SessionRollupKind Kind, int Value), Sums> _deltas = [];

    /// <summary>Reads what the pending changes of <paramref name="db"/> do to the rollup; call before the save, in its transaction.</summary>
    public static async Task<SessionRollupChanges> CollectAsync(BossRemoteDbContext db, CancellationToken cancellationToken)
    {
        var changes = new SessionRollupChanges();
        if (db.ChangeTracker.AutoDetectChangesEnabled)
        {
            db.ChangeTracker.DetectChanges();
        }

        var cases = db.ChangeTracker.Entries<ServiceCase>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        var retagged = db.ChangeTracker.Entries<Ticket>()
            .Where(e => e.State == EntityState.Modified && Fields(e.OriginalValues) != Fields(e.CurrentValues)).ToList();
        if (cases.Count == 0 && retagged.Count == 0)
        {
            return changes;
        }

        // Each reported case as it was (taken away, with its ticket's fields as they were) and as it will be (added).
        var moves = new List<(Reported Case, bool Original, int Sign)>();
        foreach (var entry in cases)
        {
            if (entry.State != EntityState.Added && Reported.From(entry.OriginalValues) is { } before)
            {
                moves.Add((before, true, -1));
            }

            if (entry.State != EntityState.Deleted && Reported.From(entry.CurrentValues) is { } after)
            {
                moves.Add((after, false, +1));
            }
        }

        if (retagged.Count > 0)
        {
            // The closed cases of a ticket whose fields change move from the old breakdown rows to the new ones; cases
            // this save changes itself are handled above, with the ticket's old and new fields.
            var ids = retagged.Select(e => e.Property(t => t.Id).CurrentValue).ToList();
            var handled = cases.Where(e => e.State != EntityState.Added).Select(e => e.Property(c => c.Id).OriginalValue).ToHashSet();
            var closed = await db.ServiceCases.AsNoTracking()
                .Where(c => ids.Contains(c.TicketId) && c.State == ServiceCaseState.Closed)
                .Select(c => new Reported(c.Id, c.TicketId, c.State, c.CreatedById, c.CreatedAt, c.DurationTicks, c.ConnectedSeconds))
                .ToListAsync(cancellationToken);
            foreach (var reported in closed.Where(c => !handled.Contains(c.Id)))
            {
                moves.Add((reported, true, -1));
                moves.Add((reported, false, +1));
            }
        }

        var tickets = await TicketFields.ReadAsync(db, moves.Select(m => m.Case.TicketId), cancellationToken);
        foreach (var (reported, original, sign) in moves)
        {
            changes.Add(reported, tickets.Of(reported.TicketId, original), sign);
        }

        return changes;
    }

    /// <summary>Writes the additions; call after the save, before its transaction commits.</summary>
    public async Task ApplyAsync(BossRemoteDbContext db, CancellationToken cancellationToken)
    {
        foreach (var chunk in _deltas.Where(d => !d.Value.IsZero).Chunk(RowsPerStatement))
        {
            var values = new List<object>(chunk.Length * 9);
            var rows = new List<string>(chunk.Length);
            foreach (var ((technicianId, grain, day, kind, value), sums) in chunk)
            {
                var i = values.Count;
                rows.Add($"({string.Join(", ", Enumerable.Range(i, 9).Select(n => $"{{{n}}}"))})");
                values.AddRange([technicianId, (int)grain, day, (int)kind, value, sums.Sessions, sums.Ticks, sums.ConnectedSessions, sums.ConnectedSeconds]);
            }

            var sql = $"""
                INSERT INTO "SessionRollups" ("TechnicianId", "Grain", "Day", "Kind", "Value", "Sessions", "DurationTicks", "ConnectedSessions", "ConnectedSeconds")
                VALUES {string.Join(", ", rows)}
                ON CONFLICT ("TechnicianId", "Grain", "Day", "Kind", "Value") DO UPDATE SET
                    "Sessions" = "SessionRollups"."Sessions" + excluded."Sessions",
                    "DurationTicks" = "SessionRollups"."DurationTicks" + excluded."DurationTicks",
                    "ConnectedSessions" = "SessionRollups"."ConnectedSessions" + excluded."ConnectedSessions",
                    "ConnectedSeconds" = "SessionRollups"."ConnectedSeconds" + excluded."ConnectedSeconds"
                """;
            await db.Database.ExecuteSqlRawAsync(sql, values, cancellationToken);
        }
    }

    private static (int CategoryId, int Type, int Priority, int Source) Fields(PropertyValues ticket) =>
        (ticket.GetValue<int>(nameof(Ticket.CategoryId)), (int)ticket.GetValue<TicketType>(nameof(Ticket.Type)),
            (int)ticket.GetValue<TicketPriority>(nameof(Ticket.Priority)), (int)ticket.GetValue<TicketSource>(nameof(Ticket.Source)));

    private void Add(Reported reported, (int CategoryId, int Type, int Priority, int Source) fields, int sign)
    {
        var day = SessionRollup.DayOf(reported.CreatedAt);
        var sums = new Sums(
            sign, sign * (reported.DurationTicks ?? 0), reported.ConnectedSeconds is null ? 0 : sign, sign * (long)(reported.ConnectedSeconds ?? 0));
        foreach (var (grain, bucket) in new[] { (SessionRollupGrain.Day, day), (SessionRollupGrain.Month, SessionRollup.MonthOf(day)) })
        {
            Add((reported.TechnicianId, grain, bucket, SessionRollupKind.Technician, (int)reported.State), sums);
            if (reported.State != ServiceCaseState.Closed)
            {
                continue;
            }

            foreach (var technicianId in new[] { reported.TechnicianId, SessionRollup.AllTechnicians })
            {
                Add((technicianId, grain, bucket, SessionRollupKind.Category, fields.CategoryId), sums);
                Add((technicianId, grain, bucket, SessionRollupKind.Type, fields.Type), sums);
                Add((technicianId, grain, bucket, SessionRollupKind.Priority, fields.Priority), sums);
                Add((technicianId, grain, bucket, SessionRollupKind.Source, fields.Source), sums);
            }
        }
    }

    private void Add((string, SessionRollupGrain, int, SessionRollupKind, int) key, Sums sums) =>
        _deltas[key] = _deltas.TryGetValue(key, out var sum) ? sum + sums : sums;

    /// <summary>The figures of one case the report counts (closed or expired), or null for one it does not.</summary>
    private sealed record Reported(
        long Id, int TicketId, ServiceCaseState State, string TechnicianId, DateTime CreatedAt, long? DurationTicks, int? ConnectedSeconds)
    {
        public static Reported? From(PropertyValues values)
        {
            var state = values.GetValue<ServiceCaseState>(nameof(ServiceCase.State));
            return state is ServiceCaseState.Closed or ServiceCaseState.Expired
                ? new Reported(
                    values.GetValue<long>(nameof(ServiceCase.Id)), values.GetValue<int>(nameof(ServiceCase.TicketId)), state,
                    values.GetValue<string>(nameof(ServiceCase.CreatedById)), values.GetValue<DateTime>(nameof(ServiceCase.CreatedAt)),
                    values.GetValue<long?>(nameof(ServiceCase.DurationTicks)), values.GetValue<int?>(nameof(ServiceCase.ConnectedSeconds)))
                : null;
        }
    }

    private readonly record struct Sums(int Sessions, long Ticks, int ConnectedSessions, long ConnectedSeconds)
    {
        public bool IsZero => Sessions == 0 && Ticks == 0 && ConnectedSessions == 0 && ConnectedSeconds == 0;

        public static Sums operator +(Sums a, Sums b) =>
            new(a.Sessions + b.Sessions, a.Ticks + b.Ticks, a.ConnectedSessions + b.ConnectedSessions, a.ConnectedSeconds + b.ConnectedSeconds);
    }

    /// <summary>The fields of the tickets a save's cases belong to, before and after it: tracked ones from the change tracker, others as stored.</summary>
    private sealed class TicketFields
    {
        private readonly Dictionary<int, EntityEntry<Ticket>> _tracked = [];
        private readonly Dictionary<int, (int, int, int, int)> _stored = [];

        public static async Task<TicketFields> ReadAsync(BossRemoteDbContext db, IEnumerable<int> ticketIds, CancellationToken cancellationToken)
        {
            var fields = new TicketFields();
            foreach (var entry in db.ChangeTracker.Entries<Ticket>())
            {
                // A ticket added in the same save has a temporary id, which its cases' foreign key carries too.
                fields._tracked[entry.Property(t => t.Id).CurrentValue] = entry;
            }

            foreach (var chunk in ticketIds.Where(id => !fields._tracked.ContainsKey(id)).Distinct().Chunk(1000))
            {
                var rows = await db.Tickets.AsNoTracking().Where(t => chunk.Contains(t.Id))
                    .Select(t => new { t.Id, t.CategoryId, t.Type, t.Priority, t.Source }).ToListAsync(cancellationToken);
                foreach (var row in rows)
                {
                    fields._stored[row.Id] = (row.CategoryId, (int)row.Type, (int)row.Priority, (int)row.Source);
                }
            }

            return fields;
        }

        public (int CategoryId, int Type, int Priority, int Source) Of(int ticketId, bool original) =>
            _tracked.TryGetValue(ticketId, out var tracked)
                ? Fields(original && tracked.State != EntityState.Added ? tracked.OriginalValues : tracked.CurrentValues)
                : _stored[ticketId];
    }
}
