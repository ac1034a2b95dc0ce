namespace BossRemote.Core.Email;

/// <summary>A message was not accepted; <see cref="Exception.Message"/> says why in words a technician understands.</summary>
/// <param name="isPermanent">
/// Trying again cannot help (an SMTP 5xx answer: the address or the message is refused for good); otherwise it may.
/// </param>
public sealed class EmailTransportException(string message, Exception? innerException = null, bool isPermanent = false)
    : Exception(message, innerException)
{
    public bool IsPermanent { get; } = isPermanent;
}
