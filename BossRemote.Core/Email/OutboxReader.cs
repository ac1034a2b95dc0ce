using System.Security.Claims;
using System.Text.RegularExpressions;
using BossRemote.Core.Common;
using BossRemote.Core.Identity;
using MimeKit;

namespace BossRemote.Core.Email;

/// <summary>The admin outbox page: lists and opens the <c>.eml</c> files the outbox transport wrote.</summary>
public sealed partial class OutboxReader(DataDirectory dataDirectory, UserAccess access)
{
    public const int MaxListed = 200;

    public string Folder => Path.Combine(dataDirectory.Root, OutboxEmailTransport.FolderName);

    /// <summary>The newest messages first (at most <see cref="MaxListed"/>).</summary>
    public async Task<IReadOnlyList<OutboxEntry>> ListAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.Admin, "view the mail outbox");
        if (!Directory.Exists(Folder))
        {
            return [];
        }

        var entries = new List<OutboxEntry>();
        foreach (var path in Directory.EnumerateFiles(Folder, "*.eml").OrderByDescending(Path.GetFileName, StringComparer.Ordinal).Take(MaxListed))
        {
            var message = await LoadAsync(path, cancellationToken);
            if (message is not null)
            {
                entries.Add(new OutboxEntry(Path.GetFileName(path), message.Date.UtcDateTime, message.To.ToString(), message.Subject ?? ""));
            }
        }

        return entries;
    }

    /// <summary>One message, or null when the name is not a message in the outbox.</summary>
    public async Task<OutboxMessage?> GetAsync(ClaimsPrincipal user, string fileName, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.Admin, "view the mail outbox");
        if (!SafeName().IsMatch(fileName))
        {
            return null; // only plain names from the listing: no paths
        }

        var message = await LoadAsync(Path.Combine(Folder, fileName), cancellationToken);
        return message is null ? null : new OutboxMessage(fileName, message.Date.UtcDateTime, message.From.ToString(),
            message.To.ToString(), message.Subject ?? "", message.HtmlBody, message.TextBody,
            [.. message.Attachments.OfType<MimePart>().Select(a => a.FileName ?? "attachment")]);
    }

    private static async Task<MimeMessage?> LoadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await MimeMessage.LoadAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or FormatException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9_\-]{1,100}\.eml$")]
    private static partial Regex SafeName();
}
