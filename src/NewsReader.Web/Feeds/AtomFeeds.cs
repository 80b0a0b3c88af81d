using System.ComponentModel;
using System.Security.Cryptography;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.EntityFrameworkCore;
using NewsReader.Model;
using NewsReader.Web.Api;
using NewsReader.Web.Data;
using NewsReader.Web.Importing.Formats;
using NewsReader.Web.Reading;
using NewsReader.Web.Security;

namespace NewsReader.Web.Feeds;

/// <summary>
/// Atom 1.0 feeds: <c>/feeds/library.atom</c> (the newest articles, with the library page's filters in the query string)
/// and <c>/speakers/{slug}.atom</c> (one entry per quote of that person, linked to its place in the reader view). Both are
/// paged by RFC 5005 links (<c>next</c>, and for a speaker <c>first</c>, <c>previous</c> and <c>last</c>), carry an ETag and
/// Last-Modified, and are kept in memory per library version.
/// </summary>
public static class AtomFeeds
{
    public const int ArticlesPerFeed = 50;
    public const int QuotesPerPage = 50;
    public const string ContentType = "application/atom+xml; charset=utf-8";

    private sealed record Rendered(byte[] Body, DateTimeOffset Updated);

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet("/feeds/library.atom", LibraryAsync).WithRequestTimeout(RequestLimits.PagePolicy);
        app.MapGet("/speakers/{slug}.atom", SpeakerAsync).WithRequestTimeout(RequestLimits.PagePolicy);
        return app;
    }

    private static async Task<IResult> LibraryAsync([AsParameters] LibraryFilterParameters parameters, string? after, HttpContext context,
        NewsReaderDb db, LibraryCache cache, CancellationToken cancellationToken)
    {
        Cursor? cursor = null;
        if (after is not null)
        {
            if (!Cursor.TryParse(after, CursorKind.Articles, out var parsed)) return Results.BadRequest();
            cursor = parsed;
        }
        var filter = parameters.ToFilter();
        return await ServeAsync(context, cache, filter.ByMarks, async origin =>
        {
            var query = await filter.ApplyAsync(db.Articles.AsNoTracking(), db, cache, cancellationToken);
            var rows = await query.NewestFirst(cursor).Take(ArticlesPerFeed + 1).ToListAsync(cancellationToken);
            var page = Paging.Of(rows, ArticlesPerFeed, a => Cursor.Article(a.SortKey, a.Id));
            var filters = filter.ToQuery();
            var feed = NewFeed("NewsReader: " + filter.Title, "library:" + LibraryFilter.Url("", filters), origin,
                LibraryFilter.Url("/", filters), page.Items.Select(a => Max(a.ImportedUtc, a.SortKey)));
            feed.Items = page.Items.Select(a => ArticleEntry(a, origin)).ToList();
            AddLink(feed, "self", origin + context.Request.Path + context.Request.QueryString);
            if (page.Next is { } next)
            {
                filters["after"] = next;
                AddLink(feed, "next", origin + LibraryFilter.Url("/feeds/library.atom", filters));
            }
            return feed;
        });
    }

    private static async Task<IResult> SpeakerAsync(string slug, [Description("The page of quotes, 50 a page, newest articles first.")] int? page,
        HttpContext context, NewsReaderDb db, LibraryCache cache, CancellationToken cancellationToken)
    {
        if (await SpeakerQueries.PersonAsync(db, cache, slug, cancellationToken) is not { } person) return Results.NotFound();
        // A shorter form of a person's name leads to the person's feed, as it leads to their page.
        if (person.Slug != slug) return Results.Redirect($"/speakers/{person.Slug}.atom{context.Request.QueryString}", permanent: true);
        var pages = Math.Max(1, (person.Summary.Quotes + QuotesPerPage - 1) / QuotesPerPage);
        var number = page ?? 1;
        if (number < 1 || number > pages) return Results.NotFound();
        return await ServeAsync(context, cache, byMarks: false, async origin =>
        {
            var quotes = await SpeakerQueries.QuotesAsync(db, person.Slugs, QuotesPerPage, cancellationToken, (number - 1) * QuotesPerPage);
            var feedUrl = $"{origin}/speakers/{person.Slug}.atom";
            var feed = NewFeed($"NewsReader: quotes of {person.Summary.Name}", "speaker:" + person.Slug, origin, "/speakers/" + person.Slug,
                quotes.Select(q => q.SortKey));
            feed.Items = quotes.Select(q => QuoteEntry(q, origin)).ToList();
            AddLink(feed, "self", number == 1 ? feedUrl : $"{feedUrl}?page={number}");
            AddLink(feed, "first", feedUrl);
            AddLink(feed, "last", pages == 1 ? feedUrl : $"{feedUrl}?page={pages}");
            if (number > 1) AddLink(feed, "previous", number == 2 ? feedUrl : $"{feedUrl}?page={number - 1}");
            if (number < pages) AddLink(feed, "next", $"{feedUrl}?page={number + 1}");
            return feed;
        });
    }

    /// <summary>
    /// Answers from memory when this feed was rendered for the current library version (and this origin: the links are
    /// absolute, so a request naming another host never shares a copy), with If-None-Match and If-Modified-Since honoured.
    /// </summary>
    private static async Task<IResult> ServeAsync(HttpContext context, LibraryCache cache, bool byMarks, Func<string, Task<SyndicationFeed>> build)
    {
        var request = context.Request;
        var origin = $"{request.Scheme}://{request.Host}{request.PathBase}";
        var key = "feed:" + origin + request.Path + request.QueryString;
        if (byMarks) key = cache.WithMarks(key);
        var version = cache.Version;
        if (cache.TryGet<Rendered>(key, version) is not { } rendered)
        {
            var feed = await build(origin);
            rendered = new Rendered(Write(feed), feed.LastUpdatedTime);
            cache.Set(key, version, rendered, size: 1 + rendered.Body.Length / 4096);
        }
        context.Response.Headers.CacheControl = "no-cache";
        return Results.Bytes(rendered.Body, ContentType, lastModified: rendered.Updated, entityTag: ConditionalGet.For(rendered.Body));
    }

    private static SyndicationFeed NewFeed(string title, string idName, string origin, string page, IEnumerable<DateTime> updated)
    {
        var feed = new SyndicationFeed
        {
            Id = Urn(idName),
            Title = new TextSyndicationContent(Xml(title)),
            Generator = "NewsReader",
            // Atom wants an author for every entry; the feed's stands in for entries without a byline.
            Authors = { new SyndicationPerson { Name = "NewsReader" } },
            LastUpdatedTime = updated.Select(Utc).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max(),
        };
        AddLink(feed, "alternate", origin + page, "text/html");
        return feed;
    }

    private static SyndicationItem ArticleEntry(StoredArticle stored, string origin)
    {
        var article = ArticleFormats.Parse(stored.Format, stored.Text);
        var item = new SyndicationItem
        {
            Id = Urn("article:" + stored.Slug),
            Title = new TextSyndicationContent(Xml(stored.Headline)),
            LastUpdatedTime = Utc(Max(stored.ImportedUtc, stored.SortKey)),
            PublishDate = Utc(stored.PublishedUtc ?? stored.SortKey),
        };
        var summary = article.Standfirst?.Value ?? article.Blocks.FirstOrDefault(b => b.Kind == BlockKind.Paragraph)?.Text;
        if (!string.IsNullOrWhiteSpace(summary)) item.Summary = new TextSyndicationContent(Xml(summary));
        item.Links.Add(new SyndicationLink(new Uri(origin + "/articles/" + stored.Slug), "alternate", null, "text/html", 0));
        foreach (var author in article.Authors.Count > 0 ? article.Authors : stored.Outlet is { } outlet ? [outlet] : [])
            item.Authors.Add(new SyndicationPerson { Name = Xml(author) });
        if (stored.Section is { } section) item.Categories.Add(new SyndicationCategory(Xml(section)));
        return item;
    }

    private static SyndicationItem QuoteEntry(SpeakerQueries.QuoteRow quote, string origin)
    {
        var text = Xml(quote.Text);
        var item = new SyndicationItem
        {
            Id = Urn($"quote:{quote.ArticleSlug}#{quote.Ordinal}"),
            Title = new TextSyndicationContent(text.Length <= 200 ? text : text[..(char.IsHighSurrogate(text[198]) ? 198 : 199)].TrimEnd() + "…"),
            Content = new TextSyndicationContent(text),
            Summary = new TextSyndicationContent(Xml($"{quote.Speaker} in “{quote.Headline}”" + (quote.Outlet is null ? "" : $" ({quote.Outlet})"))),
            LastUpdatedTime = Utc(quote.SortKey),
            PublishDate = Utc(quote.SortKey),
        };
        item.Links.Add(new SyndicationLink(new Uri(origin + quote.Link), "alternate", Xml(quote.Headline), "text/html", 0));
        item.Authors.Add(new SyndicationPerson { Name = Xml(quote.Speaker) });
        return item;
    }

    private static void AddLink(SyndicationFeed feed, string relation, string url, string mediaType = "application/atom+xml") =>
        feed.Links.Add(new SyndicationLink(new Uri(url), relation, null, mediaType, 0));

    private static byte[] Write(SyndicationFeed feed)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            writer.WriteStartDocument();
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }
        return stream.ToArray();
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    /// <summary>Text without the characters XML 1.0 cannot hold (controls, unpaired surrogates, U+FFFE and U+FFFF).</summary>
    internal static string Xml(string text)
    {
        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pair)
            {
                clean?.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (XmlConvert.IsXmlChar(c)) clean?.Append(c);
            else clean ??= new StringBuilder(text.Length).Append(text, 0, i);
        }
        return clean?.ToString() ?? text;
    }

    /// <summary>
    /// A stable entry or feed id: a name-based UUID (version 8, from SHA-256, as RFC 9562 shows), so the same article or
    /// quote keeps its id whatever host the feed is read through.
    /// </summary>
    internal static string Urn(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("NewsReader feed id\n" + name));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return "urn:uuid:" + new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString("D");
    }
}
