namespace BossRemote.Core.TeamViewerSimulator;

/// <summary>The typed fields only a create takes: <c>valid_until</c> and <c>support_session_type</c>.</summary>
internal sealed record SimulatedSessionCreateFields(DateTime? ValidUntil, string SessionType)
{
    public static SimulatorResult<SimulatedSessionCreateFields> Parse(SimulatedSessionInput input, DateTime now)
    {
        DateTime? validUntil = null;
        if (SimulatorInput.Given(input.ValidUntil) is { } text)
        {
            if (!SimulatorInput.TryParseDate(text, out var parsed))
            {
                return SimulatorError.InvalidRequest("valid_until must be an ISO 8601 date such as 2026-03-10T14:00:00Z.");
            }

            if (parsed <= now)
            {
                return SimulatorError.InvalidRequest("valid_until must be in the future.");
            }

            validUntil = parsed;
        }

        var type = SimulatedSession.DefaultType;
        if (SimulatorInput.Given(input.SupportSessionType) is { } typeText)
        {
            if (SimulatorInput.ParseSessionType(typeText) is not { } parsedType)
            {
                return SimulatorError.InvalidRequest("support_session_type must be Default or Pilot.");
            }

            type = parsedType;
        }

        return new SimulatedSessionCreateFields(validUntil, type);
    }
}
