namespace BossRemote.Core.TeamViewerSimulator;

/// <summary>A service case held by the simulator (doc §2.2). Times are UTC.</summary>
public sealed class SimulatedSession
{
    public const int TextMaxLength = 4000;
    public const string Unassigned = "u0";
    public const string DefaultType = "Default";
    public const string PilotType = "Pilot";

    /// <summary>Dash-grouped, e.g. <c>s123-456-789</c>.</summary>
    public string Code { get; set; } = "";

    /// <summary>The account (user id) whose token created it; only that account sees it.</summary>
    public string AccountId { get; set; } = "";

    public string GroupId { get; set; } = "";

    public SimulatedSessionState State { get; set; }

    public string? Description { get; set; }

    public string? WaitingMessage { get; set; }

    public string? EndCustomerName { get; set; }

    public string? EndCustomerEmail { get; set; }

    /// <summary><see cref="Unassigned"/> (<c>u0</c>) when nobody is assigned.</summary>
    public string AssignedUserId { get; set; } = Unassigned;

    public DateTime? AssignedAt { get; set; }

    /// <summary>The 12 characters after the dash in the supporter link.</summary>
    public string SupporterToken { get; set; } = "";

    public string? CustomApi { get; set; }

    public string? CustomModuleId { get; set; }

    /// <summary><see cref="DefaultType"/> or <see cref="PilotType"/>.</summary>
    public string SupportSessionType { get; set; } = DefaultType;

    public DateTime CreatedAt { get; set; }

    public DateTime ValidUntil { get; set; }

    public DateTime? ClosedAt { get; set; }

    /// <summary>The customer is connected (joined on the customer page and not left yet).</summary>
    public bool Online { get; set; }

    /// <summary>When the customer joined; the start of the connection report written when they leave.</summary>
    public DateTime? JoinedAt { get; set; }

    /// <summary>The customer's device as connection reports show it; chosen on the first join.</summary>
    public string? CustomerDeviceId { get; set; }

    /// <summary>Closed, or past <see cref="ValidUntil"/> (the state stays open then, doc §2.2).</summary>
    public bool HasEndedAt(DateTime now) => State == SimulatedSessionState.Closed || ValidUntil <= now;
}
