using BossRemote.Core.Audit;
using BossRemote.Core.Email;
using BossRemote.Core.Email.Templates;
using BossRemote.Core.Notifications;
using BossRemote.Core.Identity;
using BossRemote.Core.Reports;
using BossRemote.Core.Reports.Scheduled;
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

    /// <summary>Tickets to write into TeamViewer's connection reports (ADR-020).</summary>
    public DbSet<ReportWriteBack> ReportWriteBacks => Set<ReportWriteBack>();

    /// <summary>The session report's pre-aggregation (ADR-018), kept in step with the cases by every save.</summary>
    public DbSet<Satisfaction.SatisfactionRequest> SatisfactionRequests => Set<Satisfaction.SatisfactionRequest>();

    public DbSet<SessionRollup> SessionRollups => Set<SessionRollup>();

    /// <summary>People's standing orders for the session report by e-mail, and the periods already queued (ADR-022).</summary>
    public DbSet<ReportSubscription> ReportSubscriptions => Set<ReportSubscription>();

    public DbSet<ReportSubscriptionRun> ReportSubscriptionRuns => Set<ReportSubscriptionRun>();

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

    /// <summary>
    /// False only while copying a whole database (<see cref="DatabaseCopy"/>), which copies the rollup rows as they are
    /// instead of adding every copied case to them again.
    /// </summary>
    internal bool KeepsSessionRollups { get; set; } = true;

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        // Nothing in the app saves synchronously. A save that touches the report goes the one way that keeps the rollup
        // right (EF's own awaits do not need this thread back, so blocking here cannot deadlock); any other is EF's own.
        KeepsSessionRollups && HasReportedChanges()
            ? SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult()
            : base.SaveChanges(acceptAllChangesOnSuccess);

    /// <summary>
    /// Saves, and in the same transaction adds what the save does to the session report's rollup (ADR-018): a case that
    /// ends, a ticket whose category, type, priority or source changes. A save without such changes is EF's own.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (!KeepsSessionRollups || !HasReportedChanges())
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        // Read and written inside one transaction (on SQLite it holds the write lock from the start), so what is added
        // is what the save changed; the caller's transaction if there is one.
        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var rollup = await SessionRollupChanges.CollectAsync(this, cancellationToken);
            // Accepted only once the rollup is written too: if that fails, the entities still say what was not saved.
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
            await rollup.ApplyAsync(this, cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }

            if (acceptAllChangesOnSuccess)
            {
                ChangeTracker.AcceptAllChanges();
            }

            return saved;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // The TeamViewer simulator's entities live in their own database (ADR-007), not in this model.
        builder.ApplyConfigurationsFromAssembly(typeof(BossRemoteDbContext).Assembly, type => !SimulatorDbContext.OwnsConfiguration(type));
    }

    private bool HasReportedChanges()
    {
        if (ChangeTracker.AutoDetectChangesEnabled)
        {
            ChangeTracker.DetectChanges();
        }

        return ChangeTracker.Entries<ServiceCase>().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            || ChangeTracker.Entries<Ticket>().Any(e => e.State == EntityState.Modified);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Times are stored in UTC; reading them back marks them UTC so nothing downstream guesses.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
    }
}
