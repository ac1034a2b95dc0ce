using System.Text.RegularExpressions;
using MimeKit;

namespace BossRemote.Core.Common;

/// <summary>
/// The one rule for an address BossRemote may send to: what MimeKit, which sends the mail, reads as exactly one plain
/// address (no name, no group), whose domain ends in a real top-level part (<c>x@y</c> is refused). Forms check it
/// before saving and the sender checks it again, so a bad address fails once, clearly, instead of being retried.
/// </summary>
public static partial class EmailAddresses
{
    public const string Invalid = "Enter a valid e-mail address, such as emma.johnson@example.com.";

    public static bool IsDeliverable(string? address)
    {
        if (string.IsNullOrWhiteSpace(address) || address != address.Trim()
            || !MailboxAddress.TryParse(ParserOptions.Default, address, out var mailbox)
            || !string.IsNullOrEmpty(mailbox.Name))
        {
            return false;
        }

        // MimeKit reads an IDN domain back in Unicode, so the address must round-trip in one of the two forms.
        var encoded = mailbox.GetAddress(idnEncode: true);
        if (mailbox.Address != address && encoded != address)
        {
            return false;
        }

        var at = encoded.LastIndexOf('@');
        return at > 0 && DomainWithEnding().IsMatch(encoded[(at + 1)..]);
    }

    /// <summary>Labels of letters, digits and hyphens, at least two, the last of letters or, for an IDN, xn--.</summary>
    [GeneratedRegex(@"^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$", RegexOptions.IgnoreCase)]
    private static partial Regex DomainWithEnding();
}
