using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace BossRemote.Core.TeamViewerSimulator;

/// <summary>
/// The TeamViewer account behind a token. Every token maps to the same account every time (a hash), so a token
/// always sees its own sessions, groups and reports, and two tokens never see each other's.
/// </summary>
public sealed record SimulatorAccount(string UserId)
{
    public string DisplayName => DisplayNameFor(UserId);

    public static SimulatorAccount ForToken(string token)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(token));
        var number = BinaryPrimitives.ReadUInt64BigEndian(hash) % 900_000_000UL + 100_000_000UL;
        return new SimulatorAccount("u" + number.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The name the simulator gives a user id (it has no user directory).</summary>
    public static string DisplayNameFor(string userId) => $"Supporter {userId}";
}
