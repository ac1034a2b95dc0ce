using BossRemote.Tests.Integration.Infrastructure;

namespace BossRemote.Tests.Integration.Authorization;

/// <summary>
/// Every endpoint the app maps × anonymous, technician, supervisor and admin, checked against the one table of
/// <see cref="AuthorizationMatrix"/> (SPEC §1 "every rule is enforced on the server"). A new page or endpoint without a
/// rule fails here by name.
/// </summary>
public sealed class AuthorizationMatrixTests(AuthorizationMatrixFixture fixture) : IClassFixture<AuthorizationMatrixFixture>
{
    private const int Parallel = 8;

    [Fact]
    public void EveryEndpointTheAppMaps_HasARule()
    {
        var ruled = AuthorizationMatrix.Rules.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);

        var missing = AppEndpoints.RoutedKeys(fixture.App.Services).Where(key => !ruled.Contains(key)).ToList();

        missing.ShouldBeEmpty(
            "These endpoints have no rule in AuthorizationMatrix.Rules; add a row saying who may use each: " + string.Join("; ", missing));
    }

    [Fact]
    public void EveryRule_IsOneEndpointTheAppMaps()
    {
        var mapped = AppEndpoints.RoutedKeys(fixture.App.Services).ToHashSet(StringComparer.Ordinal);

        var stale = AuthorizationMatrix.Rules.Select(r => r.Key).Where(key => !mapped.Contains(key)).ToList();
        var twice = AuthorizationMatrix.Rules.GroupBy(r => r.Key).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        stale.ShouldBeEmpty("These rules name no endpoint the app maps (renamed or removed?): " + string.Join("; ", stale));
        twice.ShouldBeEmpty("These endpoints have more than one rule: " + string.Join("; ", twice));
    }

    [Fact]
    public async Task EveryEndpoint_AnswersEachCallerAsTheMatrixSays()
    {
        using var throttle = new SemaphoreSlim(Parallel);
        var checks = AuthorizationMatrix.Rules.SelectMany(rule => AccessRule.All.Select(caller => (Rule: rule, Caller: caller)));

        var results = await Task.WhenAll(checks.Select(async check =>
        {
            await throttle.WaitAsync();
            try
            {
                return (check.Rule, check.Caller, Actual: await fixture.SendAsync(check.Rule, check.Caller));
            }
            finally
            {
                throttle.Release();
            }
        }));

        var wrong = results
            .Where(r => !r.Rule.Expected[r.Caller].Matches(r.Actual.Status, r.Actual.Location))
            .Select(r => $"{r.Rule.RequestMethod} {fixture.PathFor(r.Rule)} as {r.Caller}: expected {r.Rule.Expected[r.Caller]}, got " +
                         $"{r.Actual.Status}{(r.Actual.Location is null ? "" : " → " + r.Actual.Location)}")
            .ToList();
        wrong.ShouldBeEmpty($"{wrong.Count} of {results.Length} requests were not answered as the matrix says:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public async Task StaticFiles_AreForEveryone()
    {
        var files = AppEndpoints.All(fixture.App.Services).Where(AppEndpoints.IsStaticFile).ToList();
        var script = files.Select(AppEndpoints.KeyOf).First(key => key.EndsWith(" app.js", StringComparison.Ordinal));

        using var response = await fixture.Http.GetAsync("/app.js");

        files.ShouldNotBeEmpty();
        files.Where(f => !AppEndpoints.AllowsAnonymous(f)).Select(AppEndpoints.KeyOf).ShouldBeEmpty("static files that need a sign-in");
        script.ShouldNotBeNull();
        ((int)response.StatusCode).ShouldBe(200);
    }
}
