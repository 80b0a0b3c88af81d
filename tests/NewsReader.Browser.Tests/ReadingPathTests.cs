using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NewsReader.Web.Data;
using NewsReader.Web.Importing;
using static NewsReader.Browser.Tests.Navigation;

namespace NewsReader.Browser.Tests;

/// <summary>The reading path, walked as a person would in a real Chromium.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReadingPathTests(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task ReaderFindsReadsAndFollowsQuotesAcrossTheLibrary()
    {
        var page = await fixture.NewPageAsync();

        // 1. Open the library.
        await page.GotoAsync("/");
        Assert.Equal("Library", await page.Locator("main h1").InnerTextAsync());

        // 2. Search for a word from the seed.
        await page.FillAsync("#search-q", "limpahan");
        await AfterNavigationAsync(page, () => page.PressAsync("#search-q", "Enter"), new Regex(@"/search\?q=limpahan$"));
        var result = page.Locator(".search-result h2 a");
        Assert.Equal(1, await result.CountAsync());

        // 3. Open the article: three highlighted quotes, their background unlike the body text's.
        await AfterNavigationAsync(page, () => result.ClickAsync(), ArticleUrl(fixture.SeedSlug));
        var quotes = page.Locator(".article-body q.quote");
        Assert.Equal(3, await quotes.CountAsync());
        var paragraphBackground = await page.Locator(".article-body p").First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        for (var i = 0; i < 3; i++)
        {
            var background = await quotes.Nth(i).EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
            Assert.NotEqual(paragraphBackground, background);
            Assert.NotEqual("rgba(0, 0, 0, 0)", background);
        }
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ArtifactsFolder, "reader-light.png"), FullPage = false });

        // 4. j moves to the next quote (focus and scroll).
        await page.Keyboard.PressAsync("j");
        Assert.Equal("quote-1", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.PressAsync("j");
        Assert.Equal("quote-2", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.PressAsync("k");
        Assert.Equal("quote-1", await page.EvaluateAsync<string>("document.activeElement.id"));

        // 5. Switch to the dark theme and reload: the theme persists.
        await page.ClickAsync("button[data-set-theme=dark]");
        await page.ReloadAsync();
        Assert.Equal("dark", await page.EvaluateAsync<string>("document.documentElement.dataset.theme"));
        Assert.Equal("true", await page.GetAttributeAsync("button[data-set-theme=dark]", "aria-pressed"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ArtifactsFolder, "reader-dark.png"), FullPage = false });

        // 6. Open a speaker page and follow a quote back to its article.
        await AfterNavigationAsync(page, () => page.ClickAsync(".article-body a.speaker-tag >> text=Yang Moo Jin"), new Regex("/speakers/yang-moo-jin$"));
        Assert.Equal("Yang Moo Jin", await page.Locator("main h1").InnerTextAsync());
        await AfterNavigationAsync(page, () => page.Locator(".speaker-quote .item-meta a").Last.ClickAsync(), ArticleUrl(fixture.SeedSlug, "#quote-3"));
        Assert.True(await page.Locator("#quote-3").IsVisibleAsync());
    }

    [SkippableFact]
    public async Task KeyboardShortcutsOpenHelpFocusSearchAndTurnPages()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync($"/articles/{fixture.SeedSlug}");
        await page.Keyboard.PressAsync("?");
        Assert.True(await page.Locator("dialog#shortcuts").IsVisibleAsync());
        await page.Keyboard.PressAsync("Escape");
        Assert.False(await page.Locator("dialog#shortcuts").IsVisibleAsync());

        await page.Keyboard.PressAsync("/");
        Assert.Equal("search-q", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.PressAsync("Escape");
        await page.Locator("h1").ClickAsync();
        // The search field must have let go of the keyboard, and the page must offer a next article, before "n" is pressed.
        await page.EvaluateAsync("() => { if (document.activeElement instanceof HTMLElement) document.activeElement.blur(); }");
        Assert.NotEqual("search-q", await page.EvaluateAsync<string>("document.activeElement?.id ?? ''"));
        await page.Locator("a[rel~=next][href]").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

        await AfterNavigationAsync(page, () => page.Keyboard.PressAsync("n"), new Regex("/articles/(?!" + Regex.Escape(fixture.SeedSlug) + "$)[^/#?]+$"));
        Assert.Contains("Bank Sentral", await page.Locator("h1").InnerTextAsync());
        await AfterNavigationAsync(page, () => page.Keyboard.PressAsync("p"), ArticleUrl(fixture.SeedSlug));
    }

    [SkippableFact]
    public async Task ReachingTheEndOfAnArticleMarksItReadOnceOpeningItDoesNot()
    {
        var page = await fixture.NewPageAsync();
        // An article of its own, longer than the window, that no other test opens.
        var text = "Ekonomi\n\nArtikel Panjang Dibaca Sampai Akhir Halaman\n\nAndi Pratama, CNBC Indonesia\nSenin, 01/01/2001 09:00 WIB\n\n"
            + string.Join("\n\n", Enumerable.Range(1, 60).Select(i => $"Paragraf nomor {i} menjelaskan harga komoditas naik pada perdagangan hari ini di pasar dalam negeri."));
        string slug;
        using (var scope = fixture.App.Services.CreateScope())
            slug = (await scope.ServiceProvider.GetRequiredService<Importer>().ImportTextAsync("read-to-the-end.txt", text)).Slug!;
        bool IsRead()
        {
            using var scope = fixture.App.Services.CreateScope();
            return scope.ServiceProvider.GetRequiredService<NewsReaderDb>().Articles.Single(a => a.Slug == slug).IsRead;
        }
        var posts = 0;
        page.Request += (_, request) => { if (request.Method == "POST" && request.Url.EndsWith("handler=Read", StringComparison.Ordinal)) posts++; };

        await page.GotoAsync($"/articles/{slug}");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var button = page.Locator("form.article-actions button[formaction$='handler=Read'], form.article-actions button[formaction$='handler=Unread']");
        await Assertions.Expect(button).ToHaveTextAsync("Mark read");
        Assert.False(IsRead());
        Assert.Equal(0, posts);

        await page.Locator(".article-body > :last-child").ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(button).ToHaveTextAsync("Mark unread");
        Assert.True(IsRead());

        // Once a page view: scrolling back up and down again posts nothing more.
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.Locator(".article-body > :last-child").ScrollIntoViewIfNeededAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal(1, posts);

        // The server's page says so too.
        await page.ReloadAsync();
        await Assertions.Expect(button).ToHaveTextAsync("Mark unread");
    }

    [SkippableFact]
    public async Task ForcedColoursUnderlineQuotesAndPrintKeepsThemMarkedWithoutNavigation()
    {
        var context = await fixture.RequireBrowser().NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.App.BaseAddress, ForcedColors = ForcedColors.Active });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/articles/{fixture.SeedSlug}");
        var decoration = await page.Locator("q.quote").First.EvaluateAsync<string>("e => getComputedStyle(e).textDecorationLine");
        Assert.Contains("underline", decoration);

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print, ForcedColors = ForcedColors.None });
        Assert.Equal("none", await page.Locator(".site-header").EvaluateAsync<string>("e => getComputedStyle(e).display"));
        var printed = await page.Locator("q.quote").First.EvaluateAsync<string>("e => { const s = getComputedStyle(e); return s.textDecorationLine + '|' + s.borderBottomStyle + '|' + s.backgroundColor; }");
        Assert.True(printed.Contains("underline", StringComparison.Ordinal) || printed.Contains("|solid|", StringComparison.Ordinal) || printed.Contains("|dashed|", StringComparison.Ordinal),
            "Printed quotes must stay marked: " + printed);
        await context.CloseAsync();
    }

    [SkippableFact]
    public async Task EveryControlIsReachedByTabWithAVisibleFocusRing()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync($"/articles/{fixture.SeedSlug}");
        var expected = await page.EvaluateAsync<int>("document.querySelectorAll('a[href], button, input, select, textarea, summary').length");
        var reached = new HashSet<string>();
        for (var i = 0; i < expected + 5; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<string[]>("""
                () => { const e = document.activeElement; const s = getComputedStyle(e);
                        return [e.tagName + ':' + (e.id || e.getAttribute('href') || e.textContent.trim().slice(0, 30)) + ':' + [...e.parentNode.children].indexOf(e),
                                s.outlineStyle, s.outlineWidth, e.offsetParent === null && e.tagName !== 'BODY' ? 'hidden' : 'shown']; }
                """);
            if (focus[0].StartsWith("BODY", StringComparison.Ordinal) || focus[3] == "hidden") continue;
            Assert.True(focus[1] != "none" && focus[2] != "0px", $"{focus[0]} has no visible focus ring ({focus[1]} {focus[2]})");
            reached.Add(focus[0]);
        }
        // The skip link, the navigation, the search box, the reading controls, the article's links and the quote panel.
        Assert.True(reached.Count >= 15, $"Only {reached.Count} controls were reached by Tab: {string.Join(", ", reached)}");
    }

    [SkippableFact]
    public async Task ReaderWorksAt320PixelsWithoutSideScrolling()
    {
        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(320, 640);
        await page.GotoAsync($"/articles/{fixture.SeedSlug}");
        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth");
        Assert.False(overflow);
    }

    [SkippableFact]
    public async Task PagesWorkWithoutJavaScript()
    {
        var context = await fixture.RequireBrowser().NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.App.BaseAddress, JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.FillAsync("#search-q", "Yang");
        await AfterNavigationAsync(page, () => page.PressAsync("#search-q", "Enter"), new Regex(@"/search\?q=Yang$"));
        await page.Locator(".search-result h2 a").First.ClickAsync();
        Assert.Equal(3, await page.Locator("q.quote").CountAsync());
        Assert.False(await page.Locator(".reader-controls").IsVisibleAsync());
        await context.CloseAsync();
    }

    [SkippableFact]
    public async Task ContentSecurityPolicyIsNeverViolated()
    {
        var page = await fixture.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) violations.Add(message.Text); };
        foreach (var url in new[] { "/", $"/articles/{fixture.SeedSlug}", "/search?q=Putin", "/speakers", "/speakers/yang-moo-jin", "/import" })
            await page.GotoAsync(url);
        Assert.Empty(violations);
    }

    private static Regex ArticleUrl(string slug, string fragment = "") => new("/articles/" + Regex.Escape(slug + fragment) + "$");
}
