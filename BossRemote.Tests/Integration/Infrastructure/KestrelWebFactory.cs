namespace BossRemote.Tests.Integration.Infrastructure;

/// <summary>
/// The real app, production services throughout (the stored TeamViewer token included), on Kestrel at a free loopback
/// port, so the product's client reaches the built-in simulator over HTTP. For a class fixture; it starts when first used.
/// </summary>
public sealed class KestrelWebFactory : BossRemoteWebFactory
{
    public KestrelWebFactory() => UseKestrel(0);
}
