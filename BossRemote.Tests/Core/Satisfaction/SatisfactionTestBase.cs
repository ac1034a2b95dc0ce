using System.Text.RegularExpressions;
using BossRemote.Core.Common;
using BossRemote.Core.Notifications;
using BossRemote.Core.Satisfaction;
using BossRemote.Core.ServiceCases;
using BossRemote.Tests.Core.Email;
using BossRemote.Tests.TestSupport;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using NSubstitute;

namespace BossRemote.Tests.Core.Satisfaction;

/// <summary>Service cases and e-mail with the rating request following Stop, as the app wires them.</summary>
public abstract partial class SatisfactionTestBase(TestDatabase database) : EmailTestBase(database)
{
    protected SatisfactionLink Links { get; } = new(new EphemeralDataProtectionProvider());

    protected SatisfactionRatings Ratings => new(Database.Factory, Links, Clock);

    protected override IEnumerable<IStopFollowUp> StopFollowUps => [RatingRequests];

    protected SatisfactionRequests RatingRequests => new(Templates, Branding, Links, PublicAddress(), Jobs);

    protected async Task AskForRatingsAsync(bool ask = true)
    {
        await using var db = Database.CreateDbContext();
        db.NotificationSettings.Add(new NotificationSettings { AskForRating = ask, UpdatedAt = Now });
        await db.SaveChangesAsync();
    }

    /// <summary>Play on the ticket, a few minutes, then Stop as the technician.</summary>
    protected async Task<long> PlayAndStopAsync()
    {
        var started = await PlayAsync();
        Clock.Advance(TimeSpan.FromMinutes(10));
        (await Stopper.StopAsync(Technician(), TicketNumber)).Succeeded.ShouldBeTrue();
        return started.Id;
    }

    /// <summary>The token in the rating e-mail's link.</summary>
    protected async Task<string> TokenFromEmailAsync()
    {
        await using var db = Database.CreateDbContext();
        var mail = await db.EmailDeliveries.AsNoTracking().SingleAsync(d => d.Kind == BossRemote.Core.Email.EmailKind.SatisfactionRating);
        var token = RatingLink().Match(mail.HtmlBody).Groups["token"].Value;
        token.ShouldNotBeNullOrEmpty();
        return token;
    }

    protected async Task<SatisfactionRequest?> RequestAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.SatisfactionRequests.AsNoTracking().SingleOrDefaultAsync();
    }

    private static IPublicAddress PublicAddress()
    {
        var address = Substitute.For<IPublicAddress>();
        address.BaseUrl.Returns("https://help.northwind.example");
        return address;
    }

    [GeneratedRegex("href=\"https://help\\.northwind\\.example/rate/(?<token>[A-Za-z0-9_-]+)\"")]
    private static partial Regex RatingLink();
}
