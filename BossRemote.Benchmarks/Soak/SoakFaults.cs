namespace BossRemote.Benchmarks.Soak;

/// <summary>
/// When TeamViewer and SMTP fail, from one seeded <see cref="Random"/>: outages that last minutes of the soak's clock,
/// single calls that fail, and the crash points a restart arms. The proxy and the SMTP server ask it about every call;
/// the soak's steps run one after another, so the same seed asks the same questions in the same order.
/// </summary>
internal sealed class SoakFaults(int seed, TimeProvider clock, SoakJournal journal)
{
    private readonly Random _random = new(seed);
    private readonly Lock _gate = new();
    private DateTime _teamViewerDownUntil;
    private TeamViewerFault _outage;
    private DateTime _smtpRefusingUntil;
    private string? _crashOnMethod;
    private bool _crashOnSmtp;

    /// <summary>Off once every case is created: the last ones end, and what is left is drained, on a healthy system.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Stops the running app (set by the run for each instance).</summary>
    public Action Crash { get; set; } = () => { };

    /// <summary>Called once per step: an outage may begin.</summary>
    public void Step()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        lock (_gate)
        {
            if (!Enabled)
            {
                return;
            }

            if (now >= _teamViewerDownUntil && _random.NextDouble() < 1 / 100.0)
            {
                var roll = _random.NextDouble();
                _outage = roll < 0.7 ? TeamViewerFault.Refuse : roll < 0.9 ? TeamViewerFault.Drop : TeamViewerFault.Hang;
                // A hanging TeamViewer costs real time (the client's timeout per call): its outages are short.
                var minutes = _outage == TeamViewerFault.Hang ? 0.5 + _random.NextDouble() : 1 + _random.NextDouble() * 7;
                _teamViewerDownUntil = now + TimeSpan.FromMinutes(minutes);
                journal.Count($"TeamViewer outages ({Describe(_outage)})");
            }

            if (now >= _smtpRefusingUntil && _random.NextDouble() < 1 / 80.0)
            {
                _smtpRefusingUntil = now + TimeSpan.FromMinutes(2 + _random.NextDouble() * 38);
                journal.Count("SMTP outages (451 to every message)");
            }
        }
    }

    /// <summary>Arms a crash for the next TeamViewer call (of one method) or SMTP send; a quiet or abrupt restart needs none.</summary>
    public void Arm(RestartKind kind)
    {
        lock (_gate)
        {
            switch (kind)
            {
                case RestartKind.DuringTeamViewerCall:
                    _crashOnMethod = _random.Next(3) switch { 0 => "POST", 1 => "PUT", _ => "GET" };
                    break;
                case RestartKind.DuringSmtpSend:
                    _crashOnSmtp = true;
                    break;
            }
        }
    }

    public bool CrashArmed
    {
        get
        {
            lock (_gate)
            {
                return _crashOnMethod is not null || _crashOnSmtp;
            }
        }
    }

    /// <summary>Drops an armed crash that found no call to interrupt.</summary>
    public void Disarm()
    {
        lock (_gate)
        {
            (_crashOnMethod, _crashOnSmtp) = (null, false);
        }
    }

    public TeamViewerFault ForTeamViewerCall(string method)
    {
        lock (_gate)
        {
            if (!Enabled)
            {
                return TeamViewerFault.None;
            }

            if (string.Equals(_crashOnMethod, method, StringComparison.OrdinalIgnoreCase))
            {
                _crashOnMethod = null;
                return Counted(TeamViewerFault.Crash);
            }

            if (clock.GetUtcNow().UtcDateTime < _teamViewerDownUntil)
            {
                return Counted(_outage);
            }

            var roll = _random.NextDouble();
            return Counted(roll switch
            {
                < 0.015 => TeamViewerFault.Refuse,
                < 0.020 => TeamViewerFault.Drop,
                < 0.030 => TeamViewerFault.LoseAnswer,
                < 0.032 => TeamViewerFault.Hang,
                _ => TeamViewerFault.None,
            });
        }
    }

    public SmtpFault ForMessage()
    {
        lock (_gate)
        {
            if (!Enabled)
            {
                return SmtpFault.None;
            }

            if (_crashOnSmtp)
            {
                _crashOnSmtp = false;
                journal.Count("SMTP: accepted, then the app stopped before the answer");
                return SmtpFault.Crash;
            }

            if (clock.GetUtcNow().UtcDateTime < _smtpRefusingUntil || _random.NextDouble() < 0.03)
            {
                journal.Count("SMTP: 451 refusals");
                return SmtpFault.Refuse;
            }

            return SmtpFault.None;
        }
    }

    private TeamViewerFault Counted(TeamViewerFault fault)
    {
        if (fault != TeamViewerFault.None)
        {
            journal.Count($"TeamViewer calls: {Describe(fault)}");
        }

        return fault;
    }

    private static string Describe(TeamViewerFault fault) => fault switch
    {
        TeamViewerFault.Refuse => "503",
        TeamViewerFault.Drop => "connection closed",
        TeamViewerFault.Hang => "no answer until the timeout",
        TeamViewerFault.LoseAnswer => "done, answer lost",
        TeamViewerFault.Crash => "done, then the app stopped",
        _ => "none",
    };
}
