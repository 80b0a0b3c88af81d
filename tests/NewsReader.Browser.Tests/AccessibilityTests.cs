using Deque.AxeCore.Playwright;

namespace NewsReader.Browser.Tests;

/// <summary>axe-core finds no serious or critical violations on any page, in light and dark themes.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    public static TheoryData<string, string> Pages => new()
    {
        { "/", "light" }, { "/", "dark" },
        { "/articles/{seed}", "light" }, { "/articles/{seed}", "dark" }, { "/articles/{seed}", "sepia" },
        { "/search?q=Putin", "light" }, { "/search?q=Putin", "dark" },
        { "/speakers", "light" }, { "/speakers", "dark" },
        { "/speakers/yang-moo-jin", "light" }, { "/speakers/yang-moo-jin", "dark" },
        { "/import", "light" }, { "/import", "dark" },
        { "/add?url=https%3A%2F%2Fnews.example%2F2025%2F08%2Frail-strike", "light" }, { "/add?url=https%3A%2F%2Fnews.example%2F2025%2F08%2Frail-strike", "dark" },
        { "/highlights", "light" }, { "/highlights", "dark" },
        { "/feeds", "light" }, { "/feeds", "dark" },
        { "/api", "light" }, { "/api", "dark" },
    };

    [SkippableTheory]
    [MemberData(nameof(Pages))]
    public async Task PageHasNoSeriousOrCriticalViolations(string url, string theme)
    {
        var page = await fixture.NewPageAsync(theme == "dark" ? "dark" : "light");
        await page.GotoAsync(url.Replace("{seed}", fixture.SeedSlug, StringComparison.Ordinal));
        if (theme == "sepia")
        {
            await page.ClickAsync("button[data-set-theme=sepia]");
        }
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))}").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
        await page.Context.CloseAsync();
    }
}
