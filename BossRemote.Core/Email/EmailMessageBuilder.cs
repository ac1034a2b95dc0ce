using System.Net;
using System.Text.RegularExpressions;
using BossRemote.Core.Settings;
using MimeKit;

namespace BossRemote.Core.Email;

/// <summary>Turns a delivery into a MIME message: HTML with a plain-text alternative, the embedded logo, the attachment if any, a stable Message-ID.</summary>
internal static partial class EmailMessageBuilder
{
    public static MimeMessage Build(EmailDelivery delivery, string from, string companyName, BrandingLogo? logo)
    {
        var message = new MimeMessage { Subject = delivery.Subject, MessageId = delivery.MessageId };
        message.From.Add(new MailboxAddress(companyName, from));
        message.To.Add(new MailboxAddress(delivery.RecipientName, delivery.RecipientEmail));

        var body = new BodyBuilder { HtmlBody = delivery.HtmlBody, TextBody = PlainText(delivery.HtmlBody) };
        if (logo is not null && delivery.HtmlBody.Contains(BrandingLogo.EmailUrl, StringComparison.Ordinal))
        {
            var image = body.LinkedResources.Add("logo", logo.Content, ContentType.Parse(logo.ContentType));
            image.ContentId = BrandingLogo.ContentId;
        }

        if (delivery is { AttachmentName: { } name, AttachmentContent: { } content })
        {
            body.Attachments.Add(name, content, ContentType.Parse(delivery.AttachmentContentType ?? "application/octet-stream"));
        }

        message.Body = body.ToMessageBody();
        return message;
    }

    /// <summary>A readable text version for mail programs that do not show HTML: links kept, tags dropped.</summary>
    internal static string PlainText(string html)
    {
        var text = Link().Replace(html, m => $"{m.Groups[2].Value} ({m.Groups[1].Value})");
        text = Break().Replace(text, "\n");
        text = Tag().Replace(text, "");
        text = WebUtility.HtmlDecode(text);
        return string.Join('\n', text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
    }

    [GeneratedRegex("<a [^>]*href=\"([^\"]*)\"[^>]*>(.*?)</a>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Link();

    [GeneratedRegex(@"<br\s*/?>|</p>|</div>|</li>", RegexOptions.IgnoreCase)]
    private static partial Regex Break();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
