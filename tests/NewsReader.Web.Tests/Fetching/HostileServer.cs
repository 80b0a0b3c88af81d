using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace NewsReader.Web.Tests.Fetching;

/// <summary>
/// A web server on loopback (Kestrel, port 0) with good and hostile pages: news articles, a body that never ends, a
/// declared 1 GB body, a gzip bomb, a slow drip, redirect loops and chains, redirects to private addresses and to
/// other schemes, a wrong charset, a page that is no article, 404, 429 with Retry-After and a 503 that passes. Every
/// loop is bounded and stops by itself.
/// </summary>
public sealed class HostileServer : LoopbackServer
{

    /// <summary>A news page in the shape outlets publish: metadata, navigation, the article with a byline and a quote.</summary>
    public static string Article(string headline, string extra = "", string? canonical = null) => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>{{headline}} | Loopback Times</title>
        <meta property="og:site_name" content="Loopback Times">
        <meta property="article:published_time" content="2025-08-13T07:30:00+07:00">
        <meta name="author" content="Dewi Lestari">
        {{(canonical is null ? "" : $"<link rel=\"canonical\" href=\"{canonical}\">")}}
        </head>
        <body>
        <nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <main><article>
        <h1>{{headline}}</h1>
        <p class="byline">By Dewi Lestari</p>
        <p>JAKARTA - The city's commuter trains ran again on Wednesday after a two-day stoppage over pay, the operator said.</p>
        <p>"We are glad the talks ended well for the passengers and the drivers," said operator spokesperson Rina Wijaya.</p>
        <p>Drivers will receive the new pay from next month, according to the agreement signed late on Tuesday evening.</p>
        {{extra}}
        </article></main>
        <footer><p>Copyright Loopback Times</p></footer>
        </body>
        </html>
        """;

    protected override void Map(WebApplication app)
    {

        var bomb = GzipOfZeros(32 * 1024 * 1024);

        app.MapGet("/article/{name}", (string name) => Html(Article($"Commuter trains run again in {name}")));
        app.MapGet("/canonical/{name}", (string name) => Html(Article($"Canonical page {name}", canonical: $"https://news.example/canonical/{name}")));
        app.MapGet("/changing/{name}", (string name) =>
        {
            var version = Visits($"/changing/{name}");
            return Html(Article($"Fares change in {name}", version > 1 ? "<p>Update: fares will also fall for students from next month, the operator added.</p>" : ""));
        });
        app.MapGet("/plain", () => Results.Text("Plain text is served here, as a file would be.\n", "application/pdf"));
        app.MapGet("/not-article", () => Html("<!DOCTYPE html><html><head><title></title></head><body><nav><a href=\"/a\">A</a> <a href=\"/b\">B</a></nav></body></html>"));
        app.MapGet("/missing", () => Results.NotFound());
        app.MapGet("/user-agent", (HttpContext context) => Results.Text(context.Request.Headers.UserAgent.ToString()));
        app.MapGet("/busy", (HttpContext context) =>
        {
            context.Response.Headers.RetryAfter = "120";
            return Results.StatusCode(StatusCodes.Status429TooManyRequests);
        });
        app.MapGet("/flaky/{name}", (string name) =>
            Visits($"/flaky/{name}") == 1 ? Results.StatusCode(StatusCodes.Status503ServiceUnavailable) : Html(Article($"Flaky server recovers in {name}")));

        // Hostile bodies
        app.MapGet("/endless", async (HttpContext context) =>
        {
            context.Response.ContentType = "text/html";
            var chunk = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("<p>never ending</p>", 4096)));
            try
            {
                for (long sent = 0; sent < 1L << 30 && !context.RequestAborted.IsCancellationRequested; sent += chunk.Length)
                    await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
            catch (Exception exception) when (exception is OperationCanceledException or IOException) { }
        });
        app.MapGet("/huge", async (HttpContext context) =>
        {
            context.Response.ContentType = "text/html";
            context.Response.ContentLength = 1L << 30; // declared 1 GB; the fetcher must not start reading it
            try
            {
                await context.Response.Body.WriteAsync(Encoding.ASCII.GetBytes("<html>"), context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted);
            }
            catch (Exception exception) when (exception is OperationCanceledException or IOException) { }
            context.Abort();
        });
        app.MapGet("/bomb", async (HttpContext context) =>
        {
            context.Response.ContentType = "text/html";
            context.Response.Headers.ContentEncoding = "gzip";
            context.Response.ContentLength = bomb.Length;
            try { await context.Response.Body.WriteAsync(bomb, context.RequestAborted); }
            catch (Exception exception) when (exception is OperationCanceledException or IOException) { }
        });
        app.MapGet("/drip", async (HttpContext context) =>
        {
            context.Response.ContentType = "text/html";
            try
            {
                await context.Response.Body.FlushAsync(context.RequestAborted);
                for (var i = 0; i < 300 && !context.RequestAborted.IsCancellationRequested; i++)
                {
                    await context.Response.Body.WriteAsync("<"u8.ToArray(), context.RequestAborted);
                    await context.Response.Body.FlushAsync(context.RequestAborted);
                    await Task.Delay(100, context.RequestAborted);
                }
            }
            catch (Exception exception) when (exception is OperationCanceledException or IOException) { }
        });
        app.MapGet("/binary", () => Results.Bytes(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D }, "text/html"));

        // Redirects
        app.MapGet("/loop/a", () => Results.Redirect("/loop/b"));
        app.MapGet("/loop/b", () => Results.Redirect("/loop/a"));
        app.MapGet("/hops/{n:int}", (int n) => n == 0 ? Html(Article("Five redirects later")) : Results.Redirect($"/hops/{n - 1}"));
        app.MapGet("/to-private", () => Results.Redirect("http://10.0.0.5/admin"));
        app.MapGet("/to-metadata", () => Results.Redirect("http://169.254.169.254/latest/meta-data/"));
        app.MapGet("/to-file", () => Results.Redirect("file:///etc/passwd"));

        // Charsets
        app.MapGet("/charset/header-wins", () => Results.Bytes(Encoding.UTF8.GetBytes(Article("Café society returns")), "text/html; charset=ISO-8859-1"));
        app.MapGet("/charset/meta", () => Results.Bytes(Encoding.Latin1.GetBytes(Article("Crème brûlée for the minister").Replace("charset=\"utf-8\"", "charset=\"iso-8859-1\"")), "text/html"));
        app.MapGet("/charset/unknown-header", () => Results.Bytes(Encoding.UTF8.GetBytes(Article("Señor Bank keeps rates")), "text/html; charset=x-no-such-charset"));
    }

    private static IResult Html(string html) => Results.Content(html, "text/html; charset=utf-8");

    private static byte[] GzipOfZeros(int length)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            var zeros = new byte[1024 * 1024];
            for (var written = 0; written < length; written += zeros.Length) gzip.Write(zeros);
        }
        return output.ToArray();
    }
}
