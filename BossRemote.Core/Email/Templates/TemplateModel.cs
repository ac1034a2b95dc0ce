namespace BossRemote.Core.Email.Templates;

/// <summary>Builds what a template renders with from dotted names such as <c>ticket.number</c>.</summary>
public static class TemplateModel
{
    /// <summary>Nested dictionaries of strings: the template can reach these values and nothing else.</summary>
    public static IReadOnlyDictionary<string, object?> From(IReadOnlyDictionary<string, string> flat)
    {
        var model = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (path, value) in flat)
        {
            var (root, member) = (path.Split('.')[0], path.Split('.')[1]);
            if (model.GetValueOrDefault(root) is not Dictionary<string, object?> group)
            {
                model[root] = group = new Dictionary<string, object?>(StringComparer.Ordinal);
            }

            group[member] = value;
        }

        return model;
    }
}
