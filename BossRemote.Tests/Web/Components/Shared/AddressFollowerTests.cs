using BossRemote.Web.Components.Shared;

namespace BossRemote.Tests.Web.Components.Shared;

public class AddressFollowerTests
{
    private readonly AddressFollower _follower = new();

    [Fact]
    public void ShouldFollow_FirstAddress_IsFollowed()
    {
        _follower.ShouldFollow("r?preset=ThisMonth").ShouldBeTrue();
    }

    [Fact]
    public void ShouldFollow_ReRenderWithTheOldAddressAfterAChoice_DoesNotUndoTheChoice()
    {
        _follower.ShouldFollow("r?preset=ThisMonth");
        _follower.ChoseHere("r?preset=LastMonth");

        _follower.ShouldFollow("r?preset=ThisMonth").ShouldBeFalse();
        _follower.ShouldFollow("r?preset=LastMonth").ShouldBeFalse();
    }

    [Fact]
    public void ShouldFollow_EchoesOfQuickChoices_AreAllIgnored()
    {
        _follower.ShouldFollow("r?preset=ThisMonth");
        _follower.ChoseHere("r?technicians=a&preset=ThisMonth");
        _follower.ChoseHere("r?technicians=a&preset=Custom&from=2026-01-01&to=2026-01-31");

        _follower.ShouldFollow("r?technicians=a&preset=ThisMonth").ShouldBeFalse();
        _follower.ShouldFollow("r?technicians=a&preset=Custom&from=2026-01-01&to=2026-01-31").ShouldBeFalse();
    }

    [Fact]
    public void ShouldRender_AfterAnIgnoredEcho_FalseOnceThenTrue()
    {
        _follower.ShouldFollow("r?preset=ThisMonth");
        _follower.ChoseHere("r?preset=LastMonth");
        _follower.ShouldFollow("r?preset=LastMonth");

        var afterEcho = _follower.ShouldRender();
        var afterThat = _follower.ShouldRender();

        (afterEcho, afterThat).ShouldBe((false, true));
    }

    [Fact]
    public void ShouldRender_AnIgnoredEchoWhileTheOwnRenderWasQueued_TheNextRenderIsNotSwallowed()
    {
        _follower.ShouldFollow("r?preset=ThisMonth");
        _follower.ChoseHere("r?preset=LastMonth");
        _follower.ShouldFollow("r?preset=LastMonth"); // ComponentBase skips ShouldRender: the page's own render was queued

        _follower.Rendered(); // that render happened

        _follower.ShouldRender().ShouldBeTrue();
    }

    [Fact]
    public void ShouldRender_AfterAFollowedAddress_True()
    {
        _follower.ShouldFollow("r?preset=ThisMonth");
        _follower.ShouldRender();
        _follower.ShouldFollow("r?preset=LastMonth");

        _follower.ShouldRender().ShouldBeTrue();
    }

    [Fact]
    public void ShouldFollow_BackToAnEarlierAddress_IsFollowed()
    {
        _follower.ShouldFollow("r?preset=ThisMonth");
        _follower.ChoseHere("r?preset=LastMonth");
        _follower.ShouldFollow("r?preset=LastMonth");

        _follower.ShouldFollow("r?preset=ThisMonth").ShouldBeTrue();
    }

    [Fact]
    public void ShouldFollow_ASupersededEchoNeverCame_TheNextOwnAddressIsStillAnEcho()
    {
        _follower.ShouldFollow("r?preset=ThisMonth");
        _follower.ChoseHere("r?preset=Today");
        _follower.ChoseHere("r?preset=LastMonth");

        _follower.ShouldFollow("r?preset=LastMonth").ShouldBeFalse();
        _follower.ShouldFollow("r?preset=Today").ShouldBeTrue(); // Back, after the echoes were settled
    }
}
