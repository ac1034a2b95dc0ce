using System.Text.RegularExpressions;
using BossRemote.Core.TeamViewerSimulator;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BossRemote.Tests.Core.TeamViewerSimulator;

public class SimulatorAccessTests
{
    private readonly FakeTimeProvider _clock = new(SimulatorTestBase.Start);
    private readonly TeamViewerSimulatorOptions _knobs = new();

    private SimulatorAccess CreateAccess() => new(new SimulatorRateLimiter(Options.Create(_knobs), _clock));

    [Fact]
    public void Authorize_SameToken_IsTheSameAccountEveryTime()
    {
        var access = CreateAccess();

        var first = access.Authorize("my-script-token").Value!;
        var second = access.Authorize("my-script-token").Value!;

        first.ShouldBe(second);
        Regex.IsMatch(first.UserId, @"^u\d+$").ShouldBeTrue();
        access.Authorize("another-token").Value!.UserId.ShouldNotBe(first.UserId);
    }

    [Theory]
    [InlineData(null, 401, "invalid_token", 401)]
    [InlineData("  ", 401, "invalid_token", 401)]
    [InlineData("revoked-abc", 401, "invalid_token", 401)]
    [InlineData("INVALID-abc", 401, "invalid_token", 401)]
    [InlineData("expired-abc", 401, "token_expired", 1)]
    [InlineData("noperm-abc", 403, "invalid_permission", 403)]
    [InlineData("ratelimited-abc", 403, "rate_limit_reached", 429)]
    public void Authorize_RejectedToken_AnswersTheDocumentedError(string? token, int status, string error, int errorCode)
    {
        var result = CreateAccess().Authorize(token);

        result.Succeeded.ShouldBeFalse();
        result.Error!.StatusCode.ShouldBe(status);
        result.Error.Error.ShouldBe(error);
        result.Error.ErrorCode.ShouldBe(errorCode);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("revoked-abc", false)]
    [InlineData("invalid-abc", false)]
    [InlineData("expired-abc", false)]
    [InlineData("noperm-abc", true)]
    [InlineData("ratelimited-abc", true)]
    [InlineData("noperm-reports-abc", true)]
    [InlineData("anything", true)]
    public void IsTokenValid_AsPingAnswers(string? token, bool valid)
    {
        SimulatorTokenRules.IsTokenValid(token).ShouldBe(valid);
    }

    [Theory]
    [InlineData("noperm-reports-abc", "Connections.Read", true)]
    [InlineData("noperm-reports-abc", "Connections.Modify", true)]
    [InlineData("noedit-reports-abc", "Connections.Read", false)]
    [InlineData("NOEDIT-REPORTS-abc", "Connections.Modify", true)]
    [InlineData("anything", "Connections.Modify", false)]
    public void CheckConnectionReports_EditPrefix_LacksOnlyConnectionsModify(string token, string scope, bool refused)
    {
        var error = SimulatorTokenRules.CheckConnectionReports(token, scope);

        (error is not null).ShouldBe(refused);
        if (refused)
        {
            error!.StatusCode.ShouldBe(403);
            error.Description.ShouldContain(scope);
        }
    }

    [Theory]
    [InlineData("noperm-reports-abc", true)]
    [InlineData("NOPERM-REPORTS-abc", true)]
    [InlineData("noperm-abc", false)]
    [InlineData("anything", false)]
    public void CheckConnectionReports_OnlyTheReportsPrefix_LacksConnectionsRead(string token, bool refused)
    {
        var access = CreateAccess().Authorize(token);

        var error = SimulatorTokenRules.CheckConnectionReports(token);

        (error is not null).ShouldBe(refused);
        if (refused)
        {
            access.Succeeded.ShouldBeTrue();
            error!.StatusCode.ShouldBe(403);
            error.Error.ShouldBe("invalid_permission");
            error.Description.ShouldContain("Connections.Read");
        }
    }

    [Fact]
    public void Authorize_RateLimitSpent_RefusesUntilTheOldestCallLeavesTheHour()
    {
        _knobs.RateLimitPerHour = 3;
        var access = CreateAccess();
        for (var i = 0; i < 3; i++)
        {
            access.Authorize("busy").Succeeded.ShouldBeTrue();
            _clock.Advance(TimeSpan.FromMinutes(10));
        }

        var refused = access.Authorize("busy");
        _clock.Advance(TimeSpan.FromMinutes(29));
        var stillRefused = access.Authorize("busy");
        _clock.Advance(TimeSpan.FromMinutes(1));
        var allowed = access.Authorize("busy");

        refused.Error!.Error.ShouldBe("rate_limit_reached");
        refused.Error.StatusCode.ShouldBe(403);
        stillRefused.Succeeded.ShouldBeFalse();
        allowed.Succeeded.ShouldBeTrue();
        access.Authorize("someone-else").Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void Authorize_RateLimitOff_NeverRefuses()
    {
        var access = CreateAccess();

        var results = Enumerable.Range(0, 2000).Select(_ => access.Authorize("busy")).ToList();

        results.ShouldAllBe(r => r.Succeeded);
    }
}
