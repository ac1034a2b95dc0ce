namespace BossRemote.Core.Email;

/// <summary>A message was not accepted; <see cref="Exception.Message"/> says why in words a technician understands.</summary>
public sealed class EmailTransportException(string message, Exception? innerException = null) : Exception(message, innerException);
