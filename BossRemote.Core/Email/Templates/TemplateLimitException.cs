namespace BossRemote.Core.Email.Templates;

/// <summary>A template went past one of the <see cref="TemplateLimits"/> while rendering; the message names which.</summary>
public sealed class TemplateLimitException(string message) : Exception(message);
