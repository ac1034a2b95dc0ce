using Fluid.Ast;

namespace BossRemote.Core.Email.Templates;

/// <summary>
/// Walks a parsed Liquid template and collects every parameter path it reads (<c>ticket.number</c>), the names it
/// defines itself (<c>assign</c>, <c>capture</c>, <c>for</c>), the filters it uses, the tags it must not use and the
/// ranges it builds (Fluid makes every number of a range before the loop starts: <c>(1..100000000)</c> is a gigabyte).
/// </summary>
internal sealed class TemplateParameterCollector : AstVisitor
{
    public HashSet<string> Paths { get; } = new(StringComparer.Ordinal);

    public HashSet<string> LocalNames { get; } = new(StringComparer.Ordinal) { "forloop" };

    public HashSet<string> Filters { get; } = new(StringComparer.Ordinal);

    public HashSet<string> ForbiddenTags { get; } = new(StringComparer.Ordinal);

    /// <summary>What is wrong with the template's ranges: too long, or with bounds not written as numbers.</summary>
    public List<string> RangeProblems { get; } = [];

    protected override Expression VisitRangeExpression(RangeExpression rangeExpression)
    {
        if (rangeExpression is { From: LiteralExpression from, To: LiteralExpression to })
        {
            var length = to.Value.ToNumberValue() - from.Value.ToNumberValue() + 1;
            if (length > TemplateLimits.MaxRangeLength)
            {
                RangeProblems.Add(TemplateLimits.RangeMessage);
            }
        }
        else
        {
            RangeProblems.Add(TemplateLimits.RangeBoundsMessage);
        }

        return base.VisitRangeExpression(rangeExpression);
    }

    protected override Expression VisitMemberExpression(MemberExpression memberExpression)
    {
        var names = new List<string>();
        foreach (var segment in memberExpression.Segments)
        {
            if (segment is not IdentifierSegment identifier)
            {
                break; // an indexer or call ends the static path
            }

            names.Add(identifier.Identifier);
        }

        if (names.Count > 0)
        {
            Paths.Add(string.Join('.', names));
        }

        return base.VisitMemberExpression(memberExpression);
    }

    protected override Expression VisitFilterExpression(FilterExpression filterExpression)
    {
        Filters.Add(filterExpression.Name);
        return base.VisitFilterExpression(filterExpression);
    }

    protected override Statement VisitAssignStatement(AssignStatement assignStatement)
    {
        LocalNames.Add(assignStatement.Identifier);
        return base.VisitAssignStatement(assignStatement);
    }

    protected override Statement VisitCaptureStatement(CaptureStatement captureStatement)
    {
        LocalNames.Add(captureStatement.Identifier);
        return base.VisitCaptureStatement(captureStatement);
    }

    protected override Statement VisitForStatement(ForStatement forStatement)
    {
        LocalNames.Add(forStatement.Identifier);
        return base.VisitForStatement(forStatement);
    }

    protected override Statement VisitIncludeStatement(IncludeStatement includeStatement)
    {
        ForbiddenTags.Add("include");
        return base.VisitIncludeStatement(includeStatement);
    }

    protected override Statement VisitRenderStatement(RenderStatement renderStatement)
    {
        ForbiddenTags.Add("render");
        return base.VisitRenderStatement(renderStatement);
    }
}
