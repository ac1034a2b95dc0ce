namespace BossRemote.Core.Email.Templates;

/// <summary>
/// One admin-editable message (ADR-023): the key its <see cref="EmailTemplate"/> row is stored under, what it is
/// called, its parameters, the one it cannot do without, and its default wording.
/// </summary>
public sealed record EmailTemplateDefinition(
    string Key,
    string Name,
    IReadOnlyList<TemplateParameter> Parameters,
    string RequiredParameter,
    string DefaultSubject,
    string DefaultBody)
{
    /// <summary>The sample values shown in the editor's preview.</summary>
    public IReadOnlyDictionary<string, object?> SampleModel { get; } = TemplateModel.From(Parameters.ToDictionary(p => p.Name, p => p.Sample));
}
