using System.Linq.Expressions;
using BossRemote.Core.ServiceCases;
using BossRemote.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Tests.Core.ServiceCases;

/// <summary>
/// <see cref="ServiceCase"/> states each rule twice — a check on a loaded case and a query the database runs. Over
/// every state and every time around the edges, the database must pick exactly the cases the check accepts.
/// </summary>
public abstract class ServiceCaseRulesTests(TestDatabase database) : ServiceCaseTestBase(database)
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(15);

    private static readonly TimeSpan[] Offsets =
        [TimeSpan.FromHours(-30), TimeSpan.FromMinutes(-1), TimeSpan.FromSeconds(-20), TimeSpan.FromSeconds(-1), TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromHours(3)];

    [Fact]
    public async Task Rules_QueryAndCheck_AgreeOnEveryCase()
    {
        // One ticket per case: the one-open-case-per-ticket index stays as the app has it.
        var rows = Enum.GetValues<ServiceCaseState>().SelectMany(state => Offsets.Select(offset => (state, offset))).ToList();
        await Database.AddAsync([.. rows.Select((_, i) => new TicketBuilder().WithNumber(2000 + i).Build())]);
        await using (var db = Database.CreateDbContext())
        {
            var tickets = await db.Tickets.Where(t => t.Number >= 2000).OrderBy(t => t.Number).Select(t => t.Id).ToListAsync();
            db.ServiceCases.AddRange(rows.Select((row, i) => new ServiceCase
            {
                TicketId = tickets[i],
                State = row.state,
                Reference = $"rules-{i}",
                CreatedAt = Now + row.offset,
                ValidUntil = row.state == ServiceCaseState.Pending ? null : Now + row.offset,
                EndedAt = row.state is ServiceCaseState.Closed or ServiceCaseState.Expired ? Now + row.offset : null,
            }));
            await db.SaveChangesAsync();
        }

        await AgreeAsync(ServiceCase.Open, c => c.IsOpen);
        await AgreeAsync(ServiceCase.OverdueAt(Now), c => c.IsOverdue(Now));
        await AgreeAsync(ServiceCase.RunningAt(Now), c => c.IsRunning(Now));
        await AgreeAsync(ServiceCase.HoldingTicketAt(Now), c => c.HoldsTicket(Now));
        await AgreeAsync(ServiceCase.StalePendingAt(Now, RequestTimeout), c => c.IsStalePending(Now, RequestTimeout));
    }

    [Theory]
    [InlineData(TeamViewerCloseOutcome.Closed, "Closed", false)]
    [InlineData(TeamViewerCloseOutcome.TokenRejected, "Closed", true)]
    public void EndingAfterClose_SettledOutcome_EndsTheCase(TeamViewerCloseOutcome outcome, string state, bool locallyOnly)
    {
        var ending = ServiceCase.EndingAfterClose(outcome).ShouldNotBeNull();

        ending.State.ToString().ShouldBe(state);
        ending.LocallyOnly.ShouldBe(locallyOnly);
    }

    [Fact]
    public void EndingAfterClose_Unsettled_KeepsTheCaseOpen()
    {
        ServiceCase.EndingAfterClose(TeamViewerCloseOutcome.Unsettled).ShouldBeNull();
    }

    private async Task AgreeAsync(Expression<Func<ServiceCase, bool>> query, Func<ServiceCase, bool> check)
    {
        await using var db = Database.CreateDbContext();
        var all = await db.ServiceCases.AsNoTracking().ToListAsync();
        var picked = await db.ServiceCases.Where(query).Select(c => c.Reference).ToListAsync();

        picked.Order().ShouldBe(all.Where(check).Select(c => c.Reference).Order(), query.ToString());
        picked.ShouldNotBeEmpty(query.ToString());
        picked.Count.ShouldBeLessThan(all.Count, query.ToString());
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : ServiceCaseRulesTests(database), IClassFixture<SqliteTestDatabase>;

    public sealed class OnPostgres(PostgresTestDatabase database) : ServiceCaseRulesTests(database), IClassFixture<PostgresTestDatabase>;
}
