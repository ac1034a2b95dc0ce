using BossRemote.Core.Email;
using BossRemote.Tests.TestSupport;
using BossRemote.Web.Components.Pages.Tickets.Components;
using Bunit;

namespace BossRemote.Tests.Web.Components.Tickets;

public class InvitationEmailStatusTests : BunitTestBase
{
    [Fact]
    public void Render_NoInvitationYetButTheRequesterHasAnAddress_SaysItIsBeingPrepared()
    {
        var cut = Render<InvitationEmailStatus>(p => p.Add(c => c.Invitation, null).Add(c => c.RequesterHasEmail, true));

        var status = cut.Find(TestId("tv-email-status"));
        status.TextContent.ShouldContain("Being prepared");
        status.TextContent.ShouldNotContain("no requester e-mail address");
    }

    [Fact]
    public void Render_NoInvitationAndNoAddress_SaysWhyNothingIsSent()
    {
        var cut = Render<InvitationEmailStatus>(p => p.Add(c => c.Invitation, null).Add(c => c.RequesterHasEmail, false));

        cut.Find(TestId("tv-email-status")).TextContent.ShouldContain("Not sent (the ticket has no requester e-mail address).");
    }

    [Fact]
    public void Render_Sent_ShowsTheStatusAndTheRecipient()
    {
        var sent = new InvitationEmailView(1, "emma@northwind.example", EmailDeliveryStatus.Sent, 1, null, DateTime.UtcNow, null, 0);

        var cut = Render<InvitationEmailStatus>(p => p.Add(c => c.Invitation, sent).Add(c => c.RequesterHasEmail, true));

        cut.Find(TestId("tv-email-status")).GetAttribute("data-status").ShouldBe("Sent");
        cut.Find(TestId("tv-email-status")).TextContent.ShouldContain("to emma@northwind.example");
    }
}
