using System.Security.Claims;
using BossRemote.Core.Data;
using BossRemote.Core.Identity;
using BossRemote.Core.Notifications;
using BossRemote.Core.Settings;
using BossRemote.Core.Tickets;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BossRemote.Benchmarks.Soak;

/// <summary>
/// The help desk the soak works in, set up through the product's own services on an empty database: an admin who
/// sets a custom QuickSupport module (so every case also runs <c>CustomModuleJob</c>), technicians — half of them
/// want customer-online notices by e-mail too — and open tickets, each with a requester who gets the invitation.
/// </summary>
internal static class SoakPeople
{
    private const string Password = "Soak!2345-run";

    public static async Task<IReadOnlyList<SoakTicket>> SetUpAsync(SoakApp app, SoakSettings settings, Random random)
    {
        var admin = await AddPersonAsync(app, "soak.admin@bossremote.example", "Soak Admin", Roles.Admin);
        var options = await app.WithAsync<TeamViewerSetupService, Core.Common.OperationResult>((s, ct) => s.SaveOptionsAsync(admin, "BOSS", "soakmodule1", ct));
        Ensure(options.Succeeded, options.Error);

        var technicians = new List<ClaimsPrincipal>();
        for (var i = 1; i <= settings.Technicians; i++)
        {
            var technician = await AddPersonAsync(app, $"technician{i}@bossremote.example", $"Technician {i}", Roles.Technician);
            await app.WithAsync<NotificationPreferencesService, bool>(async (s, ct) =>
            {
                await s.SaveMineAsync(technician, inApp: true, email: i % 2 == 0, ct);
                return true;
            });
            technicians.Add(technician);
        }

        int categoryId;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<BossRemoteDbContext>>().CreateDbContextAsync())
        {
            categoryId = await db.TicketCategories.Where(c => c.IsActive).OrderBy(c => c.SortOrder).Select(c => c.Id).FirstAsync();
        }

        var tickets = new List<SoakTicket>();
        for (var n = 1; n <= settings.Tickets; n++)
        {
            var technician = technicians[random.Next(technicians.Count)];
            var input = new TicketInput
            {
                Subject = $"Soak ticket {n}: remote help needed",
                RequesterName = $"Requester {n}",
                RequesterEmail = $"requester{n}@customer.example",
                CategoryId = categoryId,
                AssignedTechnicianId = technician.GetUserId(),
            };
            var created = await app.WithAsync<TicketEditor, Core.Common.OperationResult<int>>((s, ct) => s.CreateAsync(technician, input, ct));
            Ensure(created.Succeeded, created.Error);
            tickets.Add(new SoakTicket(created.Value, technician));
        }

        return tickets;
    }

    private static async Task<ClaimsPrincipal> AddPersonAsync(SoakApp app, string email, string name, string role)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
        var created = await users.CreateAsync(user, Password);
        Ensure(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        Ensure((await users.AddToRoleAsync(user, role)).Succeeded, $"role {role}");
        return new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Name, email), new Claim(ClaimTypes.Role, role)], "Soak"));
    }

    private static void Ensure(bool succeeded, string? why)
    {
        if (!succeeded)
        {
            throw new InvalidOperationException($"Setting up the soak's help desk failed: {why}");
        }
    }
}
