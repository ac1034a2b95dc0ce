namespace BossRemote.Core.Email.Templates;

/// <summary>
/// What an admin-editable template may cost (issue "Hardening" 1): a template is text from a person, parsed on every
/// keystroke of the live preview and rendered for every e-mail, so its size, its nesting and its rendering are bounded
/// — far beyond any real e-mail, far below what would hurt the server. Each limit has a message that names it.
/// </summary>
public static class TemplateLimits
{
    /// <summary>Brackets inside Liquid markup (<c>{{ }}</c>, <c>{% %}</c>) and blocks (<c>if</c>, <c>for</c>…) nest at most this deep.</summary>
    public const int MaxNesting = 20;

    /// <summary>Numbers one range (<c>(1..10)</c>) may hold.</summary>
    public const int MaxRangeLength = 1_000;

    /// <summary>Statements one rendering may execute (a loop's body counts once per turn).</summary>
    public const int MaxSteps = 50_000;

    /// <summary>Characters one rendering may produce.</summary>
    public const int MaxOutputLength = 200_000;

    /// <summary>Characters one assigned or captured value may hold.</summary>
    public const int MaxValueLength = 100_000;

    /// <summary>How long one rendering may take.</summary>
    public static readonly TimeSpan MaxRenderTime = TimeSpan.FromSeconds(1);

    public static string NestingMessage => $"Nested more than {MaxNesting} deep (brackets or blocks such as if and for); templates may nest {MaxNesting} levels.";

    public static string RangeMessage => $"A range may hold at most {MaxRangeLength:N0} numbers.";

    public static string RangeBoundsMessage => "A range takes whole numbers written in the template, such as (1..10).";

    public static string StepsMessage => $"The template takes more than {MaxSteps:N0} steps to render (a loop that runs too often?); that is the limit.";

    public static string OutputMessage => $"The template produces more than {MaxOutputLength:N0} characters; that is the limit.";

    public static string ValueMessage => $"A value the template builds grows past {MaxValueLength:N0} characters; that is the limit.";

    public static string TimeMessage => $"The template takes longer than {MaxRenderTime.TotalSeconds:0.#} second to render; that is the limit.";
}
