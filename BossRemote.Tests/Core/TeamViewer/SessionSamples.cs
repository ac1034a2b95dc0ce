using BossRemote.Core.TeamViewer.Models;

namespace BossRemote.Tests.Core.TeamViewer;

/// <summary>The sessions the bodies in <see cref="TeamViewerSamples"/> must parse to.</summary>
internal static class SessionSamples
{
    /// <summary><see cref="TeamViewerSamples.CapturedSession"/>, field by field; every date is UTC.</summary>
    public static TeamViewerSession Captured { get; } = new()
    {
        Code = "s119-457-589",
        State = TeamViewerSessionState.Open,
        GroupId = "g272032545",
        CustomModuleId = "qs-4471",
        WaitingMessage = "A technician will be with you shortly.",
        Description = "Outlook crashes on start",
        EndCustomer = new TeamViewerEndCustomer { Name = "Jon Snow", Email = "jon.snow@winterfell.example" },
        AssignedUserId = "u11293276",
        AssignedAt = new DateTime(2024, 4, 16, 20, 40, 38, DateTimeKind.Utc),
        EndCustomerLink = "https://get.teamviewer.com/v15/s119457589",
        SupporterLink = "https://get.teamviewer.com/v15/s119457589-AEG8iPEEzz96",
        WebclientSupporterLink = "https://login.teamviewer.com/Connect/IndexByol?sessioncode=s119457589&servicequeuetoken=AEG8iPEEzz96&lang=en&displayName=Jon+Snow",
        CustomApi = "bossremote:case:42",
        CreatedAt = new DateTime(2024, 4, 16, 20, 40, 38, DateTimeKind.Utc),
        ValidUntil = new DateTime(2024, 4, 17, 20, 40, 38, DateTimeKind.Utc),
        ClosedAt = new DateTime(2024, 4, 17, 8, 15, 0, DateTimeKind.Utc),
        TvVersion = "15.52.3",
        Online = false,
        SupportSessionType = "Default",
    };
}
