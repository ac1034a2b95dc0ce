using System.Globalization;
using BossRemote.Core.Identity;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.Tickets;

namespace BossRemote.Benchmarks;

/// <summary>
/// The benchmark's data, the same on every engine so their figures can be compared: 40 technicians, one ticket per four
/// cases and <c>N</c> cases spread over the three years before <see cref="End"/>: 91 % closed (2 minutes to 2 hours),
/// 9 % expired, a few still active. One random stream with a fixed seed feeds everything, so the order of the calls is
/// part of the data: <see cref="Technicians"/> (made first, by the constructor), then <see cref="Tickets"/>, then
/// <see cref="Cases"/>, each enumerated once.
/// </summary>
public sealed class BenchmarkData
{
    public const int TechnicianCount = 40;

    /// <summary>The data ends here, so the figures do not depend on the day the benchmark runs.</summary>
    public static readonly DateTime End = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    public static readonly DateTime Start = End.AddYears(-3);

    public static readonly IReadOnlyList<string> Categories = ["Support", "PC", "Network", "Printer", "Software", "Hardware"];

    /// <summary>The newest cases are still running, on the newest tickets.</summary>
    private const int StillOpen = 40;

    private static readonly long Span = (End - Start).Ticks;
    private readonly Random _random = new(1_000_003);
    private readonly int _cases;

    public BenchmarkData(int cases)
    {
        _cases = cases;
        Technicians = [.. Enumerable.Range(1, TechnicianCount).Select(i => new ApplicationUser
        {
            Id = new Guid(Bytes(16)).ToString(),
            UserName = $"tech{i:00}@bench.local",
            NormalizedUserName = $"TECH{i:00}@BENCH.LOCAL",
            Email = $"tech{i:00}@bench.local",
            NormalizedEmail = $"TECH{i:00}@BENCH.LOCAL",
            DisplayName = $"{FirstNames[i % FirstNames.Length]} {LastNames[i * 7 % LastNames.Length]} {i:00}",
        })];
    }

    public IReadOnlyList<ApplicationUser> Technicians { get; }

    public int TicketCount => Math.Max(1, _cases / 4);

    /// <summary>Tickets with ids 1…<see cref="TicketCount"/>, on the given categories (in their sort order).</summary>
    public IEnumerable<BenchmarkTicket> Tickets(IReadOnlyList<int> categoryIds)
    {
        for (var j = 0; j < TicketCount; j++)
        {
            var created = Start.AddTicks(Span / TicketCount * j);
            var technician = Technicians[_random.Next(Technicians.Count)];
            var subject = Subjects[_random.Next(Subjects.Length)];
            var category = categoryIds[_random.Next(categoryIds.Count)];
            var type = _random.Next(3);
            var priority = Pick([0, 1, 1, 2, 2, 2, 3, 3]);
            var source = _random.Next(4);
            yield return new BenchmarkTicket(j + 1, TicketEditor.FirstNumber + j, subject,
                "Started this morning. I have restarted twice and it still happens; a remote session would be ideal.",
                "Emma Johnson", "emma.johnson@northwind.example", technician.Id, category,
                type, priority, source, (int)TicketStatus.Closed, created, created.AddDays(2), created.AddDays(2));
        }
    }

    /// <summary>Cases with ids 1…N in time order (as in production), each on a ticket opened shortly before it.</summary>
    public IEnumerable<BenchmarkCase> Cases()
    {
        for (var i = 0; i < _cases; i++)
        {
            yield return Case(i, i >= _cases - StillOpen);
        }
    }

    private BenchmarkCase Case(int i, bool open)
    {
        var start = Start.AddTicks(Span / _cases * i).AddSeconds(_random.Next(0, 60));
        start = new DateTime(start.Ticks - start.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
        var ticketIndex = open ? TicketCount - 1 - (_cases - 1 - i) : Math.Max(0, i / 4 - _random.Next(0, 20));
        var technician = Technicians[_random.Next(Technicians.Count)];
        var digits = _random.Next(0, 1_000_000_000).ToString("000000000", CultureInfo.InvariantCulture);
        var state = open ? ServiceCaseState.Active : _random.NextDouble() < 0.09 ? ServiceCaseState.Expired : ServiceCaseState.Closed;
        var duration = state == ServiceCaseState.Expired ? TimeSpan.FromHours(24) : TimeSpan.FromSeconds(DurationSeconds());
        int? connected = state == ServiceCaseState.Closed && _random.NextDouble() < 0.6
            ? (int)(duration.TotalSeconds * (0.5 + _random.NextDouble() * 0.45))
            : null;
        var reference = $"bossremote:ticket:{TicketEditor.FirstNumber + ticketIndex}:{new Guid(Bytes(16)):N}";
        return new BenchmarkCase(i + 1, ticketIndex + 1, (int)state, $"s{digits[..3]}-{digits[3..6]}-{digits[6..]}",
            $"https://get.teamviewer.com/v15/s{digits}-AbCdEfGhIjKl", $"https://login.teamviewer.com/Connect/IndexByol?sessioncode=s{digits}",
            $"https://get.teamviewer.com/v15/s{digits}", "g1001", reference,
            technician.Id, technician.DisplayName, start, start.AddHours(24),
            open ? null : start + duration, open ? null : duration.Ticks,
            open ? null : state == ServiceCaseState.Expired ? "BossRemote" : technician.DisplayName,
            connected);
    }

    /// <summary>Most sessions take 5 to 40 minutes; a few take up to two hours.</summary>
    private int DurationSeconds()
    {
        var normal = Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());
        return (int)Math.Clamp(Math.Exp(Math.Log(900) + 0.8 * normal), 120, 7200);
    }

    private byte[] Bytes(int count)
    {
        var bytes = new byte[count];
        _random.NextBytes(bytes);
        return bytes;
    }

    private int Pick(int[] values) => values[_random.Next(values.Length)];

    private static readonly string[] Subjects = ["VPN disconnects every few minutes", "Printer shows offline", "Outlook keeps asking for my password", "Laptop is very slow after update", "Excel crashes when opening large files", "Second monitor not detected"];
    private static readonly string[] FirstNames = ["Taylor", "Maria", "James", "Priya", "Tom", "Alex", "Sam", "Chen", "Olga", "Ravi"];
    private static readonly string[] LastNames = ["Reed", "Garcia", "Chen", "Patel", "Becker", "Morgan", "Novak", "Silva", "Kim", "Okafor", "Berg"];
}
