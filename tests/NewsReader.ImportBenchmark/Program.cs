// Import benchmarks for issue 5, run by run.sh beside this file:
//   baseline FOLDER DB   a bare bulk insert of the files' texts into the same tables and search index
//   baseline-per-file FOLDER DB  the same inserts with a commit after each file
//   profile FOLDER DB    decoding and parsing alone, then the importer in-process (no start-up)
//   html FOLDER          HtmlConverter over saved pages (pages per second)
//   make-pages FOLDER OUT  saved news pages built from the article files, with navigation, ads, scripts and related lists
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsReader.Parsing;
using NewsReader.Web.Data;
using NewsReader.Web.Data.Sqlite;
using NewsReader.Web.Importing.Formats;
using NewsReader.Web.Search;

var mode = args.ElementAtOrDefault(0);
switch (mode)
{
    case "baseline": return await Baseline(args[1], args[2]);
    case "baseline-per-file": return await Baseline(args[1], args[2], commitEachFile: true);
    case "html": return Html(args[1]);
    case "make-pages": return MakePages(args[1], args[2]);
    case "profile": return await Profile(args[1], args[2]);
    default:
        Console.Error.WriteLine("usage: baseline FOLDER DB | baseline-per-file FOLDER DB | profile FOLDER DB | html FOLDER | make-pages FOLDER OUT");
        return 2;
}

static List<string> Files(string folder, string pattern) =>
    Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith("README", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).ToList();

// With commitEachFile, the same inserts commit after every file: what one durable transaction per article costs on its own.
static async Task<int> Baseline(string folder, string database, bool commitEachFile = false)
{
    var connectionString = $"Data Source={database}";
    await using (var db = new SqliteNewsReaderDb(new DbContextOptionsBuilder<SqliteNewsReaderDb>().UseSqlite(connectionString).Options))
    {
        Database.Migrate(db);
        await new SqliteSearchIndex(Microsoft.Extensions.Logging.Abstractions.NullLogger<SqliteSearchIndex>.Instance).EnsureCreatedAsync(db);
    }
    var files = Files(folder, "*.txt");
    var clock = Stopwatch.StartNew();
    await using var connection = new SqliteConnection(connectionString);
    await connection.OpenAsync();
    using (var pragma = connection.CreateCommand()) { pragma.CommandText = "PRAGMA synchronous=NORMAL;"; pragma.ExecuteNonQuery(); }
    var transaction = connection.BeginTransaction();
    await using var article = connection.CreateCommand();
    article.CommandText = "INSERT OR IGNORE INTO Articles (Slug, Sha256, Text, ParserVersion, Format, ImportedUtc, Headline, Language, QuoteCount, WordCount, SortKey, IsRead, IsStarred) " +
        "VALUES ($slug, $sha, $text, 0, 'text', $now, $headline, 'en', 0, 0, $now, 0, 0) RETURNING Id";
    var slug = article.Parameters.Add("$slug", SqliteType.Text);
    var sha = article.Parameters.Add("$sha", SqliteType.Text);
    var text = article.Parameters.Add("$text", SqliteType.Text);
    var headline = article.Parameters.Add("$headline", SqliteType.Text);
    article.Parameters.AddWithValue("$now", DateTime.UtcNow);
    await using var search = connection.CreateCommand();
    search.CommandText = "INSERT INTO ArticleSearch (rowid, headline, body) VALUES ($id, $headline, $text)";
    var id = search.Parameters.Add("$id", SqliteType.Integer);
    var searchHeadline = search.Parameters.Add("$headline", SqliteType.Text);
    var searchText = search.Parameters.Add("$text", SqliteType.Text);
    var n = 0;
    foreach (var file in files)
    {
        n++;
        var content = TextNormalizer.Normalize(Encoding.UTF8.GetString(await File.ReadAllBytesAsync(file)));
        var first = content.AsSpan().TrimStart();
        var line = first[..Math.Max(0, first.IndexOf('\n') is var nl && nl >= 0 ? nl : first.Length)].ToString();
        slug.Value = "bulk-" + n;
        sha.Value = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
        text.Value = content;
        headline.Value = line;
        if (await article.ExecuteScalarAsync() is not long rowId) continue; // the same text again: stored once
        id.Value = rowId;
        searchHeadline.Value = line;
        searchText.Value = content;
        await search.ExecuteNonQueryAsync();
        if (commitEachFile) { await transaction.CommitAsync(); article.Transaction = search.Transaction = transaction = connection.BeginTransaction(); }
    }
    await transaction.CommitAsync();
    var seconds = clock.Elapsed.TotalSeconds;
    Console.WriteLine($"bare {(commitEachFile ? "insert, one commit per file" : "bulk insert")}: {n} files in {seconds:0.00} s = {n / seconds:0} files/s");
    return 0;
}

// Where an import's time goes: decoding and parsing alone, then the whole importer (parse, store, index).
static async Task<int> Profile(string folder, string database)
{
    var files = Files(folder, "*.txt").Select(File.ReadAllBytes).ToList();
    var clock = Stopwatch.StartNew();
    foreach (var bytes in files) ArticleParser.Parse(TextNormalizer.Normalize(NewsReader.Web.Importing.TextDecoder.Decode(bytes).Text!));
    Console.WriteLine($"decode + parse only: {files.Count / clock.Elapsed.TotalSeconds:0} files/s");

    var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
    Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton(services, TimeProvider.System);
    Microsoft.Extensions.DependencyInjection.LoggingServiceCollectionExtensions.AddLogging(services);
    Microsoft.Extensions.DependencyInjection.MemoryCacheServiceCollectionExtensions.AddMemoryCache(services, o => o.SizeLimit = 10_000);
    Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<NewsReader.Web.Reading.LibraryCache>(services);
    Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<NewsReader.Web.Reading.ILibraryVersion, SqliteLibraryVersion>(services);
    Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<ISearchIndex, SqliteSearchIndex>(services);
    Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddScoped<NewsReader.Web.Importing.Importer>(services);
    Microsoft.Extensions.DependencyInjection.OptionsServiceCollectionExtensions.AddOptions<NewsReader.Web.ReaderOptions>(services);
    Microsoft.Extensions.DependencyInjection.EntityFrameworkServiceCollectionExtensions.AddDbContext<NewsReaderDb, SqliteNewsReaderDb>(services,
        o => o.UseSqlite(SqliteStorage.ResolveConnectionString($"Data Source={database}", Directory.GetCurrentDirectory())).AddInterceptors(new SqlitePragmas()));
    await using var provider = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services);
    using (var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(provider))
    {
        var db = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<NewsReaderDb>(scope.ServiceProvider);
        Database.Migrate(db);
        await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<ISearchIndex>(scope.ServiceProvider).EnsureCreatedAsync(db);
    }
    clock.Restart();
    using (var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(provider))
    {
        var importer = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<NewsReader.Web.Importing.Importer>(scope.ServiceProvider);
        var inputs = files.Select((bytes, i) => NewsReader.Web.Importing.ImportInput.FromStream($"f{i}.txt", new MemoryStream(bytes)));
        await importer.ImportManyAsync(inputs, (_, _) => ValueTask.CompletedTask);
    }
    Console.WriteLine($"importer (no start-up): {files.Count / clock.Elapsed.TotalSeconds:0} files/s");
    return 0;
}

static int Html(string folder)
{
    var pages = Files(folder, "*.html").Select(File.ReadAllText).ToList();
    // Five passes over the pages, the first of them warming the JIT up; the best of the other four is the rate.
    var best = double.MaxValue;
    var paragraphs = 0;
    for (var pass = 0; pass < 5; pass++)
    {
        var clock = Stopwatch.StartNew();
        paragraphs = 0;
        foreach (var page in pages) paragraphs += HtmlConverter.Convert(page).Blocks.Count;
        if (pass > 0) best = Math.Min(best, clock.Elapsed.TotalSeconds);
    }
    Console.WriteLine($"NewsReader HtmlConverter: {pages.Count} pages in {best:0.00} s = {pages.Count / best:0} pages/s, the best of 4 passes after one to warm up ({paragraphs} blocks)");
    return 0;
}

static int MakePages(string folder, string output)
{
    Directory.CreateDirectory(output);
    var n = 0;
    foreach (var file in Files(folder, "*.txt"))
    {
        var lines = File.ReadAllLines(file).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Count < 2) continue;
        string E(string s) => System.Net.WebUtility.HtmlEncode(s);
        var body = new StringBuilder();
        for (var i = 1; i < lines.Count; i++)
        {
            body.Append("<p>").Append(E(lines[i])).Append("</p>\n");
            if (i == 3) body.Append("<div class=\"ad-slot\"><p>Advertisement</p><script>loadAd('mid')</script></div>\n");
            if (i == 5) body.Append("<aside class=\"related-links\"><h3>Read more</h3><ul><li><a href=\"/a\">Another story</a></li><li><a href=\"/b\">More news</a></li></ul></aside>\n");
        }
        var page = $$"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{E(lines[0])}} - Example News</title>
            <meta property="og:title" content="{{E(lines[0])}}"><meta property="og:site_name" content="Example News">
            <meta property="article:published_time" content="2005-03-0{{n % 9 + 1}}T10:00:00+00:00"><meta name="author" content="Staff Reporter">
            <link rel="stylesheet" href="/site.css"><script src="/analytics.js"></script>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"{{E(lines[0]).Replace("\"", "'")}}","datePublished":"2005-03-01"}</script>
            </head><body>
            <header class="masthead"><a href="/">Example News</a><nav><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
            <div class="cookie-banner"><p>We use cookies.</p><button>Accept</button></div>
            <main><article><h1>{{E(lines[0])}}</h1><p class="byline">By <a rel="author" href="/staff">Staff Reporter</a></p>
            <figure><img src="/photo.jpg" alt=""><figcaption>A photo for the story. <span class="credit">Example News</span></figcaption></figure>
            <div class="share-tools"><a href="#">Share</a><a href="#">Tweet</a></div>
            {{body}}
            </article></main>
            <section class="most-popular"><h2>Most popular</h2><ol><li>One</li><li>Two</li></ol></section>
            <footer><p>Copyright Example News</p><script>trackPage()</script></footer></body></html>
            """;
        File.WriteAllText(Path.Combine(output, $"page-{n++:D5}.html"), page);
    }
    Console.WriteLine($"wrote {n} pages to {output}");
    return 0;
}
