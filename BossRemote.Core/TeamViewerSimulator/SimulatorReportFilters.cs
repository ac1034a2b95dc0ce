namespace BossRemote.Core.TeamViewerSimulator;

/// <summary>Turns the report filters of doc §4 into a query; a value that cannot be read is a 400.</summary>
internal static class SimulatorReportFilters
{
    public const string NoGroup = "0";
    public const string UnnamedDevice = "unnamed_device";

    public static SimulatorResult<IQueryable<SimulatedConnectionReport>> Apply(IQueryable<SimulatedConnectionReport> reports, SimulatedReportQuery query)
    {
        if (SimulatorInput.Given(query.UserName) is { } userName)
        {
            reports = reports.Where(r => r.UserName == userName);
        }

        if (SimulatorInput.Given(query.UserId) is { } userId)
        {
            reports = reports.Where(r => r.UserId == userId);
        }

        if (SimulatorInput.Given(query.GroupId) is { } groupId)
        {
            reports = groupId == NoGroup ? reports.Where(r => r.GroupId == null) : reports.Where(r => r.GroupId == groupId);
        }

        if (SimulatorInput.Given(query.DeviceName) is { } deviceName)
        {
            reports = deviceName == UnnamedDevice
                ? reports.Where(r => r.DeviceName == null || r.DeviceName == "")
                : reports.Where(r => r.DeviceName == deviceName);
        }

        if (SimulatorInput.Given(query.DeviceId) is { } deviceId)
        {
            reports = reports.Where(r => r.DeviceId == deviceId);
        }

        if (SimulatorInput.Given(query.SessionCode) is { } code)
        {
            var normalized = SimulatorSessionCodes.Normalize(code) ?? code;
            reports = reports.Where(r => r.SessionCode == normalized);
        }

        return ApplyTyped(reports, query);
    }

    private static SimulatorResult<IQueryable<SimulatedConnectionReport>> ApplyTyped(IQueryable<SimulatedConnectionReport> reports, SimulatedReportQuery query)
    {
        if (SimulatorInput.Given(query.FromDate) is { } fromText)
        {
            if (!SimulatorInput.TryParseDate(fromText, out var from))
            {
                return SimulatorError.InvalidRequest("from_date must be an ISO 8601 date.");
            }

            reports = reports.Where(r => r.StartDate >= from);
        }

        if (SimulatorInput.Given(query.ToDate) is { } toText)
        {
            if (!SimulatorInput.TryParseDate(toText, out var to))
            {
                return SimulatorError.InvalidRequest("to_date must be an ISO 8601 date.");
            }

            reports = reports.Where(r => r.StartDate < to);
        }

        if (SimulatorInput.Given(query.HasCode) is { } hasCodeText)
        {
            if (SimulatorInput.ParseBool(hasCodeText) is not { } hasCode)
            {
                return SimulatorError.InvalidRequest("has_code must be true or false.");
            }

            reports = hasCode ? reports.Where(r => r.SessionCode != null) : reports.Where(r => r.SessionCode == null);
        }

        if (SimulatorInput.Given(query.SupportSessionType) is { } typeText)
        {
            if (SimulatorInput.ParseReportType(typeText) is not { } type)
            {
                return SimulatorError.InvalidRequest("support_session_type must be 1, 2 or 3 (or its name).");
            }

            reports = reports.Where(r => r.SupportSessionType == type);
        }

        return SimulatorResult<IQueryable<SimulatedConnectionReport>>.From(reports);
    }
}
