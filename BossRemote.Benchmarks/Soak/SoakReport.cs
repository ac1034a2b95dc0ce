using System.Globalization;

namespace BossRemote.Benchmarks.Soak;

/// <summary>Prints the books as a table, then what the soak did, then "books balance" or every discrepancy.</summary>
public static class SoakReport
{
    private const int DiscrepanciesShown = 40;

    public static void Print(SoakResult result, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"Books after {result.Elapsed:hh\\:mm\\:ss} ({result.Restarts} restarts; soak clock at {result.ClockEnd:yyyy-MM-dd HH:mm} UTC):");
        output.WriteLine();
        Table(output, result.Balance.Counts.Select(c => (c.Name, c.Value)));
        output.WriteLine();
        output.WriteLine("What the soak did and injected:");
        output.WriteLine();
        Table(output, result.Journal.Counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, (long)c.Value)));
        output.WriteLine();
        if (result.Balance.Balances)
        {
            output.WriteLine("Books balance.");
            return;
        }

        output.WriteLine($"Books do NOT balance: {result.Balance.Discrepancies.Count} discrepancies (all in {Path.Combine(result.DataDirectory, "discrepancies.txt")}; the app's log is soak.log beside it):");
        foreach (var problem in result.Balance.Discrepancies.Take(DiscrepanciesShown))
        {
            output.WriteLine($"  - {problem}");
        }

        if (result.Balance.Discrepancies.Count > DiscrepanciesShown)
        {
            output.WriteLine($"  … and {result.Balance.Discrepancies.Count - DiscrepanciesShown} more");
        }
    }

    private static void Table(TextWriter output, IEnumerable<(string Name, long Value)> rows)
    {
        var list = rows.ToList();
        var width = list.Max(r => r.Name.Length);
        output.WriteLine($"| {"".PadRight(width)} | {"count",9} |");
        output.WriteLine($"|{new string('-', width + 2)}|{new string('-', 10)}:|");
        foreach (var (name, value) in list)
        {
            output.WriteLine($"| {name.PadRight(width)} | {value.ToString("N0", CultureInfo.InvariantCulture),9} |");
        }
    }
}
