using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NewsReader.Web.Tests.Security;

/// <summary>The hostile library: every payload in every field of a .txt, a .md and an .html article.</summary>
public class HostileLibraryFactory : NewsReaderFactory
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private List<string>? slugs;

    public List<string> Rejections { get; } = [];

    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Limits:SearchesPerMinute", "100000"), new("Limits:ImportsPerMinute", "100000")];

    public async Task<IReadOnlyList<string>> SlugsAsync()
    {
        await gate.WaitAsync();
        try
        {
            if (slugs is not null) return slugs;
            var found = new List<string>();
            for (var i = 0; i < XssPayloads.All.Count; i++)
            {
                var p = XssPayloads.All[i];
                foreach (var (ext, text) in new[] { (".txt", XssPayloads.Text(p, i)), (".md", XssPayloads.Markdown(p, i)), (".html", XssPayloads.Html(p, i)) })
                {
                    var results = await ImportBytesAsync($"{p}{ext}", System.Text.Encoding.UTF8.GetBytes(text));
                    found.AddRange(results.Where(r => r.Slug is not null).Select(r => r.Slug!));
                    Rejections.AddRange(results.Where(r => r.Slug is null).Select(r => $"{ext} #{i}: {r.Reason}"));
                }
            }
            return slugs = found.Distinct().ToList();
        }
        finally
        {
            gate.Release();
        }
    }
}

/// <summary>The same app on PostgreSQL.</summary>
public sealed class HostileLibraryFactoryOnPostgres : HostileLibraryFactory, IOnPostgres;

/// <summary>Checks a page: no script but the app's own files, no event-handler or style attributes, no javascript: URLs, no frames.</summary>
public static class SafeHtml
{
    private static readonly string[] Forbidden = ["iframe", "frame", "frameset", "object", "embed", "base", "style", "svg", "math", "img", "applet", "template"];
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcset", "background"];

    /// <summary>The import page's one javascript: link, the bookmarklet, exactly as the app writes it for its own origin.</summary>
    private static bool IsTheAppsBookmarklet(IElement element, IAttr attribute) =>
        element.LocalName == "a" && element.ClassName == "bookmarklet" && attribute.Name == "href"
        && System.Text.RegularExpressions.Regex.IsMatch(attribute.Value,
            """^javascript:void\(location\.href="https?://[A-Za-z0-9.:\[\]-]+/add\?url="\+encodeURIComponent\(location\.href\)\)$""");

    public static void Assert(IDocument document, string where)
    {
        foreach (var element in document.All)
        {
            var name = element.LocalName;
            if (name == "script")
                Xunit.Assert.True(element.GetAttribute("src") is { } src && src.StartsWith("/js/", StringComparison.Ordinal) && element.TextContent.Length == 0,
                    $"{where}: a script that is not the app's own: {element.OuterHtml}");
            Xunit.Assert.False(Forbidden.Contains(name), $"{where}: a <{name}> element: {element.OuterHtml}");
            if (name == "meta") Xunit.Assert.Null(element.GetAttribute("http-equiv"));
            // Stylesheets, and the page's own Atom feed.
            if (name == "link")
                Xunit.Assert.True(element.GetAttribute("href") is { } href && (href.StartsWith("/css/", StringComparison.Ordinal)
                    || element.GetAttribute("rel") == "alternate" && (href.StartsWith("/feeds/", StringComparison.Ordinal) || href.StartsWith("/speakers/", StringComparison.Ordinal))),
                    $"{where}: a link that is not the app's own: {element.OuterHtml}");
            foreach (var attribute in element.Attributes)
            {
                Xunit.Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{where}: an event handler: {element.OuterHtml}");
                Xunit.Assert.False(attribute.Name.Equals("style", StringComparison.OrdinalIgnoreCase), $"{where}: a style attribute: {element.OuterHtml}");
                Xunit.Assert.False(attribute.Name.Contains('\'') || attribute.Name.Contains('"') || attribute.Name is "x", $"{where}: an injected attribute: {element.OuterHtml}");
                if (UrlAttributes.Contains(attribute.Name.ToLowerInvariant()))
                {
                    if (IsTheAppsBookmarklet(element, attribute)) continue;
                    var url = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
                    Xunit.Assert.False(url.StartsWith("javascript:", StringComparison.Ordinal) || url.StartsWith("vbscript:", StringComparison.Ordinal)
                        || url.StartsWith("data:", StringComparison.Ordinal), $"{where}: a script URL: {element.OuterHtml}");
                    Xunit.Assert.False((url.StartsWith("http", StringComparison.Ordinal) || url.StartsWith("//", StringComparison.Ordinal)) && name is not "a",
                        $"{where}: a request to another origin: {element.OuterHtml}");
                }
            }
        }
    }
}

public abstract class XssTests
{
    private readonly HostileLibraryFactory factory;

    protected XssTests(HostileLibraryFactory factory) => this.factory = factory;

    private async Task CheckAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True((int)response.StatusCode < 500, $"{url} answered {response.StatusCode}");
        SafeHtml.Assert(await NewsReaderFactory.ParseAsync(response), url);
    }

    [SkippableFact]
    public async Task EveryPayloadInEveryFieldOfTextMarkdownAndHtmlArticlesRendersAsInertText()
    {
        var slugs = await factory.SlugsAsync();
        Assert.True(slugs.Count >= XssPayloads.All.Count * 2, $"only {slugs.Count} hostile articles were imported: " + string.Join("; ", factory.Rejections));
        var client = factory.CreateClient();
        await CheckAsync(client, "/");
        await CheckAsync(client, "/speakers");
        foreach (var slug in slugs) await CheckAsync(client, $"/articles/{slug}");
        var speakers = await factory.GetDocumentAsync(client, "/speakers");
        foreach (var link in speakers.QuerySelectorAll("main a[href^='/speakers/']").Select(a => a.GetAttribute("href")!).Distinct().Take(40))
            await CheckAsync(client, link);
    }

    [SkippableFact]
    public async Task PayloadsInSearchQueriesAndFiltersRenderAsInertText()
    {
        await factory.SlugsAsync();
        var client = factory.CreateClient();
        foreach (var p in XssPayloads.All)
        {
            await CheckAsync(client, "/search?q=" + Uri.EscapeDataString(p));
            await CheckAsync(client, "/?outlet=" + Uri.EscapeDataString(p) + "&section=" + Uri.EscapeDataString(p));
        }
    }

    [SkippableFact]
    public async Task PayloadsInUploadedFileNamesRenderAsInertText()
    {
        var client = factory.CreateClient();
        var page = await factory.GetDocumentAsync(client, "/import");
        var token = Forms.Token(page, "form.import-form");
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var p in XssPayloads.All)
        {
            // As a browser sends it: the name quoted, with a double quote written %22.
            var part = new ByteArrayContent("x"u8.ToArray());
            part.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"files\"; filename=\"{p.Replace("\"", "%22", StringComparison.Ordinal)}.txt\"");
            content.Add(part);
        }
        var response = await client.PostAsync("/import", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await NewsReaderFactory.ParseAsync(response);
        SafeHtml.Assert(document, "/import results");
        Assert.Equal(XssPayloads.All.Count, document.QuerySelectorAll(".import-results tbody tr").Length);
    }
}

public sealed class XssTestsOnSqlite(HostileLibraryFactory factory) : XssTests(factory), IClassFixture<HostileLibraryFactory>;
public sealed class XssTestsOnPostgres(HostileLibraryFactoryOnPostgres factory) : XssTests(factory), IClassFixture<HostileLibraryFactoryOnPostgres>;

public abstract class BadRequestTests
{
    private readonly NewsReaderFactory factory;

    protected BadRequestTests(NewsReaderFactory factory) => this.factory = factory;

    [SkippableTheory]
    [InlineData("/articles/no-such-article")]
    [InlineData("/articles/%ZZ%")]
    [InlineData("/articles/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/speakers/%E0%A4%A")]
    [InlineData("/speakers/no-such-person")]
    [InlineData("/?page=-1")]
    [InlineData("/?page=abc")]
    [InlineData("/?page=99999999999999999999")]
    [InlineData("/?before=%FF%FE")]
    [InlineData("/search?q=%22%22%22%22(((((")]
    [InlineData("/search?q=NEAR(a%20b)%20OR%20*%20AND%20%5E")]
    [InlineData("/Status/99999999999")]
    [InlineData("/articles/x.json?revision=-5")]
    [InlineData("/articles/x?revision=abc")]
    public async Task MalformedAddressesAndUnknownSlugsGetA4xxPageNeverA500(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        Assert.True((int)response.StatusCode is >= 200 and < 500, $"{url} answered {(int)response.StatusCode}");
    }

    [SkippableFact]
    public async Task HugeQueryStringsAreAnsweredWithoutA500()
    {
        var client = factory.CreateClient();
        foreach (var url in new[] { "/search?q=" + new string('a', 100_000), "/?q=" + new string('"', 50_000), "/search?" + string.Concat(Enumerable.Range(0, 2_000).Select(i => $"q{i}=x&")) })
        {
            var response = await client.GetAsync(url);
            Assert.True((int)response.StatusCode < 500, $"answered {(int)response.StatusCode}");
        }
    }

    private static ByteArrayContent Raw(string body, string contentType)
    {
        var content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }

    [SkippableFact]
    public async Task InvalidFormPostsGet4xxNeverA500()
    {
        var slug = (await factory.ImportSeedAsync()).Slug!;
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await factory.GetDocumentAsync(client, "/import");
        var token = Forms.Token(page, "form.import-form");
        var posts = new List<(string Url, HttpContent Content)>
        {
            ("/import", Raw("not a form", "multipart/form-data")),
            ("/import", Raw("--x\r\nbroken", "multipart/form-data; boundary=x")),
            ("/import", new FormUrlEncodedContent([new("__RequestVerificationToken", token)])),
            ("/import", new FormUrlEncodedContent([new("__RequestVerificationToken", "forged")])),
            ("/import", new StringContent("{\"files\":1}", System.Text.Encoding.UTF8, "application/json")),
            ($"/articles/{slug}?handler=nosuchhandler", new FormUrlEncodedContent([new("__RequestVerificationToken", token)])),
            ("/articles/no-such-article?handler=star", new FormUrlEncodedContent([new("__RequestVerificationToken", token)])),
            ("/account/signin", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("password", new string('x', 100_000))])),
            ("/search?q=x", new FormUrlEncodedContent([new("a", "b")])),
            ("/api/import", Raw("garbage", "multipart/form-data; boundary=zz")),
        };
        foreach (var (url, content) in posts)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
            request.Headers.Add(Importing.ImportApi.ClientHeader, "tests");
            var response = await client.SendAsync(request);
            Assert.True((int)response.StatusCode is >= 300 and < 500, $"POST {url} ({content.Headers.ContentType}) answered {(int)response.StatusCode}");
        }
    }
}

public sealed class BadRequestTestsOnSqlite(NewsReaderFactory factory) : BadRequestTests(factory), IClassFixture<NewsReaderFactory>;
public sealed class BadRequestTestsOnPostgres(NewsReaderFactoryOnPostgres factory) : BadRequestTests(factory), IClassFixture<NewsReaderFactoryOnPostgres>;
