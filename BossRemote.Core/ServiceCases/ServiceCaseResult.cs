namespace BossRemote.Core.ServiceCases;

/// <summary>
/// The outcome of Play, Stop or "close in BossRemote only": the case as it now stands, or a message that explains
/// what went wrong. <see cref="CanCloseLocally"/> is set when TeamViewer no longer accepts BossRemote's token, so the
/// case can be closed in BossRemote only and the ticket is never stuck behind it. <see cref="Notice"/> is something a
/// success still wants the technician to know.
/// </summary>
public sealed record ServiceCaseResult(bool Succeeded, ServiceCaseView? Case, string? Error, bool CanCloseLocally = false, string? Notice = null)
{
    public static ServiceCaseResult Success(ServiceCaseView? serviceCase, string? notice = null) => new(true, serviceCase, null, Notice: notice);

    public static ServiceCaseResult Fail(string error, bool canCloseLocally = false) => new(false, null, error, canCloseLocally);
}
