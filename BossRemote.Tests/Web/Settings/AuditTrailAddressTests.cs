using BossRemote.Core.Audit;
using BossRemote.Web.Components.Pages.Settings;
using BossRemote.Web.Components.Pages.Settings.Components;

namespace BossRemote.Tests.Web.Settings;

public class AuditTrailAddressTests
{
    [Fact]
    public void For_ThenParse_RestoresTheFilter()
    {
        var filter = new AuditFilterState("u-maria", AuditActions.TicketChanged, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 10));
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x/" + AuditTrailAddress.For(filter)).Query);

        var parsed = AuditTrailAddress.Parse(query["person"], query["action"], query["from"], query["to"], out var problem);

        AuditTrailAddress.For(filter).ShouldBe("settings/audit?person=u-maria&action=ticket.changed&from=2026-03-01&to=2026-03-10");
        parsed.ShouldBe(filter);
        problem.ShouldBeNull();
    }

    [Fact]
    public void For_NoFilter_IsThePlainAddress()
    {
        var address = AuditTrailAddress.For(new AuditFilterState());

        address.ShouldBe("settings/audit");
    }

    [Fact]
    public void Parse_UnknownActionAndBackwardDays_LeavesThemOutAndSaysSo()
    {
        var parsed = AuditTrailAddress.Parse(null, "made.up", "2026-03-10", "2026-03-01", out var problem);

        parsed.ShouldBe(new AuditFilterState());
        problem.ShouldNotBeNull();
    }
}
