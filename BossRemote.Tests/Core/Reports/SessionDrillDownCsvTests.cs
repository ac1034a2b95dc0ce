using BossRemote.Core.Reports;

namespace BossRemote.Tests.Core.Reports;

public class SessionDrillDownCsvTests
{
    private static readonly SessionDrillDown List = new(
        ReportRow.Technician("t1"),
        "@Taylor, Reed",
        new DayRange(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)),
        "Europe/Berlin",
        Total: 2,
        Sessions:
        [
            new SessionDetail(1, 1001, "=HYPERLINK(\"http://evil\")", "@Taylor, Reed",
                new DateTime(2026, 3, 9, 23, 30, 0, DateTimeKind.Utc), new DateTime(2026, 3, 9, 23, 40, 5, DateTimeKind.Utc), 605, null),
            new SessionDetail(2, 1002, "Grace Hopper", "@Taylor, Reed",
                new DateTime(2026, 3, 10, 8, 0, 0, DateTimeKind.Utc), new DateTime(2026, 3, 10, 9, 1, 0, DateTimeKind.Utc), 3660, 1800),
        ]);

    [Fact]
    public void Write_Sessions_OneLinePerSessionInTheReportsZone()
    {
        var lines = SessionDrillDownCsv.Write(List).Split("\r\n");

        lines.ShouldContain("Technician,\"'@Taylor, Reed\"");
        lines.ShouldContain("Period,2026-03-01,2026-03-31");
        lines.ShouldContain("Time zone,Europe/Berlin");
        lines.ShouldContain("Sessions,2");
        lines.ShouldContain(string.Join(',', SessionDrillDownCsv.Columns));
        lines.ShouldContain("1002,Grace Hopper,\"'@Taylor, Reed\",2026-03-10 09:00:00,2026-03-10 10:01:00,1 h 01 min,3660,1800");
        lines.ShouldNotContain(l => l.StartsWith("Listed,", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_TextThatLooksLikeAFormula_IsNeutralised()
    {
        var lines = SessionDrillDownCsv.Write(List).Split("\r\n");

        lines.ShouldContain("1001,\"'=HYPERLINK(\"\"http://evil\"\")\",\"'@Taylor, Reed\",2026-03-10 00:30:00,2026-03-10 00:40:05,10 min 05 s,605,");
    }

    [Fact]
    public void Write_ListCutAtTheLimit_SaysHowManyWereListed()
    {
        var lines = SessionDrillDownCsv.Write(List with { Total = 7 }).Split("\r\n");

        lines.ShouldContain("Listed,the first 2 of 7");
    }

    [Fact]
    public void FileName_NamesTheKindOfRowAndThePeriod()
    {
        var name = SessionDrillDownCsv.FileName(List with { Row = ReportRow.For(ReportRowKind.Category, 4) });

        name.ShouldBe("teamviewer-sessions-category-2026-03-01-to-2026-03-31.csv");
    }
}
