using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NewsReader.Web.Tests.Fetching;

namespace NewsReader.Web.Tests.Feeds;

/// <summary>
/// Feeds on loopback (Kestrel, port 0), in the shapes outlets publish, written for these tests: RSS 2.0 with
/// content:encoded, RSS 2.0 of an Indonesian outlet with only descriptions, RSS 1.0 (RDF), Atom 1.0 with xhtml content
/// and JSON Feed 1.1; each answers a matching If-None-Match with 304. Hostile ones: HTML served as a feed, XXE, 429 with
/// Retry-After, entries whose pages are missing; and a site whose page names its feed (autodiscovery).
/// </summary>
public sealed class FeedServer : LoopbackServer
{
    private static string Paragraphs(string place) => $"""
        <p>{place} - The city's commuter trains in {place} ran again on Wednesday after a two-day stoppage over pay, the operator said.</p>
        <p>"We are glad the talks ended well for the passengers and the drivers in {place}," said operator spokesperson Rina Wijaya.</p>
        <p>Drivers will receive the new pay from next month, according to the agreement signed in {place} late on Tuesday evening.</p>
        """;

    public string Rss2(string name) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel>
          <title>Loopback Times {name}</title>
          <link>{BaseUrl}/</link>
          <description>News from the loopback</description>
          <item>
            <title>Trains run again in Bandung {name}</title>
            <link>{BaseUrl}/entries/{name}/bandung</link>
            <guid isPermaLink="true">{BaseUrl}/entries/{name}/bandung</guid>
            <pubDate>Wed, 13 Aug 2025 07:30:00 +0700</pubDate>
            <dc:creator>Dewi Lestari</dc:creator>
            <description>Commuter trains ran again.</description>
            <content:encoded><![CDATA[{Paragraphs("BANDUNG " + name)}]]></content:encoded>
          </item>
          <item>
            <title>Trains run again in Surabaya {name}</title>
            <link>{BaseUrl}/entries/{name}/surabaya</link>
            <pubDate>Wed, 13 Aug 2025 08:30:00 +0700</pubDate>
            <content:encoded><![CDATA[{Paragraphs("SURABAYA " + name)}]]></content:encoded>
          </item>
        </channel>
        </rss>
        """;

    // The shape of an Indonesian outlet's feed: a short description per item, the article only on its page.
    public string IndonesianRss(string name) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0">
        <channel>
          <title>Kabar Loopback {name}</title>
          <link>{BaseUrl}/</link>
          <description>Berita terkini dari Loopback</description>
          <language>id</language>
          <item>
            <title>Kereta komuter kembali beroperasi {name}</title>
            <link>{BaseUrl}/article/{name}-kereta</link>
            <description><![CDATA[<img src="{BaseUrl}/foto.jpg" /> Kereta komuter kembali beroperasi pada Rabu setelah mogok dua hari.]]></description>
            <pubDate>Rabu, 13 Agu 2025 07:30:00 +0700</pubDate>
          </item>
        </channel>
        </rss>
        """;

    public string Rdf(string name) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel rdf:about="{BaseUrl}/rdf/{name}">
            <title>RDF Chronicle {name}</title>
            <link>{BaseUrl}/</link>
            <description>An RSS 1.0 feed</description>
            <items><rdf:Seq><rdf:li rdf:resource="{BaseUrl}/entries/{name}/medan"/></rdf:Seq></items>
          </channel>
          <item rdf:about="{BaseUrl}/entries/{name}/medan">
            <title>Trains run again in Medan {name}</title>
            <link>{BaseUrl}/entries/{name}/medan</link>
            <dc:date>2025-08-13T07:30:00+07:00</dc:date>
            <content:encoded><![CDATA[{Paragraphs("MEDAN " + name)}]]></content:encoded>
          </item>
        </rdf:RDF>
        """;

    public string Atom(string name) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Atom Herald {name}</title>
          <link rel="alternate" href="{BaseUrl}/"/>
          <id>{BaseUrl}/atom/{name}</id>
          <updated>2025-08-13T08:00:00Z</updated>
          <entry>
            <title>Trains run again in Makassar {name}</title>
            <link rel="alternate" href="{BaseUrl}/entries/{name}/makassar"/>
            <id>tag:loopback,2025:{name}-makassar</id>
            <published>2025-08-13T07:30:00+08:00</published>
            <updated>2025-08-13T07:30:00+08:00</updated>
            <author><name>Dewi Lestari</name></author>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">{Paragraphs("MAKASSAR " + name)}</div></content>
          </entry>
        </feed>
        """;

    public string Json(string name) => System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["version"] = "https://jsonfeed.org/version/1.1",
        ["title"] = $"JSON Gazette {name}",
        ["home_page_url"] = BaseUrl + "/",
        ["items"] = new[]
        {
            new Dictionary<string, object>
            {
                ["id"] = $"{name}-denpasar", ["url"] = $"{BaseUrl}/entries/{name}/denpasar", ["title"] = $"Trains run again in Denpasar {name}",
                ["content_html"] = Paragraphs("DENPASAR " + name), ["date_published"] = "2025-08-13T07:30:00+08:00",
                ["authors"] = new[] { new Dictionary<string, string> { ["name"] = "Dewi Lestari" } },
            },
        },
    });

    protected override void Map(WebApplication app)
    {

        app.MapGet("/rss/{name}", (HttpContext c, string name) => Conditional(c, Rss2(name), "application/rss+xml"));
        app.MapGet("/id/{name}", (HttpContext c, string name) => Conditional(c, IndonesianRss(name), "application/rss+xml"));
        app.MapGet("/rdf/{name}", (HttpContext c, string name) => Conditional(c, Rdf(name), "application/rdf+xml"));
        app.MapGet("/atom/{name}", (HttpContext c, string name) => Conditional(c, Atom(name), "application/atom+xml"));
        app.MapGet("/json/{name}", (HttpContext c, string name) => Conditional(c, Json(name), "application/feed+json"));
        app.MapGet("/article/{name}", (string name) => Results.Content(HostileServer.Article($"Commuter trains run again in {name}"), "text/html; charset=utf-8"));
        // A page that names neither its outlet nor its date, linked from a feed that carries only summaries.
        app.MapGet("/bare/{name}", (string name) => Results.Content(HostileServer.Article($"Ferries sail again in {name}")
            .Replace("<meta property=\"og:site_name\" content=\"Loopback Times\">", "")
            .Replace("<meta property=\"article:published_time\" content=\"2025-08-13T07:30:00+07:00\">", ""), "text/html; charset=utf-8"));
        app.MapGet("/bare-feed/{name}", (string name) => Results.Content($"""
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>Harian Pelabuhan {name}</title><link>{BaseUrl}/</link>
            <item><title>Ferries</title><link>{BaseUrl}/bare/{name}</link><description>Kapal kembali berlayar.</description>
            <pubDate>Fri, 15 Aug 2025 09:00:00 +0700</pubDate></item>
            </channel></rss>
            """, "application/rss+xml"));
        app.MapGet("/site/{name}", (string name) => Results.Content($"""
            <!DOCTYPE html><html><head><title>Site {name}</title>
            <link rel="alternate" type="application/atom+xml" title="Atom" href="/atom/{name}">
            </head><body><p>Welcome</p></body></html>
            """, "text/html; charset=utf-8"));
        app.MapGet("/html-feed", () => Results.Content("<!DOCTYPE html><html><head><title>Oops</title></head><body>Not a feed</body></html>", "application/rss+xml"));
        app.MapGet("/xxe", () => Results.Content("""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><title>&xxe;</title><item><title>x</title><link>http://127.0.0.1/x</link></item></channel></rss>
            """, "application/rss+xml"));
        app.MapGet("/busy-feed", (HttpContext context) =>
        {
            context.Response.Headers.RetryAfter = "7200";
            return Results.StatusCode(StatusCodes.Status429TooManyRequests);
        });
        app.MapGet("/missing-entries", () => Results.Content($"""
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>Gone Daily</title><link>{BaseUrl}/</link>
            <item><title>Gone one</title><link>{BaseUrl}/nowhere/one</link><description>Only a summary.</description></item>
            <item><title>Gone two</title><link>{BaseUrl}/nowhere/two</link><description>Only a summary.</description></item>
            </channel></rss>
            """, "application/rss+xml"));
    }

    // ETag is the body's hash; a matching If-None-Match answers 304, as a well-behaved feed server does.
    private static IResult Conditional(HttpContext context, string body, string mediaType)
    {
        var etag = "\"" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(body)))[..16] + "\"";
        context.Response.Headers.ETag = etag;
        context.Response.Headers.LastModified = "Wed, 13 Aug 2025 01:00:00 GMT";
        if (context.Request.Headers.IfNoneMatch.ToString() == etag) return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Content(body, mediaType + "; charset=utf-8");
    }
}
