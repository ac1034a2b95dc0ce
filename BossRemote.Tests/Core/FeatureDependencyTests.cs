using System.Text.RegularExpressions;
using BossRemote.Tests.TestSupport;

namespace BossRemote.Tests.Core;

/// <summary>
/// HOUSE-STYLE "Integrations": Core's feature folders depend on each other one way only — a feature reacts to another
/// through its events or owns an interface the other implements, never by calling back. Read from the source, so a new
/// file that closes a loop fails here, naming it. Data, Common and Demo are the shared floor every feature stands on.
/// </summary>
public partial class FeatureDependencyTests
{
    private static readonly string[] SharedFloor = ["Data", "Common", "Demo"];

    [Fact]
    public void CoreFeatures_DependOnEachOtherOneWayOnly()
    {
        var graph = Dependencies();

        var cycles = graph.Keys.Select(feature => CycleThrough(graph, feature)).OfType<string>().Distinct().ToList();

        cycles.ShouldBeEmpty($"Core's features must form a one-way graph; found {string.Join("; ", cycles)}");
    }

    [Fact]
    public void Dependencies_ServiceCasesOnTickets_IsSeenButNotTheOtherWay()
    {
        var graph = Dependencies();

        graph["ServiceCases"].Keys.ShouldContain("Tickets");
        graph["Tickets"].Keys.ShouldNotContain("ServiceCases");
    }

    /// <summary>Per feature, the features it refers to and the files that do.</summary>
    private static Dictionary<string, Dictionary<string, List<string>>> Dependencies()
    {
        var core = RepositoryRoot.Combine("BossRemote.Core");
        var features = Directory.GetDirectories(core).Select(Path.GetFileName).OfType<string>()
            .Where(name => name is not ("bin" or "obj") && !SharedFloor.Contains(name)).ToList();
        var graph = features.ToDictionary(f => f, _ => new Dictionary<string, List<string>>());
        foreach (var feature in features)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(core, feature), "*.cs", SearchOption.AllDirectories))
            {
                var code = Comments().Replace(File.ReadAllText(file), "");
                foreach (var other in features.Where(other => other != feature && RefersTo(code, other)))
                {
                    graph[feature].TryAdd(other, []);
                    graph[feature][other].Add(Path.GetFileName(file));
                }
            }
        }

        return graph;
    }

    private static bool RefersTo(string code, string feature) =>
        code.Contains($"BossRemote.Core.{feature}.", StringComparison.Ordinal)
        || code.Contains($"using BossRemote.Core.{feature};", StringComparison.Ordinal)
        || Regex.IsMatch(code, $@"(?<![\.\w]){feature}\.[A-Z]");

    /// <summary>A path from <paramref name="start"/> back to itself, with the files behind each step, or null.</summary>
    private static string? CycleThrough(Dictionary<string, Dictionary<string, List<string>>> graph, string start)
    {
        var path = new Stack<string>();

        string? Visit(string feature, HashSet<string> seen)
        {
            foreach (var (next, files) in graph[feature])
            {
                path.Push($"{feature} → {next} ({string.Join(", ", files.Distinct().Take(3))})");
                if (next == start)
                {
                    return string.Join(", ", path.Reverse());
                }

                if (seen.Add(next) && Visit(next, seen) is { } found)
                {
                    return found;
                }

                path.Pop();
            }

            return null;
        }

        return Visit(start, [start]);
    }

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comments();
}
