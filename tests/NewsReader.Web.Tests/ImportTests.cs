using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Importing;

namespace NewsReader.Web.Tests;

/// <summary>A library with small limits, so that the limits can be tested with small files.</summary>
public class SmallLimitsFactory : NewsReaderFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("Reader:MaxFileBytes", "16384"),
        new("Reader:MaxZipUncompressedBytes", "40000"),
    ];
}

/// <summary>The same app on PostgreSQL.</summary>
public sealed class SmallLimitsFactoryOnPostgres : SmallLimitsFactory, IOnPostgres;

internal static class ImportFixture
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "ImportFixtures", name);
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path(name));
}

public abstract class BadInputTests
{
    private readonly SmallLimitsFactory factory;

    protected BadInputTests(SmallLimitsFactory factory) => this.factory = factory;

    [SkippableTheory]
    [InlineData("bad/empty.txt", "empty")]
    [InlineData("bad/whitespace.txt", "empty")]
    [InlineData("bad/nul-bytes.txt", "binary")]
    [InlineData("bad/control-characters.txt", "binary")]
    [InlineData("bad/too-large.txt", "larger than the 16 KB limit")]
    [InlineData("bad/no-headline.txt", "no headline")]
    [InlineData("bad/article.pdf", "unsupported file type '.pdf'")]
    [InlineData("bad/article.docx", "unsupported file type '.docx'")]
    public async Task BadFileIsRejectedWithItsNameAndReasonAndNothingIsStored(string fixture, string reason)
    {
        var before = factory.CountArticles();
        var name = Path.GetFileName(fixture);
        var result = Assert.Single(await factory.ImportBytesAsync(name, ImportFixture.Bytes(fixture)));
        Assert.Equal(ImportStatus.Rejected, result.Status);
        Assert.Equal(name, result.FileName);
        Assert.Contains(reason, result.Reason);
        Assert.Equal(before, factory.CountArticles());
    }

    [SkippableFact]
    public async Task OneBadFileNeverStopsTheRestOfABatch()
    {
        var client = factory.CreateClient();
        using var content = new MultipartFormDataContent
        {
            { new ByteArrayContent(ImportFixture.Bytes("bad/nul-bytes.txt")), "files", "nul-bytes.txt" },
            { new ByteArrayContent(ImportFixture.Bytes("good.txt")), "files", "good.txt" },
            { new ByteArrayContent(ImportFixture.Bytes("bad/empty.txt")), "files", "empty.txt" },
        };
        content.Headers.Add(ImportApi.ClientHeader, "tests");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/import") { Content = content };
        request.Headers.Add(ImportApi.ClientHeader, "tests");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["rejected", "imported", "rejected"], results.Select(r => r.GetProperty("status").GetString()));
        Assert.Equal("good.txt", results[1].GetProperty("file").GetString());
        Assert.StartsWith("/articles/harga-kopi-naik", results[1].GetProperty("url").GetString());
    }

    [SkippableFact]
    public async Task ApiRefusesRequestsWithoutTheClientHeader()
    {
        using var content = new MultipartFormDataContent { { new ByteArrayContent(ImportFixture.Bytes("good.txt")), "files", "good.txt" } };
        var response = await factory.CreateClient().PostAsync("/api/import", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [SkippableFact]
    public async Task EncodingsAreReadAndNormalisedBeforeHashing()
    {
        var first = Assert.Single(await factory.ImportBytesAsync("utf8-bom.txt", ImportFixture.Bytes("encodings-utf8-bom.txt")));
        Assert.True(first.Status is ImportStatus.Imported or ImportStatus.Unchanged);
        foreach (var name in new[] { "encodings-utf16le.txt", "encodings-utf16be.txt", "encodings-crlf-nfd.txt" })
        {
            var result = Assert.Single(await factory.ImportBytesAsync(name, ImportFixture.Bytes(name)));
            Assert.Equal(ImportStatus.Unchanged, result.Status);
            Assert.Equal(first.Slug, result.Slug);
        }
        var stored = factory.Query(db => db.Articles.Single(a => a.Slug == first.Slug));
        Assert.Contains("Kopí", stored.Text);
        Assert.DoesNotContain('\r', stored.Text);
        Assert.Equal(Importer.Sha256(stored.Text), stored.Sha256);

        var legacy = Assert.Single(await factory.ImportBytesAsync("cp1252.txt", ImportFixture.Bytes("encodings-windows1252.txt")));
        Assert.Equal(ImportStatus.Imported, legacy.Status);
        Assert.Contains("Windows-1252", legacy.Reason);
        Assert.Contains("Harga\u201C", factory.Query(db => db.Articles.Single(a => a.Slug == legacy.Slug).Text));
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var memory = new MemoryStream();
        using (var archive = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
                using var stream = entry.Open();
                stream.Write(content);
            }
        }
        return memory.ToArray();
    }

    [SkippableFact]
    public async Task ZipEntriesAreImportedOneByOneAndUnsafePathsAreRefused()
    {
        var article = ImportFixture.Bytes("good.txt");
        var other = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(article).Replace("Kopi", "Teh", StringComparison.Ordinal));
        var zip = Zip(("folder/teh.txt", other), ("../../etc/evil.txt", article), ("/absolute.txt", article), ("notes.pdf", [1, 2]), ("folder/empty.txt", []));
        var results = await factory.ImportBytesAsync("batch.zip", zip);

        Assert.Equal(5, results.Count);
        Assert.Equal("batch.zip/folder/teh.txt", results[0].FileName);
        Assert.True(results[0].Status is ImportStatus.Imported or ImportStatus.Unchanged);
        Assert.Contains("zip-slip", results[1].Reason);
        Assert.Contains("zip-slip", results[2].Reason);
        Assert.Contains("unsupported file type", results[3].Reason);
        Assert.Contains("empty", results[4].Reason);
        Assert.False(File.Exists(Path.Combine(Path.GetTempPath(), "..", "etc", "evil.txt")) && File.ReadAllBytes(Path.Combine(Path.GetTempPath(), "..", "etc", "evil.txt")).SequenceEqual(article));
    }

    [SkippableFact]
    public async Task ZipBombIsStoppedAtTheUncompressedLimit()
    {
        var zeros = new byte[15000]; // compresses to a few bytes each
        var zip = Zip(("a.txt", zeros), ("b.txt", zeros), ("c.txt", zeros), ("d.txt", zeros));
        var results = await factory.ImportBytesAsync("bomb.zip", zip);
        Assert.Contains(results, r => r.Reason?.Contains("zip bomb") == true);
        Assert.True(results.Count <= 3);
    }

    [SkippableFact]
    public async Task NotAZipIsRejected()
    {
        var result = Assert.Single(await factory.ImportBytesAsync("broken.zip", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]));
        Assert.Equal(ImportStatus.Rejected, result.Status);
        Assert.Contains("not a readable .zip", result.Reason);
    }
}

public sealed class BadInputTestsOnSqlite(SmallLimitsFactory factory) : BadInputTests(factory), IClassFixture<SmallLimitsFactory>;
public sealed class BadInputTestsOnPostgres(SmallLimitsFactoryOnPostgres factory) : BadInputTests(factory), IClassFixture<SmallLimitsFactoryOnPostgres>;

public abstract class HistoryTests
{
    private readonly NewsReaderFactory factory;

    protected HistoryTests(NewsReaderFactory factory) => this.factory = factory;

    [SkippableFact]
    public async Task AChangedVersionUpdatesTheArticleAndKeepsThePreviousTextAsARevision()
    {
        var original = await factory.ImportSeedAsync();
        var changed = TestFiles.SeedText.Replace("Trump berupaya menjadi perantara", "Trump berusaha menjadi perantara", StringComparison.Ordinal);
        var result = await factory.ImportAsync("seed-corrected.txt", changed);

        Assert.Equal(ImportStatus.Updated, result.Status);
        Assert.Equal(original.Slug, result.Slug);
        var revisions = factory.Query(db => db.Revisions.ToList());
        var revision = Assert.Single(revisions);
        Assert.Equal(TestFiles.SeedText, revision.Text);
        Assert.Contains("berusaha", factory.Query(db => db.Articles.Single(a => a.Slug == original.Slug).Text));

        var client = factory.CreateClient();
        var page = await factory.GetDocumentAsync(client, $"/articles/{original.Slug}");
        var link = page.QuerySelector("details.revisions a")!.GetAttribute("href")!;
        var earlier = await factory.GetDocumentAsync(client, link);
        Assert.Contains("earlier version", earlier.QuerySelector(".notice")!.TextContent);
        Assert.Contains("berupaya", earlier.QuerySelector(".article-body")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/articles/{original.Slug}?revision=999999")).StatusCode);

        var again = await factory.ImportAsync("seed-corrected-again.txt", changed);
        Assert.Equal(ImportStatus.Unchanged, again.Status);
        Assert.Single(factory.Query(db => db.Revisions.ToList()));
    }

    [SkippableFact]
    public async Task ReparseRebuildsDerivedRowsAndSaysHowManyChanged()
    {
        var seed = await factory.ImportSeedAsync();
        await factory.QueryAsync(db => db.Quotes.Where(q => q.Article!.Slug == seed.Slug).ExecuteDeleteAsync());
        await factory.QueryAsync(db => db.Articles.Where(a => a.Slug == seed.Slug).ExecuteUpdateAsync(s => s.SetProperty(a => a.Headline, "stale")));
        var output = new StringWriter();
        var code = await NewsReader.Web.Cli.CommandLine.RunAsync(factory.Services, ["reparse"], output, new StringWriter());
        Assert.Equal(0, code);
        Assert.Matches(@"re-parsed \d+ articles: [1-9]\d* changed", output.ToString());
        var stored = factory.Query(db => db.Articles.Include(a => a.Quotes).Single(a => a.Slug == seed.Slug));
        Assert.Equal("Putin Tiba-Tiba Telpon Kim Jong Un Sebelum Ketemu Trump, Ada Apa?", stored.Headline);
        Assert.Equal(3, stored.Quotes.Count);
        var search = await factory.GetDocumentAsync(factory.CreateClient(), "/search?q=limpahan");
        Assert.Single(search.QuerySelectorAll(".search-result"));
    }
}

public sealed class HistoryTestsOnSqlite(NewsReaderFactory factory) : HistoryTests(factory), IClassFixture<NewsReaderFactory>;
public sealed class HistoryTestsOnPostgres(NewsReaderFactoryOnPostgres factory) : HistoryTests(factory), IClassFixture<NewsReaderFactoryOnPostgres>;

/// <summary>Versions of one article inside one archive (a library of its own: it makes a revision).</summary>
public abstract class ArchiveVersionTests(NewsReaderFactory factory)
{
    [SkippableFact]
    public async Task AnArticleAndItsChangedVersionInOneArchiveLeaveOneArticleFoundByItsNewWords()
    {
        // Both go in one commit group: the article is stored, then updated, and its search entry is the second text's.
        var first = TestFiles.EnglishArticle.Replace("widely anticipated", "widely anticipated by Zebraword", StringComparison.Ordinal);
        var second = TestFiles.EnglishArticle.Replace("widely anticipated", "widely anticipated by Quokkaword", StringComparison.Ordinal);
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in new[] { ("first.txt", first), ("second.txt", second) })
            {
                await using var entry = archive.CreateEntry(name).Open();
                await entry.WriteAsync(System.Text.Encoding.UTF8.GetBytes(text));
            }
        }
        var results = await factory.ImportBytesAsync("versions.zip", zip.ToArray());

        Assert.Equal([ImportStatus.Imported, ImportStatus.Updated], results.Select(r => r.Status));
        var client = factory.CreateClient();
        Assert.Single((await factory.GetDocumentAsync(client, "/search?q=Quokkaword")).QuerySelectorAll(".search-result"));
        Assert.Empty((await factory.GetDocumentAsync(client, "/search?q=Zebraword")).QuerySelectorAll(".search-result"));
    }
}

public sealed class ArchiveVersionTestsOnSqlite(NewsReaderFactory factory) : ArchiveVersionTests(factory), IClassFixture<NewsReaderFactory>;
public sealed class ArchiveVersionTestsOnPostgres(NewsReaderFactoryOnPostgres factory) : ArchiveVersionTests(factory), IClassFixture<NewsReaderFactoryOnPostgres>;
