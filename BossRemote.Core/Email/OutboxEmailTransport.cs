using BossRemote.Core.Common;
using MimeKit;

namespace BossRemote.Core.Email;

/// <summary>
/// With no SMTP server configured, every message is written as an <c>.eml</c> file to the outbox folder in the data
/// folder, where the admin outbox page lists and previews it (and any mail program opens it).
/// </summary>
internal sealed class OutboxEmailTransport(DataDirectory dataDirectory, TimeProvider clock) : IEmailTransport
{
    public const string FolderName = "outbox";

    public string Destination => "the outbox folder (no SMTP server is configured)";

    public string Folder => Directory.CreateDirectory(Path.Combine(dataDirectory.Root, FolderName)).FullName;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        // Sortable by time, unique per message; written to a temporary name first so a reader never sees half a file.
        var name = $"{clock.GetUtcNow():yyyyMMdd-HHmmss-fff}-{Guid.NewGuid():N}.eml";
        var path = Path.Combine(Folder, name);
        var partial = path + ".partial";
        try
        {
            await using (var stream = File.Create(partial))
            {
                await message.WriteToAsync(stream, cancellationToken);
            }

            File.Move(partial, path);
        }
        catch (IOException ex)
        {
            throw new EmailTransportException($"The outbox folder cannot be written: {ex.Message}", ex);
        }
    }
}
