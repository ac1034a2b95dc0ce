using System.Diagnostics;
using System.Globalization;
using BossRemote.Core.Data;
using BossRemote.Core.Identity;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.Tickets;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Benchmarks;

/// <summary>
/// A SQLite file with the product's schema and indexes (its migrations run first), 40 technicians, one ticket per four
/// cases and <c>N</c> cases spread over the three years before <see cref="End"/>: 91 % closed (2 minutes to 2 hours),
/// 9 % expired, a few still active. Deterministic (fixed seed), inserted with prepared commands in one transaction.
/// </summary>
public sealed class BenchmarkDatabase(BenchmarkOptions options)
{
    public const int TechnicianCount = 40;

    /// <summary>The data ends here, so the figures do not depend on the day the benchmark runs.</summary>
    public static readonly DateTime End = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    public static readonly DateTime Start = End.AddYears(-3);

    private const string DateFormat = "yyyy-MM-dd HH:mm:ss.FFFFFFF";
    private readonly Random _random = new(1_000_003);

    public string ConnectionString { get; } = new SqliteConnectionStringBuilder { DataSource = options.DatabasePath }.ToString();

    public DbContextOptions<BossRemoteDbContext> ContextOptions
    {
        get
        {
            var builder = new DbContextOptionsBuilder<BossRemoteDbContext>();
            builder.UseBossRemoteDatabase(DatabaseProvider.Sqlite, ConnectionString);
            return builder.Options;
        }
    }

    /// <summary>Builds the file, or reuses one built before with the same number of cases.</summary>
    public async Task EnsureAsync()
    {
        if (!options.Rebuild && await IsCurrentAsync())
        {
            Console.WriteLine($"Reusing {options.DatabasePath} ({options.Cases:N0} cases). Pass --rebuild to build it again.");
            return;
        }

        SqliteConnection.ClearAllPools();
        Directory.CreateDirectory(Path.GetDirectoryName(options.DatabasePath)!);
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(options.DatabasePath + suffix);
        }

        var watch = Stopwatch.StartNew();
        await using (var db = new BossRemoteDbContext(ContextOptions))
        {
            await db.Database.MigrateAsync();
        }

        var technicians = await AddPeopleAndCategoriesAsync();
        await InsertTicketsAndCasesAsync(technicians);
        Console.WriteLine($"Built {options.DatabasePath}: {options.Cases:N0} cases, {TicketCount:N0} tickets in {watch.Elapsed.TotalSeconds:F1} s.");
    }

    private int TicketCount => Math.Max(1, options.Cases / 4);

    private async Task<bool> IsCurrentAsync()
    {
        if (!File.Exists(options.DatabasePath))
        {
            return false;
        }

        await using var db = new BossRemoteDbContext(ContextOptions);
        return !(await db.Database.GetPendingMigrationsAsync()).Any()
            && await db.ServiceCases.LongCountAsync() == options.Cases;
    }

    private async Task<List<(string Id, string Name)>> AddPeopleAndCategoriesAsync()
    {
        await using var db = new BossRemoteDbContext(ContextOptions);
        var role = new IdentityRole(Roles.Technician) { NormalizedName = Roles.Technician.ToUpperInvariant() };
        db.Roles.Add(role);
        db.TicketCategories.AddRange(ReferenceCategories.Select((name, i) => new TicketCategory { Name = name, SortOrder = i }));
        var technicians = Enumerable.Range(1, TechnicianCount).Select(i => new ApplicationUser
        {
            Id = new Guid(Bytes(16)).ToString(),
            UserName = $"tech{i:00}@bench.local",
            NormalizedUserName = $"TECH{i:00}@BENCH.LOCAL",
            Email = $"tech{i:00}@bench.local",
            NormalizedEmail = $"TECH{i:00}@BENCH.LOCAL",
            DisplayName = $"{FirstNames[i % FirstNames.Length]} {LastNames[i * 7 % LastNames.Length]} {i:00}",
        }).ToList();
        db.Users.AddRange(technicians);
        db.UserRoles.AddRange(technicians.Select(t => new IdentityUserRole<string> { UserId = t.Id, RoleId = role.Id }));
        await db.SaveChangesAsync();
        return [.. technicians.Select(t => (t.Id, t.DisplayName))];
    }

    private async Task InsertTicketsAndCasesAsync(List<(string Id, string Name)> technicians)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await SqliteBulk.ExecuteAsync(connection, "PRAGMA synchronous = OFF; PRAGMA journal_mode = MEMORY; PRAGMA cache_size = -200000;");
        var categoryIds = new List<int>();
        await using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT Id FROM TicketCategories ORDER BY SortOrder";
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                categoryIds.Add(reader.GetInt32(0));
            }
        }

        await using var transaction = connection.BeginTransaction();
        var span = (End - Start).Ticks;
        await using (var ticket = SqliteBulk.Prepare(connection, transaction, "Tickets",
            "Number", "Subject", "Description", "RequesterName", "RequesterEmail", "AssignedTechnicianId", "CategoryId",
            "Type", "Priority", "Source", "Status", "CreatedAt", "UpdatedAt", "ClosedAt", "Version"))
        {
            for (var j = 0; j < TicketCount; j++)
            {
                var created = Start.AddTicks(span / TicketCount * j);
                var technician = technicians[_random.Next(technicians.Count)];
                SqliteBulk.Bind(ticket, TicketEditor.FirstNumber + j, Subjects[_random.Next(Subjects.Length)],
                    "Started this morning. I have restarted twice and it still happens; a remote session would be ideal.",
                    "Emma Johnson", "emma.johnson@northwind.example", technician.Id, categoryIds[_random.Next(categoryIds.Count)],
                    _random.Next(3), Pick([0, 1, 1, 2, 2, 2, 3, 3]), _random.Next(4), (int)TicketStatus.Closed,
                    Text(created), Text(created.AddDays(2)), Text(created.AddDays(2)), 1);
                ticket.ExecuteNonQuery();
            }
        }

        await using (var serviceCase = SqliteBulk.Prepare(connection, transaction, "ServiceCases",
            "TicketId", "State", "SessionCode", "SupporterLink", "WebClientSupporterLink", "CustomerLink", "GroupId", "Reference",
            "CreatedById", "CreatedByName", "CreatedAt", "ValidUntil", "EndedAt", "DurationTicks", "EndedByName", "ClosedLocallyOnly",
            "CustomerOnline", "CustomerOnlineChangedAt", "ConnectedSeconds", "Version"))
        {
            const int stillOpen = 40;
            for (var i = 0; i < options.Cases; i++)
            {
                BindCase(serviceCase, i, i >= options.Cases - stillOpen, span, technicians);
                serviceCase.ExecuteNonQuery();
            }
        }

        await transaction.CommitAsync();
        await SqliteBulk.ExecuteAsync(connection, "PRAGMA journal_mode = DELETE;");
    }

    private void BindCase(SqliteCommand command, int i, bool open, long span, List<(string Id, string Name)> technicians)
    {
        // Cases arrive in time order (as in production), each on a ticket opened shortly before it.
        var start = Start.AddTicks(span / options.Cases * i).AddSeconds(_random.Next(0, 60));
        start = new DateTime(start.Ticks - start.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
        var ticketIndex = open ? TicketCount - 1 - (options.Cases - 1 - i) : Math.Max(0, i / 4 - _random.Next(0, 20));
        var technician = technicians[_random.Next(technicians.Count)];
        var digits = _random.Next(0, 1_000_000_000).ToString("000000000", CultureInfo.InvariantCulture);
        var code = $"s{digits[..3]}-{digits[3..6]}-{digits[6..]}";
        var state = open ? ServiceCaseState.Active : _random.NextDouble() < 0.09 ? ServiceCaseState.Expired : ServiceCaseState.Closed;
        var duration = state == ServiceCaseState.Expired ? TimeSpan.FromHours(24) : TimeSpan.FromSeconds(DurationSeconds());
        int? connected = state == ServiceCaseState.Closed && _random.NextDouble() < 0.6
            ? (int)(duration.TotalSeconds * (0.5 + _random.NextDouble() * 0.45))
            : null;
        SqliteBulk.Bind(command, ticketIndex + 1, (int)state, code,
            $"https://get.teamviewer.com/v15/s{digits}-AbCdEfGhIjKl", $"https://login.teamviewer.com/Connect/IndexByol?sessioncode=s{digits}",
            $"https://get.teamviewer.com/v15/s{digits}", "g1001", $"bossremote:ticket:{TicketEditor.FirstNumber + ticketIndex}:{new Guid(Bytes(16)):N}",
            technician.Id, technician.Name, Text(start), Text(start.AddHours(24)),
            open ? null : Text(start + duration), open ? null : duration.Ticks,
            open ? null : state == ServiceCaseState.Expired ? "BossRemote" : technician.Name,
            0, 0, null, connected, 2);
    }

    /// <summary>Most sessions take 5 to 40 minutes; a few take up to two hours.</summary>
    private int DurationSeconds()
    {
        var normal = Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());
        return (int)Math.Clamp(Math.Exp(Math.Log(900) + 0.8 * normal), 120, 7200);
    }

    /// <summary>Exactly as EF Core's SQLite provider writes a <see cref="DateTime"/>, so comparisons match.</summary>
    private static string Text(DateTime utc) => utc.ToString(DateFormat, CultureInfo.InvariantCulture);

    private byte[] Bytes(int count)
    {
        var bytes = new byte[count];
        _random.NextBytes(bytes);
        return bytes;
    }

    private int Pick(int[] values) => values[_random.Next(values.Length)];

    private static readonly string[] ReferenceCategories = ["Support", "PC", "Network", "Printer", "Software", "Hardware"];
    private static readonly string[] Subjects = ["VPN disconnects every few minutes", "Printer shows offline", "Outlook keeps asking for my password", "Laptop is very slow after update", "Excel crashes when opening large files", "Second monitor not detected"];
    private static readonly string[] FirstNames = ["Taylor", "Maria", "James", "Priya", "Tom", "Alex", "Sam", "Chen", "Olga", "Ravi"];
    private static readonly string[] LastNames = ["Reed", "Garcia", "Chen", "Patel", "Becker", "Morgan", "Novak", "Silva", "Kim", "Okafor", "Berg"];
}
