namespace BossRemote.Web.Components.Pages.Reports.Components;

/// <summary>
/// The step between the ticks of a sessions axis: whole sessions only (1, 2, 5, 10, 20, 50, …), so a chart of one to
/// three sessions reads 0, 1, 2, 3 rather than 0, 0.5, 1 …, and at most about five steps to the top whatever the count.
/// </summary>
public static class ChartScale
{
    public const int MaxSteps = 5;

    public static int Step(int max)
    {
        var step = 1L;
        while (step * MaxSteps < max)
        {
            step = NextNice(step);
        }

        return (int)Math.Min(step, int.MaxValue);
    }

    private static long NextNice(long step)
    {
        var magnitude = 1L;
        while (magnitude * 10 <= step)
        {
            magnitude *= 10;
        }

        return (step / magnitude) switch
        {
            1 => 2 * magnitude,
            2 => 5 * magnitude,
            _ => 10 * magnitude,
        };
    }
}
