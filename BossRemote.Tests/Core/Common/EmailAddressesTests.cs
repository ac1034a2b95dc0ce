using BossRemote.Core.Common;

namespace BossRemote.Tests.Core.Common;

public class EmailAddressesTests
{
    [Theory]
    [InlineData("emma.johnson@northwind.example")]
    [InlineData("e+tickets@mail.example.co.uk")]
    [InlineData("jürgen@müller.de")]
    [InlineData("x@xn--mller-kva.de")]
    public void IsDeliverable_PlainAddress_IsTrue(string address)
    {
        EmailAddresses.IsDeliverable(address).ShouldBeTrue();
    }

    [Theory]
    [InlineData("a b@example.com")]
    [InlineData("x@y")]
    [InlineData("x@localhost")]
    [InlineData("Emma <emma@example.com>")]
    [InlineData("emma@example.com, other@example.com")]
    [InlineData("emma@example.123")]
    [InlineData(" emma@example.com")]
    [InlineData("emma@")]
    [InlineData("")]
    [InlineData(null)]
    public void IsDeliverable_AnythingElse_IsFalse(string? address)
    {
        EmailAddresses.IsDeliverable(address).ShouldBeFalse();
    }
}
