using AngleSharp.Dom;

namespace NewsReader.Web.Tests;

public abstract class ReaderViewTests
{
    private readonly NewsReaderFactory factory;

    protected ReaderViewTests(NewsReaderFactory factory) => this.factory = factory;

    [SkippableFact]
    public async Task SeedPageShowsHeaderCaptionSubheadingAndThreeAttributedQuotes()
    {
        var result = await factory.ImportSeedAsync();
        var client = factory.CreateClient();
        var response = await client.GetAsync($"/articles/{result.Slug}");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var document = await NewsReaderFactory.ParseAsync(response);

        var article = document.QuerySelector("article.article")!;
        Assert.Equal("id", article.GetAttribute("lang"));
        Assert.Equal("Internasional", document.QuerySelector(".article-section")?.TextContent.Trim());
        Assert.Equal("Putin Tiba-Tiba Telpon Kim Jong Un Sebelum Ketemu Trump, Ada Apa?", document.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal("Tommy Patrio Sorongan", document.QuerySelector(".byline .authors")?.TextContent.Trim());
        Assert.Equal("CNBC Indonesia", document.QuerySelector(".byline .outlet")?.TextContent.Trim());

        var time = document.QuerySelector(".article-meta time")!;
        Assert.Equal("2025-08-13T14:11:00+07:00", time.GetAttribute("datetime"));
        Assert.Contains("14:11 WIB", time.TextContent);

        var caption = document.QuerySelector("figure.caption figcaption")!;
        Assert.StartsWith("Pemimpin Korea Utara Kim Jong Un dan Presiden Rusia Vladimir Putin.", caption.TextContent.Trim());
        Assert.Equal("Alexander Zemlianichenko/Pool via REUTERS/File Photo", caption.QuerySelector(".credit")?.TextContent.Trim());

        Assert.Equal("Jakarta, CNBC Indonesia", document.QuerySelector(".article-body .dateline")?.TextContent.Trim());
        Assert.Equal(["Efek Positif"], document.QuerySelectorAll(".article-body h2").Select(h => h.TextContent.Trim()));
        Assert.Equal(11, document.QuerySelectorAll(".article-body > p").Length);

        var quotes = document.QuerySelectorAll(".article-body q.quote");
        Assert.Equal(3, quotes.Length);
        Assert.Equal(["quote-1", "quote-2", "quote-3"], quotes.Select(q => q.Id));
        Assert.StartsWith("Keduanya mengonfirmasi", quotes[0].TextContent);
        Assert.Equal(["KCNA", "Yang Moo Jin", "Yang Moo Jin"], quotes.Select(q => q.GetAttribute("data-speaker")));
        Assert.Equal(["KCNA", "Yang Moo Jin", "Yang Moo Jin"],
            document.QuerySelectorAll(".article-body .speaker-tag").Select(s => s.TextContent.Trim()));

        var panel = document.QuerySelectorAll(".quoted-panel li a");
        Assert.Equal(["#quote-1", "#quote-2", "#quote-3"], panel.Select(a => a.GetAttribute("href")));
        Assert.Equal(["KCNA", "Yang Moo Jin", "Yang Moo Jin"], panel.Select(a => a.QuerySelector(".speaker-name")!.TextContent));

        var end = document.QuerySelector(".article-end")!;
        Assert.Contains("(tps/tps)", end.TextContent);
        Assert.Contains("Saksikan video di bawah ini:", end.TextContent);
        Assert.DoesNotContain("tps/tps", document.QuerySelector(".article-body")!.TextContent);
    }

    [SkippableFact]
    public async Task QuoteHighlightHasItsOwnBackgroundInTheStylesheet()
    {
        var client = factory.CreateClient();
        var css = await client.GetStringAsync("/css/site.css");
        Assert.Contains("q.quote", css);
        Assert.Contains("--color-quote-bg", await client.GetStringAsync("/css/tokens.css"));
    }

    [SkippableFact]
    public async Task LibraryListsTheArticle()
    {
        var result = await factory.ImportSeedAsync();
        var document = await factory.GetDocumentAsync(factory.CreateClient(), "/");
        var item = document.QuerySelectorAll(".article-item").Single(i => i.QuerySelector("a")!.GetAttribute("href") == $"/articles/{result.Slug}");
        Assert.Equal("Putin Tiba-Tiba Telpon Kim Jong Un Sebelum Ketemu Trump, Ada Apa?", item.QuerySelector(".item-headline a")!.TextContent.Trim());
        Assert.Equal("CNBC Indonesia", item.QuerySelector(".outlet")!.TextContent);
        Assert.Equal("Tommy Patrio Sorongan", item.QuerySelector(".authors")!.TextContent);
        Assert.Equal("Internasional", item.QuerySelector(".item-section")!.TextContent);
        Assert.Equal("2025-08-13T14:11:00+07:00", item.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("3 quotes", item.QuerySelector(".quote-count")!.TextContent);
    }

    [SkippableFact]
    public async Task UnknownSlugGetsANotFoundPage()
    {
        var client = factory.CreateClient();
        var response = await client.GetAsync("/articles/no-such-article");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        var document = await NewsReaderFactory.ParseAsync(response);
        Assert.Equal("Not found", document.QuerySelector("h1")?.TextContent);
    }

    [SkippableFact]
    public async Task ScriptInArticleTextIsShownAsText()
    {
        var text = "Berita\n\n<script>alert('x')</script> Judul <img src=x onerror=alert(1)>\n\nJakarta - Paragraf pertama <script>document.title='pwned'</script> dengan teks.\n\n\"Kutipan <b>tebal</b> di sini,\" kata Budi.";
        var result = await factory.ImportAsync("xss.txt", text);
        var response = await factory.CreateClient().GetAsync($"/articles/{result.Slug}");
        var html = await response.Content.ReadAsStringAsync();
        var document = await NewsReaderFactory.ParseAsync(response);

        Assert.Empty(document.QuerySelectorAll("main script"));
        Assert.Empty(document.QuerySelectorAll("main img"));
        Assert.Empty(document.QuerySelectorAll("main b"));
        Assert.Contains("<script>alert('x')</script>", document.QuerySelector("h1")!.TextContent);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("document.title", document.QuerySelector(".article-body")!.TextContent);
        Assert.All(document.All, e => Assert.DoesNotContain(e.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
    }

    [SkippableFact]
    public async Task PagesSendAStrictContentSecurityPolicy()
    {
        var response = await factory.CreateClient().GetAsync("/");
        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
    }
}

public sealed class ReaderViewTestsOnSqlite(NewsReaderFactory factory) : ReaderViewTests(factory), IClassFixture<NewsReaderFactory>;
public sealed class ReaderViewTestsOnPostgres(NewsReaderFactoryOnPostgres factory) : ReaderViewTests(factory), IClassFixture<NewsReaderFactoryOnPostgres>;
