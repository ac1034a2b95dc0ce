namespace BossRemote.Benchmarks.Soak;

/// <summary>How the app is restarted: each leaves different work in flight.</summary>
internal enum RestartKind
{
    /// <summary>Between two steps, once the after-commit work of the last one is done.</summary>
    Quiet,

    /// <summary>Right after technicians acted, before the after-commit work (invitations, notices) ran.</summary>
    Abrupt,

    /// <summary>In the middle of a TeamViewer call that TeamViewer has already carried out.</summary>
    DuringTeamViewerCall,

    /// <summary>In the middle of an SMTP send that the server has already accepted (ADR-009's at-least-once window).</summary>
    DuringSmtpSend,
}
