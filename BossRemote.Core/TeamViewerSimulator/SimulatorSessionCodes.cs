namespace BossRemote.Core.TeamViewerSimulator;

/// <summary>Session codes in and out: stored dash-grouped, accepted with or without dashes, linked without.</summary>
public static class SimulatorSessionCodes
{
    /// <summary>
    /// The stored form of <paramref name="code"/> (<c>s123-456-789</c> or <c>s12-345-678</c>) from any spelling
    /// (<c>S123456789</c>, <c>s123-456-789</c>, …), or <see langword="null"/> when it cannot be a session code.
    /// </summary>
    public static string? Normalize(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var compact = new string(code.Where(c => c is not ('-' or ' ')).ToArray()).ToLowerInvariant();
        if (compact.Length is not (9 or 10) || compact[0] != 's' || !compact[1..].All(char.IsAsciiDigit))
        {
            return null;
        }

        var digits = compact[1..];
        var head = digits.Length - 6;
        return $"s{digits[..head]}-{digits[head..(head + 3)]}-{digits[(head + 3)..]}";
    }

    /// <summary><c>s123456789</c>: the form used inside links.</summary>
    public static string Undashed(string code) => code.Replace("-", "", StringComparison.Ordinal);
}
