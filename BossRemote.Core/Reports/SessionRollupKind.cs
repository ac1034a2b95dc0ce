namespace BossRemote.Core.Reports;

/// <summary>What a <see cref="SessionRollup"/> row sums by: the technician's cases by state, or one ticket field of the closed ones.</summary>
public enum SessionRollupKind
{
    /// <summary>Closed and expired cases of one technician; <see cref="SessionRollup.Value"/> is the case state.</summary>
    Technician = 0,

    /// <summary>Closed cases by the ticket's category id.</summary>
    Category = 1,

    /// <summary>Closed cases by the ticket's type (the enum's number).</summary>
    Type = 2,

    /// <summary>Closed cases by the ticket's priority (the enum's number).</summary>
    Priority = 3,

    /// <summary>Closed cases by the ticket's source (the enum's number).</summary>
    Source = 4,
}
