namespace BossRemote.Core.Data;

/// <summary>What a finished copy wrote, table by table in the order it wrote them.</summary>
/// <param name="SimulatorCopied">False when the installation has no simulator database (it never ran in Simulator mode).</param>
public sealed record DatabaseCopyReport(IReadOnlyList<CopiedTable> Tables, bool SimulatorCopied)
{
    public long Rows => Tables.Sum(t => t.Rows);
}
