namespace BossRemote.Benchmarks.Soak;

/// <summary>How the soak means a case to end, decided when it learns the case exists.</summary>
internal enum SoakPlan
{
    /// <summary>The technician presses Stop after a while.</summary>
    Stop,

    /// <summary>The technician presses Stop a day or more later: the case has expired by then.</summary>
    StopTooLate,

    /// <summary>Nobody stops it: it expires.</summary>
    Expire,

    /// <summary>Someone closes the session in TeamViewer's console: the poll ends the case.</summary>
    CloseInTeamViewer,

    /// <summary>Someone deletes the session in TeamViewer's console: the poll ends the case.</summary>
    DeleteInTeamViewer,
}
