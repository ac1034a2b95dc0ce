namespace BossRemote.Core.Reports;

/// <summary>
/// One CSV field, safe to open in a spreadsheet. Text that starts like a formula (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>,
/// tab, carriage return) gets a leading <c>'</c> so Excel or Calc shows it instead of running it (OWASP "CSV
/// injection"); a field with a comma, quote or line break is quoted with its quotes doubled (RFC 4180).
/// </summary>
public static class CsvField
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public static string Text(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && Array.IndexOf(FormulaStarts, text[0]) >= 0)
        {
            text = "'" + text;
        }

        return text.IndexOfAny(NeedsQuotes) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    /// <summary>A number the report computed: never negative, never a formula, written without separators.</summary>
    public static string Number(long value) => Text(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
