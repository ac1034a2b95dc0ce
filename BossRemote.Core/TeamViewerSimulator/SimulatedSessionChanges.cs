namespace BossRemote.Core.TeamViewerSimulator;

/// <summary>Applies the fields of a <c>PUT /sessions/{code}</c> (doc §2.5) to a tracked session.</summary>
internal static class SimulatedSessionChanges
{
    public static async Task<SimulatorError?> ApplyAsync(SimulatorDbContext db, SimulatorAccount caller,
        SimulatedSession session, SimulatedSessionInput changes, DateTime now, CancellationToken cancellationToken)
    {
        if (changes.ValidUntil is not null)
        {
            return SimulatorError.InvalidRequest("valid_until cannot be changed.");
        }

        var stateText = SimulatorInput.Given(changes.State);
        var state = stateText is null ? null : SimulatorInput.ParseState(stateText);
        if (stateText is not null && state is null)
        {
            return SimulatorError.InvalidRequest("state must be open or closed.");
        }

        var group = await SimulatorGroupResolver.ResolveAsync(db, caller, changes.GroupId, changes.GroupName, required: false, now, cancellationToken);
        if (group.Error is { } groupError)
        {
            return groupError;
        }

        session.GroupId = group.Value?.Id ?? session.GroupId;
        session.Description = Changed(changes.Description, session.Description);
        session.WaitingMessage = Changed(changes.WaitingMessage, session.WaitingMessage);
        session.EndCustomerName = Changed(changes.EndCustomerName, session.EndCustomerName);
        session.EndCustomerEmail = Changed(changes.EndCustomerEmail, session.EndCustomerEmail);
        session.CustomApi = Changed(changes.CustomApi, session.CustomApi);
        session.CustomModuleId = Changed(changes.CustomModuleId, session.CustomModuleId);
        if (SimulatorInput.Given(changes.AssignedUserId) is { } assigned && assigned != session.AssignedUserId)
        {
            session.AssignedUserId = assigned;
            session.AssignedAt = assigned == SimulatedSession.Unassigned ? null : now;
        }

        if (state == SimulatedSessionState.Closed && session.State == SimulatedSessionState.Open)
        {
            await SimulatorConnections.EndAsync(db, session, now, cancellationToken);
            session.State = SimulatedSessionState.Closed;
            session.ClosedAt = now;
        }
        else if (state == SimulatedSessionState.Open && session.State == SimulatedSessionState.Closed)
        {
            session.State = SimulatedSessionState.Open;
            session.ClosedAt = null;
        }

        return null;
    }

    /// <summary>Not sent: unchanged. Empty: cleared.</summary>
    private static string? Changed(string? sent, string? current) => sent is null ? current : sent.Length == 0 ? null : sent;
}
