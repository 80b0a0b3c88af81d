using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using static NewsReader.Browser.Tests.Navigation;

namespace NewsReader.Browser.Tests;

/// <summary>Following a feed as a person would: add it on the Feeds page, fetch it, find its articles in the library, read one.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FeedPathTests(BrowserFixture fixture) : IAsyncLifetime
{
    private WebApplication? feedServer;
    private string feedUrl = "";

    // A feed on loopback (the app may fetch from it: the browser tests' app allows private addresses) with two stories
    // in full, in the shape an Indonesian outlet's RSS has.
    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        feedServer = builder.Build();
        feedServer.MapGet("/rss", (HttpContext context) => Results.Content(Rss(context.Request.Scheme + "://" + context.Request.Host), "application/rss+xml; charset=utf-8"));
        await feedServer.StartAsync();
        feedUrl = feedServer.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/rss";
    }

    public async Task DisposeAsync()
    {
        if (feedServer is not null) await feedServer.DisposeAsync();
    }

    private static string Rss(string site) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
        <title>Kabar Pelabuhan</title><link>{site}/</link><description>Berita pelabuhan</description>
        <item><title>Kapal Feri Kembali Berlayar dari Merak</title><link>{site}/berita/feri-merak</link>
        <pubDate>Wed, 13 Aug 2025 07:30:00 +0700</pubDate>
        <content:encoded><![CDATA[<p>Cilegon - Kapal feri dari Pelabuhan Merak kembali berlayar pada Rabu pagi setelah cuaca membaik.</p>
        <p>"Semua kapal sudah kami berangkatkan sesuai jadwal," kata General Manager ASDP Merak Rina Wulandari.</p>]]></content:encoded></item>
        <item><title>Antrean Truk di Ketapang Mulai Terurai</title><link>{site}/berita/truk-ketapang</link>
        <pubDate>Wed, 13 Aug 2025 09:00:00 +0700</pubDate>
        <content:encoded><![CDATA[<p>Banyuwangi - Antrean truk di Pelabuhan Ketapang mulai terurai pada Rabu siang.</p>
        <p>"Kami menambah dua dermaga untuk truk," ujar Kepala Pelabuhan Ketapang Agus Santoso.</p>]]></content:encoded></item>
        </channel></rss>
        """;

    [SkippableFact]
    public async Task AFeedAddedOnTheFeedsPageBringsArticlesToReadInTheLibrary()
    {
        var page = await fixture.NewPageAsync();

        // 1. Follow the feed by its address on the Feeds page.
        await page.GotoAsync("/feeds");
        await page.FillAsync("#feed-url", feedUrl);
        await page.FillAsync("#feed-folder", "Pelabuhan");
        await AfterNavigationAsync(page, () => page.ClickAsync("form.feed-add-form button[type=submit]"), new Regex("/feeds"));
        Assert.Contains("Kabar Pelabuhan", await page.Locator(".notice").InnerTextAsync());
        var feed = page.Locator("li.feed", new PageLocatorOptions { HasText = "Kabar Pelabuhan" });

        // 2. Fetch it now: both stories are imported.
        await AfterNavigationAsync(page, () => feed.Locator("form[action*=Refresh] button").ClickAsync(), new Regex("/feeds"));
        Assert.Contains("2 imported", await page.Locator(".notice").InnerTextAsync());

        // 3. The library lists the feed; its link shows only its two articles.
        await page.GotoAsync("/");
        var feedFilter = page.Locator(".facets h2:text-is(\"Feeds\") + ul a", new PageLocatorOptions { HasText = "Kabar Pelabuhan" });
        await AfterNavigationAsync(page, () => feedFilter.ClickAsync(), new Regex(@"/\?feed=\d+$"));
        var items = page.Locator(".article-list > li");
        Assert.Equal(2, await items.CountAsync());

        // 4. Read one: the quote is highlighted and attributed to the person the feed's story names.
        await AfterNavigationAsync(page, () => page.ClickAsync(".article-list a >> text=Kapal Feri Kembali Berlayar dari Merak"), new Regex("/articles/[^/]+$"));
        Assert.Equal("Kapal Feri Kembali Berlayar dari Merak", await page.Locator("main h1").InnerTextAsync());
        Assert.Equal(1, await page.Locator(".article-body q.quote").CountAsync());
        Assert.Contains("Rina Wulandari", await page.Locator(".article-body a.speaker-tag").First.InnerTextAsync());
    }
}
