using System.Globalization;

namespace BossRemote.Core.Reports;

/// <summary>
/// Customer satisfaction beside a row of the report (ADR-023): ratings asked for and answered for its cases, and the
/// sum of the answers. Average and response rate are null (shown "–") where none were asked for.
/// </summary>
public sealed record SatisfactionFigures(int Requested, int Answered, long RatingSum)
{
    public static SatisfactionFigures None { get; } = new(0, 0, 0);

    /// <summary>The mean of the answers, 1–5; null without any.</summary>
    public double? AverageRating => Answered == 0 ? null : (double)RatingSum / Answered;

    /// <summary>Answered / asked, 0–1; null when none were asked for.</summary>
    public double? ResponseRate => Requested == 0 ? null : (double)Answered / Requested;

    public string AverageText => AverageRating is { } average ? average.ToString("0.0", CultureInfo.InvariantCulture) : "–";

    public string ResponseRateText => ResponseRate is { } rate ? rate.ToString("0 %", CultureInfo.InvariantCulture) : "–";

    public SatisfactionFigures Add(SatisfactionFigures other) =>
        new(Requested + other.Requested, Answered + other.Answered, RatingSum + other.RatingSum);
}
