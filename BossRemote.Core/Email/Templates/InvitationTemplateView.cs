namespace BossRemote.Core.Email.Templates;

/// <summary>The invitation template as the editor loads it.</summary>
public sealed record InvitationTemplateView(string Subject, string HtmlBody, bool IsDefault, DateTime? UpdatedAt, string? UpdatedByName);
