using System.Text.RegularExpressions;

namespace BossRemote.Core.Email.Templates;

/// <summary>
/// Looks at a template's nesting before the parser does: a parser follows nesting by recursion, so a pasted
/// <c>{{ ((((…</c> thousands deep would overflow the stack and end the process. Only Liquid markup is looked at (the
/// text between <c>{{ }}</c> and <c>{% %}</c>), so a parenthesis in a sentence of the e-mail is never counted.
/// </summary>
public static partial class TemplateShape
{
    /// <summary>The problem with <paramref name="text"/>'s nesting, or null when it is within <see cref="TemplateLimits.MaxNesting"/>.</summary>
    public static TemplateProblem? Check(string field, string text)
    {
        var blocks = 0;
        foreach (Match markup in Markup().Matches(text))
        {
            var depth = 0;
            foreach (var c in markup.Value)
            {
                depth += c is '(' or '[' ? 1 : c is ')' or ']' ? -1 : 0;
                if (depth > TemplateLimits.MaxNesting)
                {
                    return Problem(field, text, markup.Index);
                }
            }

            if (markup.Groups["tag"].Success)
            {
                var tag = markup.Groups["tag"].Value;
                blocks += tag.StartsWith("end", StringComparison.Ordinal) ? -1 : Blocks.Contains(tag) ? 1 : 0;
                if (blocks > TemplateLimits.MaxNesting)
                {
                    return Problem(field, text, markup.Index);
                }
            }
        }

        return null;
    }

    private static readonly HashSet<string> Blocks = ["if", "unless", "for", "case", "capture", "tablerow", "comment", "raw"];

    private static TemplateProblem Problem(string field, string text, int index) =>
        new(field, text[..index].Count(c => c == '\n') + 1, TemplateLimits.NestingMessage);

    /// <summary>An output or a tag, to its closing delimiter or the end of the text when it has none.</summary>
    [GeneratedRegex(@"\{\{.*?(\}\}|$)|\{%-?\s*(?<tag>\w+)?.*?(%\}|$)", RegexOptions.Singleline)]
    private static partial Regex Markup();
}
