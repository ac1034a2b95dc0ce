namespace BossRemote.Core.Email.Templates;

/// <summary>Something wrong in a template: where (subject or body, line) and what.</summary>
public sealed record TemplateProblem(string Field, int? Line, string Message)
{
    public override string ToString() => Line is { } line ? $"{Field}, line {line}: {Message}" : $"{Field}: {Message}";
}
