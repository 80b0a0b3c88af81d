using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Web.Feeds;
using NewsReader.Web.Tests.Fetching;

namespace NewsReader.Web.Tests.Feeds;

/// <summary>The library's Feeds and Folders lists: each followed feed and folder with its articles, a link that filters by it and back.</summary>
public abstract class LibraryFeedFacetTests(LoopbackFetchFactory factory, FeedServer server)
{
    [SkippableFact]
    public async Task TheLibraryListsFeedsAndFoldersThatFilterIt()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var subscriptions = scope.ServiceProvider.GetRequiredService<Subscriptions>();
            var (asia, _) = await subscriptions.AddAsync(server.Url("/rss/facets"), "Asia wire", "News/Asia");
            var (gazette, _) = await subscriptions.AddAsync(server.Url("/json/facets"), "Gazette", "Elsewhere");
            await subscriptions.AddAsync(server.Url("/atom/facets"), "Never polled", null);
            await subscriptions.PollAsync(asia!);
            await subscriptions.PollAsync(gazette!);
        }
        var client = factory.CreateClient();
        var library = await factory.GetDocumentAsync(client, "/");

        // Feeds with articles, by folder then title, with their counts; a feed with none is not offered.
        var feeds = Facets(library, "Feeds");
        Assert.Equal(["Gazette 1", "Asia wire 2"], feeds.Select(a => Normalised(a.TextContent)));
        var folders = Facets(library, "Folders");
        Assert.Equal(["Elsewhere 1", "News 2", "News/Asia 2"], folders.Select(a => Normalised(a.TextContent)));

        // Following a feed's link filters the list to its articles and marks it; following it again clears the filter.
        var byFeed = await factory.GetDocumentAsync(client, feeds[1].GetAttribute("href")!);
        Assert.Equal(2, byFeed.QuerySelectorAll(".article-list > li").Length);
        Assert.Contains("2 of 3 articles match", byFeed.QuerySelector(".library-summary")!.TextContent);
        var current = Facets(byFeed, "Feeds").Single(a => a.GetAttribute("aria-current") == "true");
        Assert.StartsWith("Asia wire", current.TextContent.Trim());
        Assert.Equal(3, (await factory.GetDocumentAsync(client, current.GetAttribute("href")!)).QuerySelectorAll(".article-list > li").Length);

        // A folder takes its subfolders' feeds in; the other filters keep it (the form carries it as a hidden field).
        var byFolder = await factory.GetDocumentAsync(client, folders[1].GetAttribute("href")!);
        Assert.Equal(2, byFolder.QuerySelectorAll(".article-list > li").Length);
        Assert.Equal("News", byFolder.QuerySelector(".filter-form input[name=folder]")?.GetAttribute("value"));
    }

    private static List<IElement> Facets(IParentNode page, string heading) =>
        page.QuerySelectorAll(".facets h2").Single(h => h.TextContent == heading).NextElementSibling!.QuerySelectorAll("a").ToList();

    private static string Normalised(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

public sealed class LibraryFeedFacetTestsOnSqlite(LoopbackFetchFactory factory, FeedServer server) : LibraryFeedFacetTests(factory, server), IClassFixture<LoopbackFetchFactory>, IClassFixture<FeedServer>;
public sealed class LibraryFeedFacetTestsOnPostgres(LoopbackFetchFactoryOnPostgres factory, FeedServer server) : LibraryFeedFacetTests(factory, server), IClassFixture<LoopbackFetchFactoryOnPostgres>, IClassFixture<FeedServer>;
