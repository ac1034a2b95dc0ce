namespace BossRemote.Benchmarks.Soak;

/// <summary>What the SMTP server does with one message.</summary>
internal enum SmtpFault
{
    None,

    /// <summary>451: a temporary refusal, as a busy or broken relay gives.</summary>
    Refuse,

    /// <summary>The server keeps the message, then the app's process stops before it reads the 250.</summary>
    Crash,
}
