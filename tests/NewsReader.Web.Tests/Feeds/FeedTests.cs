using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using NewsReader.Web.Feeds;

namespace NewsReader.Web.Tests.Feeds;

/// <summary>The Atom feeds, read back with System.ServiceModel.Syndication: entries, links, filters, paging and validators.</summary>
public abstract class FeedTests : IAsyncLifetime
{
    private readonly NewsReaderFactory factory;
    private string seedSlug = "";

    protected FeedTests(NewsReaderFactory factory) => this.factory = factory;

    public async Task InitializeAsync()
    {
        seedSlug = (await factory.ImportSeedAsync()).Slug!;
        await factory.ImportAsync("english.txt", TestFiles.EnglishArticle);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    internal static async Task<SyndicationFeed> LoadAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        var feed = SyndicationFeed.Load(reader);
        Assert.StartsWith("urn:uuid:", feed.Id, StringComparison.Ordinal);
        Assert.All(feed.Items, item => Assert.StartsWith("urn:uuid:", item.Id, StringComparison.Ordinal));
        return feed;
    }

    internal static Uri? Link(SyndicationFeed feed, string relation) => feed.Links.FirstOrDefault(l => l.RelationshipType == relation)?.Uri;

    [SkippableFact]
    public async Task TheLibraryFeedHasTheNewestArticlesWithAbsoluteLinksAndSummaries()
    {
        var feed = await LoadAsync(factory.CreateClient(), "/feeds/library.atom");
        var expected = factory.Query(db => db.Articles.OrderByDescending(a => a.SortKey).ThenByDescending(a => a.Id).Select(a => a.Slug).ToList());
        Assert.Equal(expected.Select(s => $"http://localhost/articles/{s}"), feed.Items.Select(i => i.Links.Single(l => l.RelationshipType == "alternate").Uri.ToString()));
        var seed = feed.Items.Single(i => i.Links[0].Uri.AbsolutePath == $"/articles/{seedSlug}");
        Assert.Equal("Putin Tiba-Tiba Telpon Kim Jong Un Sebelum Ketemu Trump, Ada Apa?", seed.Title.Text);
        Assert.Equal("Tommy Patrio Sorongan", Assert.Single(seed.Authors).Name);
        Assert.StartsWith("Presiden Rusia Vladimir Putin", ((TextSyndicationContent)seed.Summary).Text, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2025, 8, 13, 7, 11, 0, TimeSpan.Zero), seed.PublishDate);
        Assert.Equal("http://localhost/feeds/library.atom", Link(feed, "self")!.ToString());
        Assert.Null(Link(feed, "next"));
    }

    [SkippableFact]
    public async Task ASectionOrOutletFeedHoldsOnlyItsArticles()
    {
        var client = factory.CreateClient();
        var section = await LoadAsync(client, "/feeds/library.atom?section=Markets");
        Assert.Equal("Central bank holds rates as inflation cools", Assert.Single(section.Items).Title.Text);
        Assert.Contains("section Markets", section.Title.Text, StringComparison.Ordinal);
        Assert.Equal("http://localhost/?section=Markets", Link(section, "alternate")!.ToString());
        var outlet = await LoadAsync(client, "/feeds/library.atom?outlet=CNBC%20Indonesia");
        Assert.Equal($"/articles/{seedSlug}", Assert.Single(outlet.Items).Links[0].Uri.AbsolutePath);
    }

    [SkippableFact]
    public async Task AMatchingETagOrAnUnchangedDateGives304()
    {
        var client = factory.CreateClient();
        foreach (var url in (string[])["/feeds/library.atom", "/speakers/yang-moo-jin.atom"])
        {
            var first = await client.GetAsync(url);
            Assert.NotNull(first.Headers.ETag);
            Assert.NotNull(first.Content.Headers.LastModified);
            var byTag = new HttpRequestMessage(HttpMethod.Get, url);
            byTag.Headers.IfNoneMatch.Add(first.Headers.ETag);
            Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(byTag)).StatusCode);
            var byDate = new HttpRequestMessage(HttpMethod.Get, url);
            byDate.Headers.IfModifiedSince = first.Content.Headers.LastModified;
            Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(byDate)).StatusCode);
        }
    }

    [SkippableFact]
    public async Task ASpeakerFeedHasOneEntryPerQuoteLinkedToItsPlace()
    {
        var feed = await LoadAsync(factory.CreateClient(), "/speakers/yang-moo-jin.atom");
        Assert.Equal(2, feed.Items.Count());
        Assert.All(feed.Items, item =>
        {
            var link = item.Links.Single();
            Assert.Matches($"^http://localhost/articles/{seedSlug}#quote-\\d+$", link.Uri.ToString());
            Assert.Equal("Putin Tiba-Tiba Telpon Kim Jong Un Sebelum Ketemu Trump, Ada Apa?", link.Title);
            Assert.Equal("Yang Moo Jin", item.Authors.Single().Name);
            Assert.Contains(((TextSyndicationContent)item.Content).Text[..20], item.Title.Text, StringComparison.Ordinal);
        });
    }

    [SkippableTheory]
    [InlineData("/speakers/no-such-person.atom")]
    [InlineData("/speakers/yang-moo-jin.atom?page=2")]
    [InlineData("/speakers/yang-moo-jin.atom?page=0")]
    public async Task AnUnknownSpeakerOrPageIs404(string url) =>
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(url)).StatusCode);

    [SkippableFact]
    public async Task PagesLinkTheirFeeds()
    {
        var client = factory.CreateClient();
        foreach (var (page, feed) in new[]
        {
            ("/", "/feeds/library.atom"),
            ("/?section=Markets", "/feeds/library.atom?section=Markets"),
            ("/?outlet=CNBC%20Indonesia&unread=true", "/feeds/library.atom?outlet=CNBC%20Indonesia&unread=true"),
            ("/speakers/yang-moo-jin", "/speakers/yang-moo-jin.atom"),
        })
        {
            var document = await factory.GetDocumentAsync(client, page);
            var link = document.Head!.QuerySelector("link[rel=alternate][type='application/atom+xml']");
            Assert.NotNull(link);
            Assert.Equal(feed, link.GetAttribute("href"));
            Assert.False(string.IsNullOrEmpty(link.GetAttribute("title")));
            Assert.Contains(document.QuerySelectorAll("main a[type='application/atom+xml']"), a => a.GetAttribute("href") == feed && a.TextContent == "Feed");
            await LoadAsync(client, feed);
        }
    }

    [SkippableFact]
    public async Task ControlCharactersInAnArticleAreLeftOutOfTheFeed()
    {
        await factory.ImportAsync("control.txt", "Kontrol\u0001 Judul dengan\u0008 karakter aneh\n\n\"Kutipan \u0008 dengan kontrol di dalamnya,\" kata Budi Santoso di Jakarta.\n");
        var feed = await LoadAsync(factory.CreateClient(), "/feeds/library.atom");
        Assert.Contains(feed.Items, i => i.Title.Text.StartsWith("Kontrol", StringComparison.Ordinal));
        await LoadAsync(factory.CreateClient(), "/speakers/budi-santoso.atom");
    }

    [SkippableFact]
    public void TextIsCleanedOfWhatXmlCannotHold()
    {
        // Written here rather than as theory data, which cannot carry unpaired surrogates.
        Assert.Equal("plain text", AtomFeeds.Xml("plain text"));
        Assert.Equal("abcd", AtomFeeds.Xml("a\u0001b\u0008c\u001Fd"));
        Assert.Equal("xy", AtomFeeds.Xml("x\uFFFE\uFFFFy"));
        Assert.Equal("lone  high, lone  low", AtomFeeds.Xml("lone \uD800 high, lone \uDC00 low"));
        Assert.Equal("end", AtomFeeds.Xml("end\uD800"));
        Assert.Equal("pair \uD83D\uDE00 kept, tab\tand newline\n kept", AtomFeeds.Xml("pair \uD83D\uDE00 kept, tab\tand newline\n kept"));
    }
}

public sealed class FeedTestsOnSqlite(NewsReaderFactory factory) : FeedTests(factory), IClassFixture<NewsReaderFactory>;
public sealed class FeedTestsOnPostgres(NewsReaderFactoryOnPostgres factory) : FeedTests(factory), IClassFixture<NewsReaderFactoryOnPostgres>;

/// <summary>A speaker quoted hundreds of times: the feed is paged, and following next links reads every quote once.</summary>
public abstract class SpeakerFeedPagingTests(NewsReaderFactory factory)
{
    private const int Articles = 64;
    private const int QuotesPerArticle = 5;

    [SkippableFact]
    public async Task HundredsOfQuotesArePagedByNextLinks()
    {
        for (var i = 0; i < Articles; i++)
        {
            var paragraphs = Enumerable.Range(1, QuotesPerArticle).Select(k =>
                $"\"Target nomor {i}-{k} untuk anggaran negara tetap kami jaga dengan hati-hati,\" kata Sri Mulyani Indrawati di Jakarta, Senin (4/8/2025).");
            await factory.ImportAsync($"apbn-{i}.txt",
                $"Menkeu Bicara Soal Anggaran Bagian {i}\n\nJakarta, CNBC Indonesia - Menteri Keuangan membahas anggaran bagian {i}.\n\n" +
                string.Join("\n\n", paragraphs) + "\n");
        }
        var client = factory.CreateClient();
        var entries = new List<SyndicationItem>();
        var pages = 0;
        Uri? next = new("http://localhost/speakers/sri-mulyani-indrawati.atom");
        SyndicationFeed? feed = null;
        while (next is not null && pages < 20)
        {
            feed = await FeedTests.LoadAsync(client, next.PathAndQuery);
            Assert.InRange(feed.Items.Count(), 1, 50);
            entries.AddRange(feed.Items);
            Assert.Equal("http://localhost/speakers/sri-mulyani-indrawati.atom", FeedTests.Link(feed, "first")!.ToString());
            next = FeedTests.Link(feed, "next");
            pages++;
        }
        Assert.Equal(Articles * QuotesPerArticle, entries.Count);
        Assert.Equal((Articles * QuotesPerArticle + 49) / 50, pages);
        Assert.Equal(FeedTests.Link(feed!, "self"), FeedTests.Link(feed!, "last"));
        Assert.Equal(entries.Count, entries.Select(e => e.Id).Distinct().Count());
        Assert.All(entries, e => Assert.Matches("^http://localhost/articles/[a-z0-9-]+#quote-[1-5]$", e.Links.Single().Uri.ToString()));
        // Newest articles first, as on the speaker page.
        var dates = entries.Select(e => e.PublishDate).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
    }
}

public sealed class SpeakerFeedPagingTestsOnSqlite(NewsReaderFactory factory) : SpeakerFeedPagingTests(factory), IClassFixture<NewsReaderFactory>;
public sealed class SpeakerFeedPagingTestsOnPostgres(NewsReaderFactoryOnPostgres factory) : SpeakerFeedPagingTests(factory), IClassFixture<NewsReaderFactoryOnPostgres>;
