namespace BossRemote.Core.Email.Templates;

/// <summary>A message template as the editor loads it.</summary>
public sealed record EmailTemplateView(string Subject, string HtmlBody, bool IsDefault, DateTime? UpdatedAt, string? UpdatedByName);
