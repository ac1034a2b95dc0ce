using System.Globalization;
using System.Text;

namespace BossRemote.Benchmarks.Live;

/// <summary>
/// Latency against the number of watching pages, as a small SVG (no native drawing library needed): Play → code on
/// the acting page, a change → every watching page (p50, p99) and the server's side of it (p99: the post → each page's
/// render handed to its connection), with the p99 target as a dashed line.
/// </summary>
internal static class LiveChart
{
    private const int Width = 640;
    private const int Height = 360;
    private const int Left = 64;
    private const int Right = 170;
    private const int Top = 40;
    private const int Bottom = 48;
    private const double FanOutTarget = 250;

    public static string Render(IReadOnlyList<LiveRound> rounds)
    {
        var series = new (string Name, string Colour, Func<LiveRound, double> Value)[]
        {
            ("Play → code (median)", "#1565c0", r => Percentiles.Median(r.PlayToCode)),
            ("change → pages p50", "#2e7d32", r => Percentiles.Median(r.AllFanOut)),
            ("change → pages p99", "#c62828", r => Percentiles.Of(r.AllFanOut, 99)),
            ("server's side p99", "#ef6c00", r => r.Watchers == 0 ? double.NaN : Percentiles.Of(r.ServerDelivery, 99)),
        };
        var points = series.Select(s => rounds.Where(r => !double.IsNaN(s.Value(r))).Select(r => (X: (double)r.Watchers, Y: s.Value(r))).ToList()).ToList();
        var maxX = Math.Max(1, rounds.Max(r => r.Watchers));
        var maxY = NiceCeiling(Math.Max(FanOutTarget * 1.2, points.SelectMany(p => p).Select(p => p.Y).DefaultIfEmpty(0).Max() * 1.1));
        double Px(double x) => Left + x / maxX * (Width - Left - Right);
        double Py(double y) => Height - Bottom - y / maxY * (Height - Top - Bottom);

        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"sans-serif\" font-size=\"12\">"));
        svg.Append(Invariant($"<rect width=\"{Width}\" height=\"{Height}\" fill=\"#fff\"/>"));
        svg.Append(Invariant($"<text x=\"{Left}\" y=\"22\" font-size=\"14\" font-weight=\"bold\">Latency against watching pages of one ticket</text>"));
        for (var i = 0; i <= 5; i++)
        {
            var y = maxY / 5 * i;
            svg.Append(Invariant($"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Py(y):0.#}\" y2=\"{Py(y):0.#}\" stroke=\"#e0e0e0\"/>"));
            svg.Append(Invariant($"<text x=\"{Left - 6}\" y=\"{Py(y) + 4:0.#}\" text-anchor=\"end\">{y:0}</text>"));
        }

        foreach (var round in rounds)
        {
            svg.Append(Invariant($"<text x=\"{Px(round.Watchers):0.#}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\">{round.Watchers}</text>"));
        }

        svg.Append(Invariant($"<text x=\"{(Left + Width - Right) / 2}\" y=\"{Height - 12}\" text-anchor=\"middle\">watching pages</text>"));
        svg.Append(Invariant($"<text x=\"16\" y=\"{(Top + Height - Bottom) / 2}\" text-anchor=\"middle\" transform=\"rotate(-90 16 {(Top + Height - Bottom) / 2})\">ms</text>"));
        svg.Append(Invariant($"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Py(FanOutTarget):0.#}\" y2=\"{Py(FanOutTarget):0.#}\" stroke=\"#c62828\" stroke-dasharray=\"6 4\"/>"));
        svg.Append(Invariant($"<text x=\"{Width - Right + 8}\" y=\"{Py(FanOutTarget) + 4:0.#}\" fill=\"#c62828\">p99 target 250 ms</text>"));
        for (var s = 0; s < series.Length; s++)
        {
            var line = string.Join(" ", points[s].Select(p => Invariant($"{Px(p.X):0.#},{Py(p.Y):0.#}")));
            svg.Append(Invariant($"<polyline fill=\"none\" stroke=\"{series[s].Colour}\" stroke-width=\"2\" points=\"{line}\"/>"));
            foreach (var (x, y) in points[s])
            {
                svg.Append(Invariant($"<circle cx=\"{Px(x):0.#}\" cy=\"{Py(y):0.#}\" r=\"3.5\" fill=\"{series[s].Colour}\"><title>{series[s].Name}, {x:0} pages: {y:0} ms</title></circle>"));
            }

            svg.Append(Invariant($"<rect x=\"{Width - Right + 8}\" y=\"{Top + s * 20}\" width=\"12\" height=\"3\" fill=\"{series[s].Colour}\"/>"));
            svg.Append(Invariant($"<text x=\"{Width - Right + 24}\" y=\"{Top + s * 20 + 5}\">{series[s].Name}</text>"));
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static double NiceCeiling(double value)
    {
        var step = Math.Pow(10, Math.Floor(Math.Log10(value)));
        return new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * step).First(candidate => candidate >= value);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
