using System.Reflection;
using BossRemote.Core.Audit;

namespace BossRemote.Tests.Core.Audit;

public class AuditActionsTests
{
    [Fact]
    public void Text_EveryAction_ReadsAsWordsNotAsTheStoredName()
    {
        var actions = typeof(AuditActions).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();

        actions.ShouldAllBe(action => AuditActions.Text(action) != action && !AuditActions.Text(action).Contains('.'));
        AuditActions.All.ShouldBe(actions, ignoreOrder: true);
    }

    [Fact]
    public void Text_ClosedLocally_SaysWhereItWasClosed()
    {
        var text = AuditActions.Text(AuditActions.CaseClosedLocally);

        text.ShouldBe("Service case closed in BossRemote only");
    }

    [Fact]
    public void Text_UnknownAction_ShowsItAsStored()
    {
        var text = AuditActions.Text("future.action");

        text.ShouldBe("future.action");
    }
}
