namespace BossRemote.Core.Email.Templates;

/// <summary>The outcome of checking a template: errors block saving, warnings do not.</summary>
public sealed record TemplateCheck(IReadOnlyList<TemplateProblem> Errors, IReadOnlyList<string> Warnings)
{
    public bool IsValid => Errors.Count == 0;
}
