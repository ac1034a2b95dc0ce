using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using NSubstitute;

namespace BossRemote.Tests.TestSupport;

/// <summary>A server that says it listens on the given addresses (Kestrel's <see cref="IServerAddressesFeature"/>).</summary>
public static class ListeningServer
{
    public static IServer On(params string[] addresses)
    {
        var features = new FeatureCollection();
        var addressFeature = Substitute.For<IServerAddressesFeature>();
        addressFeature.Addresses.Returns(addresses.ToList());
        features.Set(addressFeature);
        var server = Substitute.For<IServer>();
        server.Features.Returns(features);
        return server;
    }
}
