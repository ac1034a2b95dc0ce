using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http.Features;

namespace BossRemote.Web.Identity;

/// <summary>
/// Who is trying to sign in, as the throttle counts it: the account typed into the form and the client's address (the
/// connection's; behind a proxy the forwarded one only when forwarded headers are configured, so a made-up
/// <c>X-Forwarded-For</c> changes nothing). IPv6 clients count by their /64 network, which one client usually owns whole.
/// </summary>
public readonly record struct SignInAttempt(string Account, string Address)
{
    public const string EmailField = "Input.Email";

    private const int MaxAccountLength = 256;

    /// <summary>The attempt a request makes, or null when it is not a POST to a throttled sign-in form.</summary>
    public static SignInAttempt? From(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || context.GetEndpoint()?.Metadata.GetMetadata<ThrottleSignInAttribute>() is null)
        {
            return null;
        }

        // Read ahead by SignInThrottling, so the rate limiter can ask for it without waiting.
        var email = context.Features.Get<IFormFeature>()?.Form?[EmailField].ToString() ?? "";
        var account = email.Trim().ToUpperInvariant();
        return new SignInAttempt(account.Length > MaxAccountLength ? account[..MaxAccountLength] : account, AddressOf(context.Connection.RemoteIpAddress));
    }

    internal static string AddressOf(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
