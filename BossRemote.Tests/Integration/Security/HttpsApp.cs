using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using BossRemote.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace BossRemote.Tests.Integration.Security;

/// <summary>
/// The app as deployed: the Production environment, on Kestrel over HTTPS with a self-signed certificate made here
/// (no development certificate needed), reached by a host name rather than an address — HSTS leaves
/// <c>localhost</c> and loopback addresses alone.
/// </summary>
public sealed class HttpsApp : IAsyncDisposable
{
    public const string HostName = "helpdesk.bossremote.test";

    private readonly Factory _factory;
    private readonly X509Certificate2 _certificate;
    private readonly int _port;

    private HttpsApp(Factory factory, X509Certificate2 certificate, int port)
    {
        _factory = factory;
        _certificate = certificate;
        _port = port;
    }

    public static HttpsApp Start()
    {
        var certificate = CreateCertificate();
        var factory = new Factory();
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new HttpsApp(factory, certificate, new Uri(address).Port);
    }

    /// <summary>A client for <c>https://helpdesk.bossremote.test:port</c> that connects to loopback and trusts only this app's certificate.</summary>
    public HttpClient CreateHttpClient()
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = true,
            ConnectCallback = async (_, cancellationToken) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                await socket.ConnectAsync(IPAddress.Loopback, _port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        handler.SslOptions.RemoteCertificateValidationCallback = (_, presented, _, _) =>
            presented is not null && presented.GetCertHashString() == _certificate.Thumbprint;
        return new HttpClient(handler) { BaseAddress = new Uri($"https://{HostName}:{_port}") };
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        _certificate.Dispose();
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={HostName}", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(HostName);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), password: null);
    }

    private sealed class Factory : BossRemoteWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }
}
