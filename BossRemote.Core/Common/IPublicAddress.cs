namespace BossRemote.Core.Common;

/// <summary>Where people outside reach the app, for links in e-mails (<c>Email__PublicUrl</c>, else the listening address).</summary>
public interface IPublicAddress
{
    /// <summary>The app's base URL without a trailing slash, e.g. <c>https://helpdesk.example.com</c>.</summary>
    string BaseUrl { get; }
}
