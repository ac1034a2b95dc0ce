using BossRemote.Core.Audit;
using BossRemote.Core.Email;
using BossRemote.Core.Email.Templates;
using BossRemote.Core.Notifications;
using BossRemote.Core.Identity;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.Settings;
using BossRemote.Core.TeamViewerSimulator;
using BossRemote.Core.Tickets;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.Data;

/// <summary>
/// The help desk's database, on SQLite or PostgreSQL (ADR-012). Create one per operation through <c>IDbContextFactory</c>.
/// It also holds the Data Protection key ring, so every instance of the app shares it (SPEC §6).
/// </summary>
public sealed class BossRemoteDbContext(DbContextOptions<BossRemoteDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<Ticket> Tickets => Set<Ticket>();

    public DbSet<TicketNote> TicketNotes => Set<TicketNote>();

    public DbSet<TicketCategory> TicketCategories => Set<TicketCategory>();

    public DbSet<ServiceCase> ServiceCases => Set<ServiceCase>();

    public DbSet<TeamViewerSettings> TeamViewerSettings => Set<TeamViewerSettings>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<EmailDelivery> EmailDeliveries => Set<EmailDelivery>();

    public DbSet<EmailTemplate> EmailTemplates => Set<EmailTemplate>();

    public DbSet<BrandingSettings> BrandingSettings => Set<BrandingSettings>();

    public DbSet<NotificationSettings> NotificationSettings => Set<NotificationSettings>();

    public DbSet<UserNotificationPreferences> UserNotificationPreferences => Set<UserNotificationPreferences>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<UserSession> UserSessions => Set<UserSession>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // The TeamViewer simulator's entities live in their own database (ADR-007), not in this model.
        builder.ApplyConfigurationsFromAssembly(typeof(BossRemoteDbContext).Assembly, type => !SimulatorDbContext.OwnsConfiguration(type));
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Times are stored in UTC; reading them back marks them UTC so nothing downstream guesses.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
    }
}
