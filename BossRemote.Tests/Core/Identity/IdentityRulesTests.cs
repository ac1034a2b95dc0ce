using BossRemote.Core.Identity;
using Microsoft.AspNetCore.Identity;

namespace BossRemote.Tests.Core.Identity;

public class IdentityRulesTests
{
    [Fact]
    public void DescribePassword_AppRules_NamesEveryRule()
    {
        var options = new IdentityOptions();
        IdentityRules.Apply(options);

        var text = IdentityRules.DescribePassword(options.Password);

        text.ShouldBe("At least 12 characters, with an upper-case letter, a lower-case letter, a digit and a symbol.");
    }

    [Fact]
    public void DescribePassword_OnlyALength_SaysJustThat()
    {
        var password = new PasswordOptions
        {
            RequiredLength = 12, RequireDigit = false, RequireLowercase = false, RequireUppercase = false, RequireNonAlphanumeric = false,
        };

        IdentityRules.DescribePassword(password).ShouldBe("At least 12 characters.");
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("2026-03-10T14:15:00+00:00", false)]
    [InlineData("9999-12-31T23:59:59.9999999+00:00", true)]
    public void IsDisabled_LockoutEnd_OnlyAnAdminsNeverEndingLockout(string? lockoutEnd, bool expected)
    {
        DateTimeOffset? end = lockoutEnd is null ? null : DateTimeOffset.Parse(lockoutEnd, System.Globalization.CultureInfo.InvariantCulture);

        UserLockout.IsDisabled(end).ShouldBe(expected);
    }
}
