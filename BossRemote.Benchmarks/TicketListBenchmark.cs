using System.Globalization;
using BossRemote.Core.Data;
using BossRemote.Core.Identity;
using BossRemote.Core.Tickets;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Benchmarks;

/// <summary>
/// Times the ticket list (SPEC §2: fast at 100,000 tickets) over the data's tickets: one page of 25 with its total
/// count, as the grid asks, through the real <see cref="TicketListService"/> acting as a technician.
/// </summary>
internal sealed class TicketListBenchmark(IBenchmarkDatabase database, int runs)
{
    public async Task RunAsync()
    {
        int ticketCount;
        string firstTechnician;
        await using (var db = new BossRemoteDbContext(database.ContextOptions))
        {
            ticketCount = await db.Tickets.CountAsync();
            firstTechnician = await db.Users.OrderBy(u => u.DisplayName).Select(u => u.Id).FirstAsync();
        }

        var ticketList = new TicketListService(new ContextFactory(database.ContextOptions), BenchmarkAccess.Create());
        var technician = BenchmarkAccess.Person(firstTechnician, Roles.Technician);
        (string Name, TicketListQuery Query)[] lists =
        [
            ("all tickets, newest first, page 1", new TicketListQuery()),
            ("all tickets, page 2,000", new TicketListQuery { Page = 2_000 }),
            ("unfinished (Open, In Progress, On Hold)", new TicketListQuery { Statuses = [TicketStatus.Open, TicketStatus.InProgress, TicketStatus.OnHold] }),
            ("my tickets, by subject", new TicketListQuery { View = TicketView.Mine, SortBy = TicketSortColumn.Subject, Descending = false }),
            ("search \"printer\"", new TicketListQuery { Search = "printer" }),
            ("by number #1042", new TicketListQuery { Search = "#1042" }),
        ];

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Ticket list over {ticketCount:N0} tickets (page of 25, with the total count):"));
        foreach (var (name, query) in lists)
        {
            var page = await ticketList.QueryAsync(technician, query);
            var ms = await Timing.MedianAsync(runs, () => ticketList.QueryAsync(technician, query));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-42} {ms,8:F1} ms  ({page.TotalCount:N0} match)"));
        }
    }
}
