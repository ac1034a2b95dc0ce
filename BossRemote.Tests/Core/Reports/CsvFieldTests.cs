using BossRemote.Core.Reports;

namespace BossRemote.Tests.Core.Reports;

public class CsvFieldTests
{
    [Theory]
    [InlineData("=SUM(A1:A9)", "'=SUM(A1:A9)")]
    [InlineData("+41 44 000", "'+41 44 000")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tTab", "'\tTab")]
    public void Text_FormulaLikeValue_IsPrefixedWithAQuote(string value, string expected)
    {
        var field = CsvField.Text(value);

        field.ShouldBe(expected);
    }

    [Fact]
    public void Text_CarriageReturnFirst_IsPrefixedAndQuoted()
    {
        var field = CsvField.Text("\r=1+1");

        field.ShouldBe("\"'\r=1+1\"");
    }

    [Fact]
    public void Text_FormulaWithCommaAndQuotes_IsNeutralisedThenQuoted()
    {
        var field = CsvField.Text("=HYPERLINK(\"http://evil.example\",\"x\")");

        field.ShouldBe("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"");
    }

    [Theory]
    [InlineData("Taylor Reed", "Taylor Reed")]
    [InlineData("Reed, Taylor", "\"Reed, Taylor\"")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void Text_OrdinaryValue_IsKeptAndQuotedOnlyWhenNeeded(string value, string expected)
    {
        var field = CsvField.Text(value);

        field.ShouldBe(expected);
    }
}
