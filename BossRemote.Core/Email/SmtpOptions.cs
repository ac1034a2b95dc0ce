using System.ComponentModel.DataAnnotations;

namespace BossRemote.Core.Email;

/// <summary><c>Email__Smtp__Host</c>, <c>__Port</c>, <c>__User</c>, <c>__Password</c>, <c>__UseTls</c>.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    public string? User { get; set; }

    /// <summary>A secret: environment or user-secrets only, never logged.</summary>
    public string? Password { get; set; }

    /// <summary>TLS on connect for port 465, STARTTLS otherwise; false sends in the clear (a local relay).</summary>
    public bool UseTls { get; set; } = true;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
