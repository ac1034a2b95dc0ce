namespace BossRemote.Core.Reports;

/// <summary>A half-open interval of UTC instants: <see cref="Start"/> included, <see cref="End"/> not.</summary>
public readonly record struct UtcRange(DateTime Start, DateTime End)
{
    public bool Contains(DateTime utc) => utc >= Start && utc < End;
}
