using System.Globalization;
using System.Security.Cryptography;

namespace BossRemote.Core.TeamViewerSimulator;

/// <summary>Random ids in TeamViewer's formats (doc §0, §2.2).</summary>
public static class SimulatorIds
{
    private const string TokenAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>A session code: <c>s</c> + 9 digits, dash-grouped (<c>s123-456-789</c>).</summary>
    public static string NewSessionCode()
    {
        var digits = Digits();
        return $"s{digits[..3]}-{digits[3..6]}-{digits[6..]}";
    }

    /// <summary>A group id: <c>g</c> + 9 digits.</summary>
    public static string NewGroupId() => "g" + Digits();

    /// <summary>A device id as reports show it (digits only).</summary>
    public static string NewDeviceId() => Digits();

    /// <summary>The 12 characters after the dash of a supporter link (the web client's <c>servicequeuetoken</c>).</summary>
    public static string NewSupporterToken() => RandomNumberGenerator.GetString(TokenAlphabet, 12);

    /// <summary>A report id: an upper-case GUID, as in TeamViewer's examples.</summary>
    public static string NewReportId() => Guid.NewGuid().ToString("D").ToUpperInvariant();

    private static string Digits() =>
        RandomNumberGenerator.GetInt32(100_000_000, 1_000_000_000).ToString(CultureInfo.InvariantCulture);
}
