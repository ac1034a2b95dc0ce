using BossRemote.Web.Security;

namespace BossRemote.Tests.Web.Security;

public class LocationHeaderTests
{
    [Theory]
    [InlineData("/tickets/1042?view=mine#notes", "/tickets/1042?view=mine#notes")]
    [InlineData("/tickets/%E2%9C%93", "/tickets/%E2%9C%93")]
    [InlineData("/tickets/✓", "/tickets/%E2%9C%93")]
    [InlineData("/reports/Müller", "/reports/M%C3%BCller")]
    [InlineData("/notes/🙂", "/notes/%F0%9F%99%82")]
    [InlineData("/a b", "/a%20b")]
    [InlineData("/x\r\nSet-Cookie: y", "/x%0D%0ASet-Cookie:%20y")]
    public void Encode_Uri_KeepsAsciiAndPercentEncodesTheRestAsUtf8(string uri, string expected)
    {
        var encoded = LocationHeader.Encode(uri);

        encoded.ShouldBe(expected);
    }
}
