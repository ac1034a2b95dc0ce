using System.Text;

namespace BossRemote.Core.Reports;

/// <summary>A report's CSV as the bytes of its file, downloaded or attached alike.</summary>
public static class CsvFile
{
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>UTF-8 with a BOM, so spreadsheets read it as UTF-8.</summary>
    public static byte[] Bytes(string csv) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)];
}
