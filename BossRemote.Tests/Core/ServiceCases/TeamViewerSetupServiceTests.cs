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

public abstract class TeamViewerSetupServiceTests(TestDatabase database) : ServiceCaseTestBase(database)
{
    private const string Token = "12345678-AbCdEfGhIjKlMnOpQrSt";

    private readonly TeamViewerTokenProtector _protector = new(new EphemeralDataProtectionProvider());

    private TeamViewerSetupService Setup => new(Database.Factory, Access, TeamViewer, Substitute.For<ITeamViewerEndpointResolver>(), _protector,
        Audit, Options, Clock, NullLogger<TeamViewerSetupService>.Instance);

    private TeamViewerAccessRevocation Revocation => new(Database.Factory, Access, TeamViewer, Ending, Setup, Clock);

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
        Events.Of<TeamViewerConnectionChanged>().ShouldHaveSingleItem();
        TeamViewer.CheckedTokens.ShouldBe([Token, Token]);
    }

    [Fact]
    public async Task ConnectAsync_PingSaysInvalid_ExplainsAndSavesNothing()
    {
        TeamViewer.TokenValid = false;

        var result = await Setup.ConnectAsync(Admin(), Token);

        result.Error!.ShouldStartWith("TeamViewer did not accept this token");
        result.Error.ShouldEndWith("Nothing was saved.");
        (await Setup.GetAsync(Admin())).IsConnected.ShouldBeFalse();
        Events.All.ShouldBeEmpty();
    }

    [Fact]
    public async Task ConnectAsync_PingsButLacksSessionManagement_NamesThatPermissionAndSavesNothing()
    {
        TeamViewer.FailSessionsCheck = Refusal(TeamViewerErrorKind.PermissionDenied, 403, "invalid_permission");

        var result = await Setup.ConnectAsync(Admin(), Token);

        result.Succeeded.ShouldBeFalse();
        result.Error!.ShouldStartWith("This token lacks a permission BossRemote needs: Session management (create, view and edit all sessions).");
        result.Error.ShouldNotContain("Connection reports");
        result.Error.ShouldEndWith("Nothing was saved.");
        (await Setup.GetAsync(Admin())).IsConnected.ShouldBeFalse();
        Events.All.ShouldBeEmpty();
    }

    [Fact]
    public async Task ConnectAsync_PingsButLacksBothReadPermissions_NamesBoth()
    {
        TeamViewer.FailSessionsCheck = Refusal(TeamViewerErrorKind.PermissionDenied, 403, "invalid_permission");
        TeamViewer.FailReportsCheck = Refusal(TeamViewerErrorKind.PermissionDenied, 403, "invalid_permission");

        var result = await Setup.ConnectAsync(Admin(), Token);

        result.Error!.ShouldContain("lacks permissions BossRemote needs: Session management (create, view and edit all sessions); Connection reports (view, edit and delete).");
        (await Setup.GetAsync(Admin())).IsConnected.ShouldBeFalse();
    }

    [Fact]
    public async Task ConnectAsync_PingsButIsRateLimited_SaysSoAndSavesNothing()
    {
        TeamViewer.FailSessionsCheck = Refusal(TeamViewerErrorKind.RateLimited, 403, "rate_limit_reached");

        var result = await Setup.ConnectAsync(Admin(), Token);

        var error = result.Error.ShouldNotBeNull();
        error.ShouldContain("could not check what this token may do");
        error.ShouldContain("limit on API calls was reached");
        error.ShouldEndWith("Nothing was saved.");
        (await Setup.GetAsync(Admin())).IsConnected.ShouldBeFalse();
    }

    [Fact]
    public async Task ConnectAsync_PingSaysInvalidAndTheReadSaysExpired_SaysExpired()
    {
        TeamViewer.TokenValid = false;
        TeamViewer.FailSessionsCheck = Refusal(TeamViewerErrorKind.TokenExpired, 401, "token_expired");

        var result = await Setup.ConnectAsync(Admin(), Token);

        result.Error!.ShouldStartWith("This token has expired");
        result.Error.ShouldEndWith("Nothing was saved.");
        (await Setup.GetAsync(Admin())).IsConnected.ShouldBeFalse();
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
    public async Task SaveOptionsAsync_GroupAndModule_AreStoredAndTheModuleIsAppliedToNewCasesAfterPlay()
    {
        await ArrangeTicketAsync();

        var saved = await Setup.SaveOptionsAsync(Admin(), "Helpdesk EU", "qs-custom-42");
        var started = await PlayAsync();
        var job = JobsOf<CustomModuleJob>().ShouldHaveSingleItem();
        await new CustomModuleJob(Database.Factory, TeamViewer, NullLogger<CustomModuleJob>.Instance).ExecuteAsync((long)job.Args[0]!, CancellationToken.None);

        saved.Succeeded.ShouldBeTrue();
        TeamViewer.Creates.Single().GroupName.ShouldBe("Helpdesk EU");
        TeamViewer.Sessions.Single(s => s.Code == started.SessionCode).CustomModuleId.ShouldBe("qs-custom-42");
    }

    [Fact]
    public async Task Play_WithoutCustomModule_QueuesNoModuleJob()
    {
        await ArrangeTicketAsync();

        await PlayAsync();

        JobsOf<CustomModuleJob>().ShouldBeEmpty();
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
        Events.Clear();

        var active = await Revocation.ListActiveCasesAsync(Admin());
        var result = await Revocation.RevokeAsync(Admin(), closeActiveCases: true);

        active.ShouldHaveSingleItem().SessionCode.ShouldBe(started.SessionCode);
        result.Succeeded.ShouldBeTrue();
        TeamViewer.Closes.ShouldBe([started.SessionCode!]);
        (await CasesAsync()).Single().State.ShouldBe(ServiceCaseState.Closed);
        var stored = await SettingsAsync();
        stored.ProtectedToken.ShouldBeNull();
        stored.TokenHint.ShouldBeNull();
        (await AuditEntriesAsync()).Last().Action.ShouldBe(AuditActions.TokenRevoked);
        Events.Of<TeamViewerConnectionChanged>().ShouldHaveSingleItem();
    }

    [Fact]
    public async Task RevokeAsync_KeepActiveCases_LeavesThemOpen()
    {
        await ArrangeTicketAsync();
        await PlayAsync();

        await Revocation.RevokeAsync(Admin(), closeActiveCases: false);

        TeamViewer.Closes.ShouldBeEmpty();
        (await CasesAsync()).Single().State.ShouldBe(ServiceCaseState.Active);
        (await SettingsAsync()).ProtectedToken.ShouldBeNull();
    }

    [Fact]
    public async Task RevokeAsync_TokenAlreadyRejected_ClosesTheCasesInBossRemoteOnly()
    {
        await ArrangeTicketAsync();
        await PlayAsync();
        TeamViewer.FailClose = Revoked();

        var result = await Revocation.RevokeAsync(Admin(), closeActiveCases: true);

        result.Succeeded.ShouldBeTrue();
        var closed = (await CasesAsync()).Single();
        closed.State.ShouldBe(ServiceCaseState.Closed);
        closed.ClosedLocallyOnly.ShouldBeTrue();
        (await SettingsAsync()).ProtectedToken.ShouldBeNull();
    }

    [Theory]
    [InlineData(TeamViewerErrorKind.Timeout)]
    [InlineData(TeamViewerErrorKind.ServiceUnavailable)]
    [InlineData(TeamViewerErrorKind.RateLimited)]
    public async Task RevokeAsync_TeamViewerDoesNotConfirmTheClose_KeepsCaseAndTokenAndSaysWhy(TeamViewerErrorKind failure)
    {
        await ArrangeTicketAsync();
        var started = await PlayAsync();
        TeamViewer.FailClose = new TeamViewerException(failure, "TeamViewer did not answer in time.");

        var result = await Revocation.RevokeAsync(Admin(), closeActiveCases: true);

        result.Succeeded.ShouldBeFalse();
        result.Error!.ShouldContain(started.SessionCode!);
        result.Error!.ShouldContain("not revoked");
        (await CasesAsync()).Single().State.ShouldBe(ServiceCaseState.Active);
        (await SettingsAsync()).ProtectedToken.ShouldNotBeNull();
    }

    private static TeamViewerException Refusal(TeamViewerErrorKind kind, int status, string error) =>
        new(kind, TeamViewerUserMessages.For(kind, null), status, error);

    private async Task<TeamViewerSettings> SettingsAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.TeamViewerSettings.AsNoTracking().SingleAsync();
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : TeamViewerSetupServiceTests(database), IClassFixture<SqliteTestDatabase>;

    public sealed class OnPostgres(PostgresTestDatabase database) : TeamViewerSetupServiceTests(database), IClassFixture<PostgresTestDatabase>;
}
