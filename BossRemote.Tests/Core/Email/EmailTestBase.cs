using BossRemote.Core.Common;
using BossRemote.Core.Email;
using BossRemote.Core.Email.Templates;
using BossRemote.Core.Settings;
using BossRemote.Tests.Core.ServiceCases;
using BossRemote.Tests.TestSupport;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NSubstitute;

namespace BossRemote.Tests.Core.Email;

/// <summary>Service cases plus e-mail, delivered over real SMTP to a server on loopback.</summary>
public abstract class EmailTestBase : ServiceCaseTestBase
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "bossremote-tests", "mail-" + Guid.NewGuid().ToString("N"));

    protected EmailTestBase(TestDatabase database)
        : base(database)
    {
        Directory.CreateDirectory(_dataFolder);
        Smtp = new LoopbackSmtpServer();
        EmailOptions = new EmailOptions
        {
            From = "helpdesk@northwind.example",
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = Smtp.Port, UseTls = false },
            RetryDelays = [TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1)],
        };
        var environment = Substitute.For<IHostEnvironment>();
        environment.ContentRootPath.Returns(_dataFolder);
        DataDirectory = new DataDirectory(Microsoft.Extensions.Options.Options.Create(new BossRemoteOptions { DataDirectory = _dataFolder }), environment);
    }

    protected LoopbackSmtpServer Smtp { get; }

    protected EmailOptions EmailOptions { get; }

    protected DataDirectory DataDirectory { get; }

    protected IOptionsMonitor<EmailOptions> EmailOptionsMonitor
    {
        get
        {
            var monitor = Substitute.For<IOptionsMonitor<EmailOptions>>();
            monitor.CurrentValue.Returns(EmailOptions);
            return monitor;
        }
    }

    protected BrandingService Branding => new(Database.Factory, Access, Audit, Clock);

    protected EmailTemplateService Templates => new(Database.Factory, Access, new LiquidTemplateEngine(), Audit, Clock, NullLogger<EmailTemplateService>.Instance);

    protected CustomerInvitations CustomerInvitations => new(Database.Factory, Access, Templates, Branding, EmailQueue, Audit,
        new SharedReads(), NullLogger<CustomerInvitations>.Instance);

    protected EmailDeliveryAttempt Attempt => new(Database.Factory, new SmtpEmailTransport(EmailOptionsMonitor), Branding, Jobs,
        EmailOptionsMonitor, Clock, NullLogger<EmailDeliveryAttempt>.Instance);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Play on the ticket, then queue its invitation as the app does after activation.</summary>
    protected async Task<(long CaseId, EmailDelivery Delivery)> StartCaseWithInvitationAsync()
    {
        await ArrangeTicketAsync();
        var started = await PlayAsync();
        await CustomerInvitations.QueueAsync(started.Id);
        await using var db = Database.CreateDbContext();
        return (started.Id, db.EmailDeliveries.Single(d => d.ServiceCaseId == started.Id));
    }
}
