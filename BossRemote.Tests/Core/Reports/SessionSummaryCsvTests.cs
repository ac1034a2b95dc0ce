using BossRemote.Core.Reports;

namespace BossRemote.Tests.Core.Reports;

public class SessionSummaryCsvTests
{
    private static readonly SessionSummary Summary = new(
        new DayRange(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)),
        "Europe/Berlin",
        new UtcRange(new DateTime(2026, 2, 28, 23, 0, 0, DateTimeKind.Utc), new DateTime(2026, 3, 31, 22, 0, 0, DateTimeKind.Utc)),
        AllTechnicians: false,
        new SessionTotals(Sessions: 3, TotalSeconds: 3700, ConnectedSessions: 1, ConnectedSeconds: 600, Expired: 2),
        ByCategory: [new SessionGroup(1, "=cmd|' /C calc'!A0", 3, 3700)],
        ByType: [new SessionGroup(0, "Incident", 3, 3700)],
        ByPriority: [new SessionGroup(2, "High", 3, 3700)],
        BySource: [new SessionGroup(3, "Phone", 3, 3700)],
        ByTechnician: [new TechnicianSessions("t1", "@Taylor, Reed", 3, 3700, 1, 600, 2)]);

    [Fact]
    public void Write_Summary_HasTheFiguresInASummaryRow()
    {
        var lines = SessionSummaryCsv.Write(Summary).Split("\r\n");

        lines.ShouldContain("Period,2026-03-01,2026-03-31");
        lines.ShouldContain("Time zone,Europe/Berlin");
        lines.ShouldContain(string.Join(',', SessionSummaryCsv.Columns));
        lines.ShouldContain("Summary,All sessions,3,1 h 01 min,20 min 33 s,3700,1233,600,2,0,0,,");
        lines.ShouldContain("Type,Incident,3,1 h 01 min,20 min 33 s,3700,1233,,,0,0,,");
    }

    [Fact]
    public void Write_NamesThatLookLikeFormulas_AreNeutralised()
    {
        var lines = SessionSummaryCsv.Write(Summary).Split("\r\n");

        lines.ShouldContain("Category,'=cmd|' /C calc'!A0,3,1 h 01 min,20 min 33 s,3700,1233,,,0,0,,");
        lines.ShouldContain("Technician,\"'@Taylor, Reed\",3,1 h 01 min,20 min 33 s,3700,1233,600,2,0,0,,");
        lines.ShouldContain("Technicians,\"'@Taylor, Reed\"");
        lines.ShouldNotContain(l => l.Split(',').Any(f => f.Length > 0 && "=+-@".Contains(f[0])));
    }

    [Fact]
    public void Write_Ratings_GivesRequestedAnsweredAverageAndResponseRate()
    {
        var rated = Summary with
        {
            Totals = Summary.Totals with { Ratings = new SatisfactionFigures(Requested: 3, Answered: 2, RatingSum: 9) },
            ByType = [new SessionGroup(0, "Incident", 3, 3700) { Ratings = new SatisfactionFigures(3, 2, 9) }],
        };

        var lines = SessionSummaryCsv.Write(rated).Split("\r\n");

        lines.ShouldContain("Summary,All sessions,3,1 h 01 min,20 min 33 s,3700,1233,600,2,3,2,4.50,66.7");
        lines.ShouldContain("Type,Incident,3,1 h 01 min,20 min 33 s,3700,1233,,,3,2,4.50,66.7");
    }

    [Fact]
    public void FileName_NamesThePeriod()
    {
        var name = SessionSummaryCsv.FileName(Summary);

        name.ShouldBe("teamviewer-sessions-2026-03-01-to-2026-03-31.csv");
    }
}
