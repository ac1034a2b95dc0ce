using BossRemote.Core.Audit;
using BossRemote.Core.Common;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.Settings;
using BossRemote.Core.TeamViewer;
using BossRemote.Tests.TestSupport;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;

namespace BossRemote.Tests.Core.ServiceCases;

public class TeamViewerSetupServiceTests(SqliteTestDatabase database) : ServiceCaseTestBase(database)
{
    private const string Token = "12345678-AbCdEfGhIjKlMnOpQrSt";

    private readonly ITeamViewerConnectionPublisher _connection = Substitute.For<ITeamViewerConnectionPublisher>();

    private readonly TeamViewerTokenProtector _protector = new(new EphemeralDataProtectionProvider());

    private TeamViewerSetupService Setup => new(Database.Factory, Access, TeamViewer, Substitute.For<ITeamViewerEndpointResolver>(), _protector,
        Ending, Audit, _connection, Options, Clock, NullLogger<TeamViewerSetupService>.Instance);

    private System.Security.Claims.ClaimsPrincipal Admin() => PrincipalBuilder.Admin().For(Database.Admin).Build();

    [Fact]
    public async Task ConnectAsync_TokenAccepted_StoresItEncryptedAndShowsItMasked()
    {
        var result = await Setup.ConnectAsync(Admin(), $"  {Token} ");

        result.Succeeded.ShouldBeTrue();
        var stored = await SettingsAsync();
        stored.ProtectedToken.ShouldNotBeNull().ShouldNotContain(Token);
        _protector.TryUnprotect(stored.ProtectedToken).ShouldBe(Token);
        var view = await Setup.GetAsync(Admin());
        view.IsConnected.ShouldBeTrue();
        view.MaskedToken.ShouldBe("••••••••QrSt");
        view.ConnectedByName.ShouldBe("Alex Morgan");
        (await AuditEntriesAsync()).Single().Action.ShouldBe(AuditActions.TokenConnected);
        (await AuditEntriesAsync()).Single().Details.ShouldNotContain(Token);
        await _connection.Received(1).PublishConnectionChangedAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task ConnectAsync_PingSaysInvalid_ExplainsAndSavesNothing()
    {
        TeamViewer.TokenValid = false;

        var result = await Setup.ConnectAsync(Admin(), Token);

        result.Error!.ShouldStartWith("TeamViewer did not accept this token");
        result.Error.ShouldEndWith("Nothing was saved.");
        (await Setup.GetAsync(Admin())).IsConnected.ShouldBeFalse();
        await _connection.DidNotReceive().PublishConnectionChangedAsync(Arg.Any<CancellationToken>());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("two words")]
    public async Task ConnectAsync_NotAToken_ExplainsWithoutCallingTeamViewer(string token)
    {
        var result = await Setup.ConnectAsync(Admin(), token);

        result.Succeeded.ShouldBeFalse();
        (await Setup.GetAsync(Admin())).IsConnected.ShouldBeFalse();
    }

    [Fact]
    public async Task ConnectAsync_Technician_IsRefused()
    {
        await Should.ThrowAsync<AccessDeniedException>(() => Setup.ConnectAsync(Technician(), Token));
    }

    [Fact]
    public async Task SaveOptionsAsync_GroupAndModule_AreStoredAndTheModuleIsAppliedToNewCases()
    {
        await ArrangeTicketAsync();

        var saved = await Setup.SaveOptionsAsync(Admin(), "Helpdesk EU", "qs-custom-42");
        var started = await PlayAsync();

        saved.Succeeded.ShouldBeTrue();
        TeamViewer.Creates.Single().GroupName.ShouldBe("Helpdesk EU");
        TeamViewer.Sessions.Single(s => s.Code == started.SessionCode).CustomModuleId.ShouldBe("qs-custom-42");
    }

    [Fact]
    public async Task SaveOptionsAsync_EmptyGroup_IsRefused()
    {
        var result = await Setup.SaveOptionsAsync(Admin(), " ", null);

        result.Succeeded.ShouldBeFalse();
    }

    [Fact]
    public async Task RevokeAsync_CloseActiveCases_ClosesThemInTeamViewerThenRemovesTheToken()
    {
        await ArrangeTicketAsync();
        var started = await PlayAsync();

        var active = await Setup.ListActiveCasesAsync(Admin());
        var result = await Setup.RevokeAsync(Admin(), closeActiveCases: true);

        active.ShouldHaveSingleItem().SessionCode.ShouldBe(started.SessionCode);
        result.Succeeded.ShouldBeTrue();
        TeamViewer.Closes.ShouldBe([started.SessionCode!]);
        (await CasesAsync()).Single().State.ShouldBe(ServiceCaseState.Closed);
        var stored = await SettingsAsync();
        stored.ProtectedToken.ShouldBeNull();
        stored.TokenHint.ShouldBeNull();
        (await AuditEntriesAsync()).Last().Action.ShouldBe(AuditActions.TokenRevoked);
        await _connection.Received(1).PublishConnectionChangedAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task RevokeAsync_KeepActiveCases_LeavesThemOpen()
    {
        await ArrangeTicketAsync();
        await PlayAsync();

        await Setup.RevokeAsync(Admin(), closeActiveCases: false);

        TeamViewer.Closes.ShouldBeEmpty();
        (await CasesAsync()).Single().State.ShouldBe(ServiceCaseState.Active);
        (await SettingsAsync()).ProtectedToken.ShouldBeNull();
    }

    private async Task<TeamViewerSettings> SettingsAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.TeamViewerSettings.AsNoTracking().SingleAsync();
    }
}
