using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NewsReader.Web.Importing;

namespace NewsReader.Browser.Tests;

/// <summary>Highlighting as a reader does it: select words, add a note, reload, re-parse, export and import back.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HighlightPathTests(BrowserFixture fixture)
{
    private const string Article = """
        Port strike ends after pay deal

        By Ana Lee, Reuters
        March 3, 2025 10:00 AM GMT

        ROTTERDAM, March 3 (Reuters) - Dock workers at Europe's largest port returned to work on Monday after unions accepted a new pay offer.

        "This deal gives our members the security they asked for," union leader Marco de Vries said.

        Shipping lines said it would take a week to clear the backlog of containers.
        """;

    [SkippableFact]
    public async Task SelectHighlightAddANoteReloadReparseExportAndImportBack()
    {
        fixture.RequireBrowser();
        string slug;
        using (var scope = fixture.App.Services.CreateScope())
            slug = (await scope.ServiceProvider.GetRequiredService<Importer>().ImportTextAsync("port-strike.txt", Article)).Slug!;
        var page = await fixture.NewPageAsync();
        await page.GotoAsync($"/articles/{slug}");

        // 1. Select words in the body: the Highlight button appears; h opens the note dialog too.
        await SelectAsync(page, "take a week to clear");
        await Assertions.Expect(page.Locator(".highlight-button")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("h");
        await Assertions.Expect(page.Locator("#highlight-dialog")).ToBeVisibleAsync();
        Assert.Equal("take a week to clear", await page.Locator("#highlight-preview").InnerTextAsync());
        await page.FillAsync("#highlight-note", "How long is a week at Rotterdam?");
        await page.ClickAsync("#highlight-form button[type=submit]");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"#highlight-\d+$"));

        // 2. The words are marked in the text and listed with the note, and stay so after a reload.
        var mark = page.Locator(".article-body mark.highlight");
        await Assertions.Expect(mark).ToHaveTextAsync("take a week to clear");
        await Assertions.Expect(page.Locator(".highlight-list .highlight-note")).ToHaveTextAsync("How long is a week at Rotterdam?");
        await page.ReloadAsync();
        await Assertions.Expect(mark).ToHaveTextAsync("take a week to clear");

        // 3. A selection across a quote and its speaker tag keeps only the article's words.
        await SelectAsync(page, "security they asked for");
        await page.ClickAsync(".highlight-button");
        await page.ClickAsync("#highlight-form button[type=submit]");
        await Assertions.Expect(page.Locator("q.quote mark.highlight")).ToHaveTextAsync("security they asked for");

        // 4. A re-parse, and a revision with words added before them, leave the highlights on their words.
        using (var scope = fixture.App.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<Reparser>().ReparseAllAsync();
            var revised = Article.Replace("returned to work on Monday", "finally returned to work early on Monday", StringComparison.Ordinal);
            Assert.Equal(ImportStatus.Updated, (await scope.ServiceProvider.GetRequiredService<Importer>().ImportTextAsync("port-strike-2.txt", revised)).Status);
        }
        await page.ReloadAsync();
        await Assertions.Expect(mark).ToHaveTextAsync(["security they asked for", "take a week to clear"]);
        Assert.Contains("finally returned", await page.Locator(".article-body").InnerTextAsync());

        // 5. No serious accessibility problem with highlights shown, or on the Highlights page.
        await AssertAccessibleAsync(page);
        await page.GotoAsync($"/highlights?article={slug}");
        await AssertAccessibleAsync(page);

        // 6. Export as JSON, remove both highlights, import the export: they are back in place with the note.
        var exported = await page.APIRequest.GetAsync($"/highlights.json?article={slug}");
        var json = await exported.BodyAsync();
        await page.GotoAsync($"/articles/{slug}");
        // Each removal posts and reloads the page: wait for its highlight to go, not for a load state the reload may have
        // passed before the wait began (a 30-second timeout in one CI run of 2026-12-06).
        for (var remaining = 1; remaining >= 0; remaining--)
        {
            await page.Locator(".highlight-remove button").First.ClickAsync();
            await Assertions.Expect(mark).ToHaveCountAsync(remaining);
        }
        await Assertions.Expect(mark).ToHaveCountAsync(0);
        await page.GotoAsync("/highlights");
        await page.SetInputFilesAsync("#highlights-file", new FilePayload { Name = "highlights.json", MimeType = "application/json", Buffer = json });
        await page.ClickAsync(".highlights-import button[type=submit]");
        await Assertions.Expect(page.Locator("main [role=status]")).ToContainTextAsync("2 highlights imported");
        await page.GotoAsync($"/articles/{slug}");
        await Assertions.Expect(mark).ToHaveTextAsync(["security they asked for", "take a week to clear"]);
        await Assertions.Expect(page.Locator(".highlight-list .highlight-note")).ToHaveTextAsync("How long is a week at Rotterdam?");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task WithoutJavaScriptTheButtonBesideAQuoteHighlightsIt()
    {
        fixture.RequireBrowser();
        string slug;
        using (var scope = fixture.App.Services.CreateScope())
            slug = (await scope.ServiceProvider.GetRequiredService<Importer>().ImportTextAsync("port-strike-nojs.txt", Article.Replace("Port strike ends", "Port strike over", StringComparison.Ordinal))).Slug!;
        var context = await fixture.RequireBrowser().NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.App.BaseAddress, JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/articles/{slug}");
        var button = page.Locator(".article-body button.quote-highlight");
        await Assertions.Expect(button).ToBeVisibleAsync();
        await button.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"#highlight-\d+$"));
        await Assertions.Expect(page.Locator("q.quote mark.highlight")).ToHaveTextAsync("This deal gives our members the security they asked for,");
        await context.CloseAsync();
    }

    // Selects the words in the article body as a mouse would, then lets the page see the mouseup.
    private static async Task SelectAsync(IPage page, string words)
    {
        await page.EvaluateAsync("""
            (words) => {
              const walker = document.createTreeWalker(document.querySelector('.article-body'), NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const at = node.data.indexOf(words);
                if (at < 0) continue;
                const range = document.createRange();
                range.setStart(node, at);
                range.setEnd(node, at + words.length);
                const selection = window.getSelection();
                selection.removeAllRanges();
                selection.addRange(range);
                document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
                return;
              }
              throw new Error('words not found: ' + words);
            }
            """, words);
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))}").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
    }
}
