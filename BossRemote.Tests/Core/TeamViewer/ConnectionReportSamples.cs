using BossRemote.Core.TeamViewer.Models;

namespace BossRemote.Tests.Core.TeamViewer;

/// <summary>The reports the bodies in <see cref="TeamViewerSamples"/> must parse to.</summary>
internal static class ConnectionReportSamples
{
    /// <summary><see cref="TeamViewerSamples.ConnectionRecord"/>, field by field.</summary>
    public static ConnectionReport Doc { get; } = new()
    {
        Id = "B144268F-5A3A-4130-9054-A8F4598B0125",
        UserId = "u4387123",
        UserName = "Adam",
        DeviceId = "20301234",
        DeviceName = "Server 15",
        GroupId = "g272032545",
        GroupName = "BossRemote",
        ContactId = "c55512",
        SupportSessionType = 1,
        StartDate = new DateTime(2013, 1, 16, 19, 20, 30, DateTimeKind.Utc),
        EndDate = new DateTime(2013, 1, 16, 19, 40, 14, DateTimeKind.Utc),
        Fee = 12.5m,
        Currency = "EUR",
        BillingState = "Bill",
        Notes = "fixed webserver",
        SessionCode = "s119-457-589",
        SessionCreatedAt = new DateTime(2013, 1, 16, 19, 0, 0, DateTimeKind.Utc),
        ValidUntil = new DateTime(2013, 1, 17, 19, 0, 0, DateTimeKind.Utc),
        AssignedUserId = "u4387123",
        AssignedAt = new DateTime(2013, 1, 16, 19, 5, 0, DateTimeKind.Utc),
        SessionNote = "Outlook crashes on start",
        CustomApi = "bossremote:case:42",
        EndCustomer = new TeamViewerEndCustomer { Name = "Jon Snow", Email = "jon.snow@winterfell.example" },
        Feedback = new ConnectionFeedback { SessionRating = 5, UserComment = "Quick and friendly" },
    };
}
