using BossRemote.Core.Common;
using System.Security.Claims;
using BossRemote.Core.Data;
using BossRemote.Core.Demo;
using BossRemote.Core.Tickets;
using BossRemote.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BossRemote.Tests.Integration.Infrastructure;

/// <summary>Helpers to act inside a running app as its demo people: resolve services, pick tickets, wait for jobs.</summary>
public static class AppScope
{
    /// <summary>Runs <paramref name="action"/> with a service from a fresh scope, as one request or job would.</summary>
    public static async Task<TResult> WithAsync<TService, TResult>(IServiceProvider services, Func<TService, Task<TResult>> action)
        where TService : notnull
    {
        await using var scope = services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>The demo person signed in, as the sign-in cookie describes them.</summary>
    public static async Task<ClaimsPrincipal> DemoUserAsync(IServiceProvider services, string email)
    {
        await using var db = await Factory(services).CreateDbContextAsync();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        var role = DemoUsers.All.Single(u => u.Email == email).Role;
        return new PrincipalBuilder().WithRole(role).WithId(user.Id).WithName(email).Build();
    }

    /// <summary>
    /// An open ticket with no service case yet (each test takes its own): a new one, created through the product as the
    /// demo admin, like the newest open demo ticket — the demo data holds only so many untouched open tickets.
    /// </summary>
    public static async Task<Ticket> FreshOpenTicketAsync(IServiceProvider services)
    {
        Ticket model;
        await using (var db = await Factory(services).CreateDbContextAsync())
        {
            model = await db.Tickets.AsNoTracking().Where(t => t.Status == TicketStatus.Open).OrderByDescending(t => t.Number).FirstAsync();
        }

        var admin = await DemoUserAsync(services, DemoUsers.AdminEmail);
        var input = new TicketInput
        {
            Subject = model.Subject, Description = model.Description, RequesterName = model.RequesterName,
            RequesterEmail = model.RequesterEmail, CategoryId = model.CategoryId, Type = model.Type, Priority = model.Priority,
            Source = model.Source, AssignedTechnicianId = model.AssignedTechnicianId,
        };
        var created = await WithAsync<TicketEditor, OperationResult<int>>(services, e => e.CreateAsync(admin, input));
        created.Succeeded.ShouldBeTrue(created.Error);

        await using var read = await Factory(services).CreateDbContextAsync();
        return await read.Tickets.AsNoTracking().SingleAsync(t => t.Number == created.Value);
    }

    public static IDbContextFactory<BossRemoteDbContext> Factory(IServiceProvider services) =>
        services.GetRequiredService<IDbContextFactory<BossRemoteDbContext>>();

    /// <summary>Polls <paramref name="condition"/> until it holds (background jobs run on their own schedule).</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        var value = await read();
        while (!condition(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            value = await read();
        }

        return value;
    }
}
