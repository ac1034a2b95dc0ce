using BossRemote.Core.Common.Events;
using BossRemote.Core.Notifications;
using BossRemote.Core.Settings;
using BossRemote.Core.Tickets;
using BossRemote.Web.Realtime;

namespace BossRemote.Tests.Web.Realtime;

public class LiveUpdateCodecTests
{
    public static TheoryData<ILiveUpdate> Updates => new()
    {
        new TicketChanged(1042),
        new TeamViewerConnectionChanged(),
    };

    [Theory]
    [MemberData(nameof(Updates))]
    public void Decode_WhatWasEncoded_GivesTheSameUpdateAndOrigin(ILiveUpdate update)
    {
        var decoded = LiveUpdateCodec.Decode(LiveUpdateCodec.Encode("instance-a", update)).ShouldNotBeNull();

        decoded.Origin.ShouldBe("instance-a");
        decoded.Update.ShouldBe(update);
    }

    [Fact]
    public void Decode_Notice_KeepsItsPeopleMessageAndLink()
    {
        var notice = new UserNotification(["u1", "u2"], "Emma is online", "tickets/1042");

        var decoded = (UserNotification)LiveUpdateCodec.Decode(LiveUpdateCodec.Encode("a", notice))!.Value.Update;

        decoded.UserIds.ShouldBe(["u1", "u2"]);
        decoded.Message.ShouldBe("Emma is online");
        decoded.Link.ShouldBe("tickets/1042");
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"Origin\":\"a\",\"Type\":\"FileInfo\",\"Update\":{}}")]
    [InlineData("{\"Origin\":\"a\",\"Type\":\"TicketChanged\",\"Update\":\"text\"}")]
    public void Decode_UnknownOrBrokenMessage_IsRefused(string message)
    {
        LiveUpdateCodec.Decode(message).ShouldBeNull();
    }

    [Fact]
    public void Encode_AnUpdateThatDoesNotTravel_IsRefused()
    {
        Should.Throw<ArgumentException>(() => LiveUpdateCodec.Encode("a", new EverythingMayHaveChanged()));
    }
}
