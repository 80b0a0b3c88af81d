using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Web.Data;
using NewsReader.Web.Importing;
using NewsReader.Web.Operations;
using NewsReader.Web.Security;
using NewsReader.Web.Tests.Security;

namespace NewsReader.Web.Tests.Operations;

/// <summary><c>move-to</c>: a whole library copied between providers, checked by counts and content hashes, and served the same.</summary>
public sealed class LibraryMoveTests : IDisposable
{
    private readonly List<string> folders = [];
    private readonly List<IDisposable> owned = [];

    /// <summary>A library with something in every table: articles, a revision, quotes, authors, marks, a highlight with its note, a feed, keys, a token.</summary>
    private static async Task<(string Seed, string English)> FillAsync(NewsReaderFactory library)
    {
        var seed = (await library.ImportSeedAsync()).Slug!;
        var english = (await library.ImportAsync("english.txt", TestFiles.EnglishArticle)).Slug!;
        var changed = await library.ImportAsync("english-v2.txt", TestFiles.EnglishArticle.Replace("widely anticipated", "widely expected by markets"));
        Assert.Equal(ImportStatus.Updated, changed.Status);

        var client = library.CreateClient(new() { AllowAutoRedirect = false });
        var page = await library.GetDocumentAsync(client, $"/articles/{seed}");
        var token = Forms.Token(page, "form.article-actions");
        foreach (var handler in new[] { "star", "read" })
        {
            var marked = await client.PostAsync($"/articles/{seed}?handler={handler}", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
            Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        }
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync($"/api/articles/{english}/highlights", new { quote = 1, note = "catatan: inflasi" })).StatusCode);
        await library.QueryAsync(async db =>
        {
            var feed = new StoredFeed { Url = "https://example.com/feed.xml", Title = "Contoh", Folder = "News/Asia", AddedUtc = DateTime.UtcNow, NextPollUtc = DateTime.UtcNow.AddHours(1), ETag = "\"abc\"" };
            db.Feeds.Add(feed);
            await db.SaveChangesAsync();
            return await db.Articles.Where(a => a.Slug == english).ExecuteUpdateAsync(s => s.SetProperty(a => a.FeedId, feed.Id));
        });
        Assert.Equal(0, (await library.RunCommandAsync("create-token")).Code);
        Assert.True(library.Query(db => db.DataProtectionKeys.Any()), "the antiforgery tokens made a Data Protection key");
        return (seed, english);
    }

    private static Task<IReadOnlyList<LibraryTables.Digest>> DigestAsync(NewsReaderFactory library) =>
        library.QueryAsync(db => LibraryTables.DigestAsync(db));

    private static string AccessDigest(NewsReaderFactory library) =>
        LibraryMove.AccessDigest(library.Services.GetRequiredService<IAccessStateStorage>().Read());

    /// <summary>What a reader sees of an article: the article element's text, the quotes with their speakers, and its state through the API.</summary>
    private static async Task<string> ServedAsync(NewsReaderFactory library, string slug)
    {
        var client = library.CreateClient();
        var page = await library.GetDocumentAsync(client, $"/articles/{slug}");
        var quotes = page.QuerySelectorAll("q[data-quote]").Select(q => $"{q.GetAttribute("data-quote")}:{q.GetAttribute("data-speaker")}:{q.TextContent}");
        using var api = JsonDocument.Parse(await client.GetStringAsync($"/api/articles/{slug}"));
        var root = api.RootElement;
        var highlights = root.GetProperty("highlights").EnumerateArray().Select(h => $"{h.GetProperty("exact").GetString()}={h.GetProperty("note").GetString()}");
        return string.Join('\n', [page.QuerySelector("h1")!.TextContent, page.QuerySelector("article")!.TextContent, .. quotes,
            $"read={root.GetProperty("read")} starred={root.GetProperty("starred")}", .. highlights]);
    }

    private string NewFolder()
    {
        var folder = Directory.CreateTempSubdirectory("newsreader-move-").FullName;
        folders.Add(folder);
        return folder;
    }

    private T Own<T>(T disposable) where T : IDisposable
    {
        owned.Add(disposable);
        return disposable;
    }

    /// <summary>Moves <paramref name="from"/> into a new library of <typeparamref name="TFactory"/>'s provider and starts the app on it.</summary>
    private async Task<TFactory> MoveAsync<TFactory>(NewsReaderFactory from) where TFactory : NewsReaderFactory, new()
    {
        var folder = NewFolder();
        var target = Own(typeof(IOnPostgres).IsAssignableFrom(typeof(TFactory)) ? (TestDatabase)PostgresTestDatabase.Create() : new SqliteTestDatabase(folder));
        var argument = target is SqliteTestDatabase file ? file.FilePath : target.ConnectionString;
        var (code, output, error) = await from.RunCommandAsync("move-to", target.Provider.ToString(), argument);
        Assert.True(code == 0, $"move-to {target.Provider} exited {code}: {error}\n{output}");
        Assert.Contains("every table matches", output);
        Assert.DoesNotContain("DIFFERENT", output);
        return Own(NewsReaderFactory.On<TFactory>(target, folder));
    }

    private static async Task AssertSameLibraryAsync(NewsReaderFactory expected, NewsReaderFactory actual, params string[] slugs)
    {
        Assert.Equal(await DigestAsync(expected), await DigestAsync(actual));
        Assert.Equal(AccessDigest(expected), AccessDigest(actual));
        foreach (var slug in slugs) Assert.Equal(await ServedAsync(expected, slug), await ServedAsync(actual, slug));
        // The search index was rebuilt: the moved library finds the quote's speaker.
        var found = await actual.GetDocumentAsync(actual.CreateClient(), "/search?q=Warjiyo");
        Assert.Contains(found.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/articles/{slugs[1]}");
    }

    [SkippableFact]
    public async Task ALibraryMovedFromSqliteToPostgresAndBackHasTheSameTablesAndPagesAtEveryStep()
    {
        using var library = new NewsReaderFactory();
        var (seed, english) = await FillAsync(library);
        var digests = await DigestAsync(library);
        Assert.All(digests, d => Assert.True(d.Rows > 0, $"{d.Table} is empty: the test library should fill every table"));

        var onPostgres = await MoveAsync<NewsReaderFactoryOnPostgres>(library);
        await AssertSameLibraryAsync(library, onPostgres, seed, english);
        var back = await MoveAsync<NewsReaderFactory>(onPostgres);
        await AssertSameLibraryAsync(library, back, seed, english);
        Assert.Equal(digests, await DigestAsync(library)); // the library itself was only read

        // Ids were kept and PostgreSQL's identities follow them: a new article gets a new id, on both.
        foreach (var moved in new[] { onPostgres, back })
        {
            var result = await moved.ImportAsync("next.txt", Articles.Make(1, "Sesudah")[0].Text);
            Assert.Equal(ImportStatus.Imported, result.Status);
            Assert.Equal(3, moved.CountArticles());
        }
    }

    [Fact]
    public async Task ALibraryMovedToAnotherSqliteFileHasTheSameTablesAndPages()
    {
        using var library = new NewsReaderFactory();
        var (seed, english) = await FillAsync(library);
        var moved = await MoveAsync<NewsReaderFactory>(library);
        await AssertSameLibraryAsync(library, moved, seed, english);
    }

    [Fact]
    public async Task MovingIntoALibraryThatHoldsArticlesIsRefusedAndChangesNeitherSide()
    {
        using var library = new NewsReaderFactory();
        await FillAsync(library);
        var moved = await MoveAsync<NewsReaderFactory>(library);
        var before = await DigestAsync(moved);

        var (code, _, error) = await library.RunCommandAsync("move-to", "sqlite", ((SqliteTestDatabase)moved.Database).FilePath);

        Assert.Equal(1, code);
        Assert.Contains(((SqliteTestDatabase)moved.Database).FilePath, error);
        Assert.Contains("is not empty: it holds 2 articles", error);
        Assert.Equal(before, await DigestAsync(moved));
    }

    [SkippableFact]
    public async Task MovingIntoAPostgresLibraryThatHoldsArticlesIsRefused()
    {
        using var library = new NewsReaderFactory();
        await library.ImportSeedAsync();
        using var occupied = new NewsReaderFactoryOnPostgres();
        await occupied.ImportAsync("english.txt", TestFiles.EnglishArticle);
        var before = await DigestAsync(occupied);

        var (code, _, error) = await library.RunCommandAsync("move-to", "Postgres", occupied.ConnectionString);

        Assert.Equal(1, code);
        Assert.Matches(@"the PostgreSQL database nr_test_\w+ on .* is not empty: it holds 1 article\b", error);
        Assert.Equal(before, await DigestAsync(occupied));
    }

    [Fact]
    public async Task MovingIntoTheLibraryItselfIsRefused()
    {
        using var library = new NewsReaderFactory();
        await library.ImportSeedAsync();
        var (code, _, error) = await library.RunCommandAsync("move-to", "Sqlite", ((SqliteTestDatabase)library.Database).FilePath);
        Assert.Equal(1, code);
        Assert.Contains("is the library itself", error);
    }

    [Fact]
    public async Task ABadTargetIsNamedWithTheReasonAndNothingIsLost()
    {
        using var library = new NewsReaderFactory();
        await library.ImportSeedAsync();
        var before = await DigestAsync(library);
        var notADatabase = Path.Combine(NewFolder(), "notes.txt");
        await File.WriteAllTextAsync(notADatabase, "not a database");

        var cases = new (string[] Args, int Code, string Says)[]
        {
            (["Postgres", "Host=127.0.0.1;Port=1;Database=elsewhere;Username=nobody;Timeout=3"], 1, "the PostgreSQL database elsewhere on 127.0.0.1:1 cannot be used: Failed to connect"),
            (["Postgres", "this is not a connection string"], 2, "the Postgres connection string cannot be read"),
            (["Postgres", "Database=elsewhere"], 2, "no Host"),
            (["Sqlite", notADatabase], 1, $"the SQLite file {notADatabase} cannot be used: SQLite Error 26: 'file is not a database'"),
            (["Oracle", "Data Source=x"], 2, "'Oracle' is not a database provider; give Sqlite or Postgres"),
            (["Postgres"], 2, "give the provider and the connection of an empty library"),
        };
        foreach (var (args, expectedCode, says) in cases)
        {
            var (code, _, error) = await library.RunCommandAsync(["move-to", .. args]);
            Assert.True(code == expectedCode, $"move-to {string.Join(' ', args)} exited {code}: {error}");
            Assert.Contains(says, error);
            Assert.DoesNotMatch(@"(?m)^\s+at \S+\(", error); // a sentence, not a stack trace
            Assert.DoesNotContain("Exception", error);
        }
        Assert.Equal("not a database", await File.ReadAllTextAsync(notADatabase));
        Assert.Equal(before, await DigestAsync(library));
    }

    [Fact]
    public async Task AContentHashChangesWithOneValueOfItsTableOnly()
    {
        using var library = new NewsReaderFactory();
        await FillAsync(library);
        var before = await DigestAsync(library);
        await library.QueryAsync(db => db.Quotes.Where(q => q.Ordinal == 2).Take(1).ExecuteUpdateAsync(s => s.SetProperty(q => q.Cue, q => q.Cue + ".")));
        var after = await DigestAsync(library);

        Assert.Equal(before.Select(d => d.Rows), after.Select(d => d.Rows));
        Assert.Equal(["Quotes"], before.Zip(after).Where(p => p.First.Sha256 != p.Second.Sha256).Select(p => p.First.Table));
    }

    [Fact]
    public void DatesHashAsInstantsToTheMicrosecondWhateverKindTheProviderGives()
    {
        static string Hash(object value)
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            new LibraryTables.RowWriter(hash).Write(value);
            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        var instant = new DateTime(2025, 8, 13, 7, 11, 0, DateTimeKind.Utc).AddTicks(1234567);
        Assert.Equal(Hash(instant), Hash(DateTime.SpecifyKind(instant, DateTimeKind.Unspecified))); // SQLite's reading
        Assert.Equal(Hash(instant), Hash(instant.AddTicks(-7))); // PostgreSQL keeps microseconds
        Assert.Equal(Hash(instant), Hash(new DateTimeOffset(instant).ToOffset(TimeSpan.FromHours(7))));
        Assert.NotEqual(Hash(instant), Hash(instant.AddTicks(10)));
        Assert.NotEqual(Hash("1"), Hash(1L));
    }

    public void Dispose()
    {
        foreach (var disposable in Enumerable.Reverse(owned)) disposable.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var folder in folders)
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
