namespace BossRemote.Core.Email.Templates;

/// <summary>A rendered message: a one-line subject and an HTML body.</summary>
public sealed record RenderedEmail(string Subject, string HtmlBody);
