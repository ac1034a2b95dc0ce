using System.Globalization;
using BossRemote.Core.Data;

namespace BossRemote.Web.Data;

/// <summary>What <see cref="CopyToPostgresCommand"/> prints once the copy is committed: a line per table with its rows.</summary>
internal static class CopyReportText
{
    public static async Task WriteAsync(TextWriter output, DatabaseCopyReport report, DatabaseCopySource source)
    {
        var width = report.Tables.Max(t => t.Table.Length);
        foreach (var table in report.Tables)
        {
            await output.WriteLineAsync($"  {table.Table.PadRight(width)}  {table.Rows.ToString("N0", CultureInfo.InvariantCulture),10}");
        }

        if (!report.SimulatorCopied)
        {
            await output.WriteLineAsync($"No TeamViewer simulator database at {source.SimulatorFile}: its tables were created empty.");
        }

        await output.WriteLineAsync(
            $"Copied {report.Rows.ToString("N0", CultureInfo.InvariantCulture)} rows in {report.Tables.Count} tables. " +
            "Start BossRemote with Database__Provider=Postgres and ConnectionStrings__BossRemote set to this database; " +
            "background jobs start afresh there (the recurring sweeps expire overdue cases and resend e-mail still waiting).");
    }
}
