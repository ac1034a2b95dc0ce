namespace BossRemote.Core.TeamViewerSimulator;

/// <summary>The limits of doc §2.1 and §2.5 that apply to both a create and an update.</summary>
internal static class SimulatedSessionInputValidator
{
    public static SimulatorError? Validate(SimulatedSessionInput input)
    {
        if (input.GroupId is { } groupId && !SimulatorInput.IsGroupId(groupId.Trim()))
        {
            return SimulatorError.InvalidRequest("groupid must look like g123456.");
        }

        if (input.AssignedUserId is { } userId && !SimulatorInput.IsUserId(userId.Trim()))
        {
            return SimulatorError.InvalidRequest("assigned_userid must look like u123456 (u0 = unassigned).");
        }

        return TooLong(input.Description, SimulatedSession.TextMaxLength, "description")
            ?? TooLong(input.CustomApi, SimulatedSession.TextMaxLength, "custom_api")
            ?? TooLong(input.WaitingMessage, SimulatedSession.TextMaxLength, "waiting_message")
            ?? TooLong(input.GroupName, SimulatedGroup.NameMaxLength, "groupname")
            ?? TooLong(input.EndCustomerName, 100, "end_customer.name")
            ?? TooLong(input.EndCustomerEmail, 254, "end_customer.email")
            ?? TooLong(input.CustomModuleId, 100, "custom_module_id");
    }

    private static SimulatorError? TooLong(string? value, int max, string field) =>
        value is not null && value.Length > max
            ? SimulatorError.InvalidRequest($"{field} is longer than {max} characters.")
            : null;
}
