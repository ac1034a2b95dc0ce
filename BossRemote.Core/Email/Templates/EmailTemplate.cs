namespace BossRemote.Core.Email.Templates;

/// <summary>An admin's version of a message template (Liquid). Without a row, the message's default is used.</summary>
public sealed class EmailTemplate
{
    public const int SubjectMaxLength = 500;
    public const int BodyMaxLength = 50_000;

    /// <summary>E.g. <see cref="CustomerInvitationEmail.TemplateKey"/>.</summary>
    public string Key { get; set; } = "";

    public string Subject { get; set; } = "";

    public string HtmlBody { get; set; } = "";

    public DateTime UpdatedAt { get; set; }

    public string UpdatedByName { get; set; } = "";
}
