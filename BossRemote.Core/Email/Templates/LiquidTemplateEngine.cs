using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Values;

namespace BossRemote.Core.Email.Templates;

/// <summary>
/// Liquid through Fluid, sandboxed (ADR-001): a template sees only the parameter values it is given — nested
/// dictionaries of strings, so no .NET member is reachable — every value is HTML-encoded in the body, <c>raw</c> and
/// file tags are unavailable, and unknown parameters and filters are reported with their line before saving. Nothing a
/// template says can hurt the server: its size and nesting are checked before it is parsed, and every rendering is
/// bounded in steps, output, value size and time (<see cref="TemplateLimits"/>), for the preview and real sends alike.
/// </summary>
public sealed partial class LiquidTemplateEngine
{
    private static readonly FluidParser Parser = new();
    private static readonly TemplateOptions Options = CreateOptions();

    /// <summary>Checks a subject and body against the allowed <paramref name="parameters"/>.</summary>
    /// <param name="requiredParameter">A parameter whose absence from the body earns a warning.</param>
    public TemplateCheck Check(string subject, string body, IReadOnlyCollection<TemplateParameter> parameters, string? requiredParameter = null)
    {
        var errors = new List<TemplateProblem>();
        CheckOne("Subject", subject, parameters, errors);
        var bodyUsed = CheckOne("Body", body, parameters, errors);
        if (subject.Contains('\n'))
        {
            errors.Add(new TemplateProblem("Subject", null, "The subject must be one line."));
        }

        var warnings = new List<string>();
        if (requiredParameter is not null && bodyUsed is not null && !bodyUsed.Contains(requiredParameter))
        {
            warnings.Add($"The body does not contain {{{{ {requiredParameter} }}}}: the recipient gets no link to follow.");
        }

        return new TemplateCheck(errors, warnings);
    }

    /// <summary>Renders a checked template; the body's values are HTML-encoded, the subject is one plain line.</summary>
    /// <exception cref="TemplateLimitException">The template went past one of the <see cref="TemplateLimits"/>.</exception>
    public async Task<RenderedEmail> RenderAsync(string subject, string body, IReadOnlyDictionary<string, object?> model)
    {
        foreach (var (field, text) in new[] { ("Subject", subject), ("Body", body) })
        {
            if (TemplateShape.Check(field, text) is { } problem)
            {
                throw new TemplateLimitException(problem.ToString());
            }
        }

        var context = new TemplateContext(Options);
        foreach (var (name, value) in model)
        {
            context.SetValue(name, value);
        }

        var renderedSubject = await RenderBoundedAsync(ParseBounded(subject), context, NullEncoder.Default);
        var renderedBody = await RenderBoundedAsync(ParseBounded(body), context, HtmlEncoder.Default);
        return new RenderedEmail(OneLine(renderedSubject), renderedBody);
    }

    /// <summary>Renders like <see cref="RenderAsync"/>, but a limit reached is returned as a problem to show, not thrown.</summary>
    public async Task<(RenderedEmail? Email, TemplateProblem? Problem)> TryRenderAsync(
        string subject, string body, IReadOnlyDictionary<string, object?> model)
    {
        try
        {
            return (await RenderAsync(subject, body, model), null);
        }
        catch (TemplateLimitException ex)
        {
            return (null, new TemplateProblem("Template", null, ex.Message));
        }
    }

    /// <summary>Parses a template whose nesting was checked, refusing ranges that would be built whole before rendering.</summary>
    private static IFluidTemplate ParseBounded(string text)
    {
        var template = Parser.Parse(text);
        var collector = new TemplateParameterCollector();
        collector.VisitTemplate(template);
        return collector.RangeProblems.FirstOrDefault() is { } problem ? throw new TemplateLimitException(problem) : template;
    }

    private static async Task<string> RenderBoundedAsync(IFluidTemplate template, TemplateContext context, TextEncoder encoder)
    {
        using var writer = new LimitedWriter(TemplateLimits.MaxOutputLength, TemplateLimits.MaxRenderTime);
        context.AmbientValues[WriterKey] = writer;
        try
        {
            await template.RenderAsync(writer, encoder, context);
        }
        catch (InvalidOperationException)
        {
            // Fluid's step limit (its message speaks of recursion; include and render, which recurse, are refused).
            throw new TemplateLimitException(TemplateLimits.StepsMessage);
        }

        return writer.ToString();
    }

    /// <summary>Every value a template assigns or captures is checked as it is made: the self-doubling string.</summary>
    private static ValueTask<FluidValue> CheckValue(string name, FluidValue value, TemplateContext context)
    {
        if (value.ToStringValue().Length > TemplateLimits.MaxValueLength)
        {
            throw new TemplateLimitException(TemplateLimits.ValueMessage);
        }

        (context.AmbientValues.GetValueOrDefault(WriterKey) as LimitedWriter)?.CheckTime();
        return ValueTask.FromResult(value);
    }

    private const string WriterKey = "bossremote:writer";

    /// <summary>Checks one field; returns the parameter paths it uses, or null when it does not parse.</summary>
    private static HashSet<string>? CheckOne(string field, string text, IReadOnlyCollection<TemplateParameter> parameters, List<TemplateProblem> errors)
    {
        if (text.Length > EmailTemplate.BodyMaxLength)
        {
            errors.Add(new TemplateProblem(field, null, $"Longer than {EmailTemplate.BodyMaxLength:N0} characters; that is the limit."));
            return null;
        }

        if (TemplateShape.Check(field, text) is { } tooDeep)
        {
            errors.Add(tooDeep);
            return null;
        }

        if (!Parser.TryParse(text, out var template, out var parseError))
        {
            errors.Add(ParseProblem(field, parseError));
            return null;
        }

        var collector = new TemplateParameterCollector();
        collector.VisitTemplate(template);
        var known = parameters.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var roots = known.Select(n => n.Split('.')[0]).ToHashSet(StringComparer.Ordinal);
        foreach (var path in collector.Paths.Where(p => !IsAllowed(p, known, roots, collector.LocalNames)))
        {
            errors.Add(new TemplateProblem(field, LineOf(text, path.Split('.')[^1]), $"Unknown parameter {path}."));
        }

        foreach (var filter in collector.Filters.Where(f => !Options.Filters.TryGetValue(f, out _)))
        {
            errors.Add(new TemplateProblem(field, LineOf(text, filter), $"Unknown filter {filter}."));
        }

        foreach (var tag in collector.ForbiddenTags)
        {
            errors.Add(new TemplateProblem(field, LineOf(text, tag), $"The {tag} tag is not available in e-mail templates."));
        }

        foreach (var problem in collector.RangeProblems.Distinct())
        {
            errors.Add(new TemplateProblem(field, LineOf(text, ".."), problem));
        }

        return collector.Paths;
    }

    /// <summary>A known parameter, a group of them used as a whole (<c>ticket</c>), or a name the template defined itself.</summary>
    private static bool IsAllowed(string path, HashSet<string> known, HashSet<string> roots, HashSet<string> localNames) =>
        known.Contains(path) || roots.Contains(path) || localNames.Contains(path.Split('.')[0]);

    private static TemplateProblem ParseProblem(string field, string error)
    {
        // Fluid reports "… at (line:column)" followed by the source; keep the sentence and the line.
        var match = ParsePosition().Match(error);
        var message = (match.Success ? error[..match.Index] : error.Split('\n')[0]).Trim().TrimEnd('.');
        return new TemplateProblem(field, match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null, $"{message}.");
    }

    private static int? LineOf(string text, string word)
    {
        var match = Regex.Match(text, $@"\b{Regex.Escape(word)}\b");
        return match.Success ? text[..match.Index].Count(c => c == '\n') + 1 : null;
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions
        {
            StrictFilters = true,
            MaxSteps = TemplateLimits.MaxSteps,
            Assigned = CheckValue,
            Captured = CheckValue,
        };
        options.Filters.Remove("raw"); // every parameter value stays HTML-encoded
        return options;
    }

    [GeneratedRegex(@" at \((\d+):(\d+)\)")]
    private static partial Regex ParsePosition();
}
