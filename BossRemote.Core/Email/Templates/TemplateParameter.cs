namespace BossRemote.Core.Email.Templates;

/// <summary>A value a template may use, e.g. <c>ticket.number</c>, with what it means and an example for previews.</summary>
public sealed record TemplateParameter(string Name, string Description, string Sample)
{
    /// <summary>How it is written in a template.</summary>
    public string Liquid => $"{{{{ {Name} }}}}";
}
