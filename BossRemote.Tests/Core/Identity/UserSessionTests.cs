using BossRemote.Core.Identity;

namespace BossRemote.Tests.Core.Identity;

public class UserSessionTests
{
    private static readonly DateTime Start = new(2026, 3, 10, 8, 0, 0, DateTimeKind.Utc);
    private static readonly SignInSecurityOptions Options = new();

    [Theory]
    [InlineData(0, 29, false)]
    [InlineData(0, 30, true)]
    [InlineData(690, 719, false)]
    [InlineData(700, 720, true)]
    public void IsOver_LastActivityAndNow_IdleAfterThirtyMinutesAndOverAfterTwelveHours(int lastActivityMinutes, int nowMinutes, bool expected)
    {
        var session = SessionActiveAt(lastActivityMinutes);
        var now = Start.AddMinutes(nowMinutes);

        session.IsOver(now, Options).ShouldBe(expected);
        new[] { session }.AsQueryable().Any(UserSession.Over(now, Options)).ShouldBe(expected);
    }

    [Fact]
    public void Start_TwoSignIns_GetUnguessableIdsOfTheirOwn()
    {
        var first = UserSession.Start("user", Start);
        var second = UserSession.Start("user", Start);

        first.Id.ShouldNotBe(second.Id);
        first.Id.Length.ShouldBe(43);
    }

    [Theory]
    [InlineData(0, 0.5, false)]
    [InlineData(0, 1, true)]
    [InlineData(0, 30, false)]
    public void ActivityDue_LastWrittenMinutesAgo_WritesAtMostOnceAMinuteAndNeverRevives(int lastActivityMinutes, double nowMinutes, bool expected)
    {
        var session = SessionActiveAt(lastActivityMinutes);

        new[] { session }.AsQueryable().Any(UserSession.ActivityDue(Start.AddMinutes(nowMinutes), Options)).ShouldBe(expected);
    }

    /// <summary>A session started at <see cref="Start"/> whose last activity was <paramref name="minutes"/> later.</summary>
    private static UserSession SessionActiveAt(int minutes)
    {
        var session = UserSession.Start("user", Start);
        typeof(UserSession).GetProperty(nameof(UserSession.LastActivityAt))!.SetValue(session, Start.AddMinutes(minutes));
        return session;
    }
}
