using System.Security.Claims;

namespace BossRemote.Benchmarks.Soak;

/// <summary>One ticket as its technician sees it: the case the widget shows, and what they mean to do next.</summary>
internal sealed class SoakTicket(int number, ClaimsPrincipal technician)
{
    public int Number { get; } = number;

    public ClaimsPrincipal Technician { get; } = technician;

    /// <summary>Play was pressed and the widget shows no usable case yet ("creating", a timeout, a crash): press again at this time.</summary>
    public DateTime? PlayAgainAt { get; set; }

    public long? CaseId { get; set; }

    public string? Code { get; set; }

    public SoakPlan Plan { get; set; }

    /// <summary>When the plan's action (Stop, or the console's close or delete) is due.</summary>
    public DateTime ActAt { get; set; }

    public bool PressTwice { get; set; }

    public DateTime? JoinAt { get; set; }

    public DateTime? LeaveAt { get; set; }

    public bool IsIdle => CaseId is null && PlayAgainAt is null;

    /// <summary>The case ended (as the widget shows): the ticket is free for the next Play.</summary>
    public void Forget()
    {
        (CaseId, Code, PlayAgainAt, JoinAt, LeaveAt, PressTwice) = (null, null, null, null, null, false);
    }
}
