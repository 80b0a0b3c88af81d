using System.Text;
using System.Text.Json;
using NewsReader.Web.Data;
using NewsReader.Web.Importing;

namespace NewsReader.Web.Reading;

/// <summary><c>/speakers/{slug}.csv</c> and <c>.json</c>: one speaker's quotes (speaker, quote, article, outlet, date, link).</summary>
public static class SpeakerExports
{
    public static IEndpointRouteBuilder MapSpeakerExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/speakers/{slug}.csv", async (string slug, NewsReaderDb db, LibraryCache cache, HttpContext context, CancellationToken cancellationToken) =>
        {
            var quotes = await PersonQuotes(db, cache, slug, cancellationToken);
            if (quotes.Count == 0) return Results.NotFound();
            var csv = new StringBuilder("speaker,quote,article,outlet,date,link\r\n");
            var origin = $"{context.Request.Scheme}://{context.Request.Host}";
            foreach (var q in quotes)
                csv.Append(string.Join(',', new[] { q.Speaker, q.Text, q.Headline, q.Outlet ?? "", q.PublishedIso ?? "", origin + q.Link }.Select(Csv))).Append("\r\n");
            return Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8", $"{slug}-quotes.csv");
        });
        app.MapGet("/speakers/{slug}.json", async (string slug, NewsReaderDb db, LibraryCache cache, HttpContext context, CancellationToken cancellationToken) =>
        {
            var quotes = await PersonQuotes(db, cache, slug, cancellationToken);
            if (quotes.Count == 0) return Results.NotFound();
            var origin = $"{context.Request.Scheme}://{context.Request.Host}";
            var rows = quotes.Select(q => new { speaker = q.Speaker, quote = q.Text, article = q.Headline, outlet = q.Outlet, date = q.PublishedIso, link = origin + q.Link });
            return Results.File(JsonSerializer.SerializeToUtf8Bytes(rows, ArticleJson.Options), "application/json; charset=utf-8", $"{slug}-quotes.json");
        });
        return app;
    }

    // Every quote of the person the slug belongs to, under any form of their name.
    private static async Task<List<SpeakerQueries.QuoteRow>> PersonQuotes(NewsReaderDb db, LibraryCache cache, string slug, CancellationToken cancellationToken)
    {
        if (slug.Length > 200) return [];
        var directory = await SpeakerQueries.DirectoryAsync(cache, db, cancellationToken);
        return await SpeakerQueries.QuotesAsync(db, directory.Slugs(directory.Canonical(slug)), int.MaxValue, cancellationToken);
    }

    /// <summary>A CSV field, quoted when needed; a leading =, +, - or @ is escaped so spreadsheets do not run it as a formula.</summary>
    public static string Csv(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
