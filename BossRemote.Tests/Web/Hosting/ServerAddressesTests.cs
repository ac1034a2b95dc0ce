using BossRemote.Tests.TestSupport;
using BossRemote.Web.Hosting;

namespace BossRemote.Tests.Web.Hosting;

public class ServerAddressesTests
{
    [Theory]
    [InlineData("http://0.0.0.0:5080", "http://localhost:5080")]
    [InlineData("http://[::]:5080", "http://localhost:5080")]
    [InlineData("http://+:5080", "http://localhost:5080")]
    [InlineData("http://*:5080/", "http://localhost:5080")]
    [InlineData("http://127.0.0.1:41234", "http://127.0.0.1:41234")]
    [InlineData("http://[::1]:41234", "http://[::1]:41234")]
    [InlineData("http://localhost:5080", "http://localhost:5080")]
    [InlineData("https://example.test", "https://example.test")]
    public void ToCallable_ListeningAddress_BecomesACallableUrl(string address, string expected)
    {
        ServerAddresses.ToCallable(address).ShouldBe(expected);
    }

    [Theory]
    [InlineData("https", "https://localhost:5001")]
    [InlineData("http", "http://localhost:5080")]
    public void Callable_BothSchemes_ThePreferredOne(string scheme, string expected)
    {
        ServerAddresses.Callable(ListeningServer.On("http://[::]:5080", "https://[::]:5001"), scheme).ShouldBe(expected);
    }

    [Fact]
    public void Callable_PreferredSchemeMissing_TheFirstAddress()
    {
        ServerAddresses.Callable(ListeningServer.On("http://127.0.0.1:41234"), "https").ShouldBe("http://127.0.0.1:41234");
    }

    [Fact]
    public void Callable_NotListening_Null()
    {
        ServerAddresses.Callable(ListeningServer.On(), "http").ShouldBeNull();
    }
}
