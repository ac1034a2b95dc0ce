using BossRemote.Core.Satisfaction;
using Microsoft.AspNetCore.DataProtection;

namespace BossRemote.Tests.Core.Satisfaction;

public class SatisfactionLinkTests
{
    private static readonly DateTime ExpiresAt = new(2026, 12, 17, 9, 30, 0, DateTimeKind.Utc);

    private readonly EphemeralDataProtectionProvider _keys = new();

    [Fact]
    public void Read_TokenItCreated_GivesBackCaseCodeAndExpiry()
    {
        var link = new SatisfactionLink(_keys);

        var contents = link.Read(link.Create(42, "abc123", ExpiresAt));

        contents.ShouldBe(new SatisfactionLink.Contents(42, "abc123", ExpiresAt));
        contents!.IsExpired(ExpiresAt.AddSeconds(-1)).ShouldBeFalse();
        contents.IsExpired(ExpiresAt).ShouldBeTrue();
    }

    [Fact]
    public void Create_Token_IsUrlSafeAndRevealsNothing()
    {
        var token = new SatisfactionLink(_keys).Create(42, "abc123", ExpiresAt);

        token.ShouldMatch("^[A-Za-z0-9_-]+$");
        token.ShouldNotContain("abc123");
    }

    [Fact]
    public void Read_ChangedToken_IsNull()
    {
        var link = new SatisfactionLink(_keys);
        var token = link.Create(42, "abc123", ExpiresAt);
        var changed = token[..10] + (token[10] == 'A' ? 'B' : 'A') + token[11..];

        link.Read(changed).ShouldBeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("not-a-token")]
    [InlineData("<script>alert(1)</script>")]
    public void Read_Garbage_IsNull(string? token) => new SatisfactionLink(_keys).Read(token).ShouldBeNull();

    [Fact]
    public void Read_TokenOfAnotherPurpose_IsNull()
    {
        var other = _keys.CreateProtector("BossRemote.TeamViewer.ScriptToken.v1").Protect("42:abc123:" + ExpiresAt.Ticks);

        new SatisfactionLink(_keys).Read(other).ShouldBeNull();
    }

    [Fact]
    public void Read_TokenFromAnotherKeyRing_IsNull()
    {
        var foreign = new SatisfactionLink(new EphemeralDataProtectionProvider()).Create(42, "abc123", ExpiresAt);

        new SatisfactionLink(_keys).Read(foreign).ShouldBeNull();
    }

    [Fact]
    public void Read_OverlongToken_IsNull() => new SatisfactionLink(_keys).Read(new string('A', 5000)).ShouldBeNull();
}
