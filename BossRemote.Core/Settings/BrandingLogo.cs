namespace BossRemote.Core.Settings;

/// <summary>The logo's bytes and type, for serving and for embedding in e-mails.</summary>
public sealed record BrandingLogo(byte[] Content, string ContentType)
{
    /// <summary>The e-mail body refers to the embedded logo by this content id.</summary>
    public const string ContentId = "company-logo";

    public const string EmailUrl = "cid:" + ContentId;

    public string DataUrl => $"data:{ContentType};base64,{Convert.ToBase64String(Content)}";
}
