using Microsoft.Playwright;

namespace BossRemote.Tests.EndToEnd.Infrastructure;

/// <summary>
/// Records, for every page of a browser context, what the Content-Security-Policy blocked: the page's
/// <c>securitypolicyviolation</c> events and the console errors the browser writes about them (and any other console
/// error), so a test can say "the app works under its policy" and show what did not.
/// </summary>
public sealed class PolicyViolations
{
    private const string Marker = "CSP violation:";

    private readonly List<string> _seen = [];

    public IReadOnlyList<string> Seen
    {
        get
        {
            lock (_seen)
            {
                return [.. _seen];
            }
        }
    }

    /// <summary>Starts watching every page the context opens from now on.</summary>
    public static async Task<PolicyViolations> WatchAsync(IBrowserContext context)
    {
        var violations = new PolicyViolations();
        await context.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => " +
            $"console.error('{Marker} ' + e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' in ' + e.documentURI));");
        foreach (var page in context.Pages)
        {
            violations.Watch(page);
        }

        context.Page += (_, page) => violations.Watch(page);
        return violations;
    }

    private void Watch(IPage page)
    {
        page.Console += (_, message) =>
        {
            if (message.Type == "error" || message.Text.Contains(Marker, StringComparison.Ordinal))
            {
                lock (_seen)
                {
                    _seen.Add($"{page.Url}: {message.Text}");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (_seen)
            {
                _seen.Add($"{page.Url}: uncaught {error}");
            }
        };
    }
}
