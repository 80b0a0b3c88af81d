using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Web.Importing;
using NewsReader.Web.Reading;

namespace NewsReader.Web.Tests.Security;

/// <summary>Two app instances on one library, as behind a load balancer: one browser's requests go to either.</summary>
public abstract class SeveralInstancesTests(PasswordFactory factory)
{
    [SkippableFact]
    public async Task ASignInAndAFormFromOneInstanceAreAcceptedByTheOther()
    {
        var slug = (await factory.ImportSeedAsync()).Slug!;
        using var other = (PasswordFactory)factory.SecondInstance();
        var cookies = new CookieContainer();
        var first = factory.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies));
        var second = other.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies));

        // The second instance knows the password is set, and the sign-in made through the first holds on it.
        Assert.True(Forms.IsSignInRedirect(await second.GetAsync("/import")));
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.SignInAsync(first, PasswordFactory.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/import")).StatusCode);

        // A form served by the second instance is posted to the first: its antiforgery token is good there.
        var page = await NewsReaderFactory.ParseAsync(await second.GetAsync($"/articles/{slug}"));
        var token = Forms.Token(page, "form.article-actions");
        var star = await first.PostAsync($"/articles/{slug}?handler=star", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Redirect, star.StatusCode);
        Assert.True(other.Query(db => db.Articles.Single(a => a.Slug == slug).IsStarred));

        // The keys that protect both are in the library, not in a folder of one machine.
        Assert.NotEmpty(factory.Query(db => db.DataProtectionKeys.Select(k => k.Xml).ToList()));
    }

    [SkippableFact]
    public async Task TheSameFilesImportedThroughBothInstancesAtOnceAreStoredOnce()
    {
        var files = Articles.Make(40, "Berdua");
        using var other = factory.SecondInstance();
        async Task<List<ImportResult>> ImportEach(NewsReaderFactory instance, IEnumerable<(string Name, string Text)> order)
        {
            var results = new List<ImportResult>();
            foreach (var (name, text) in order)
            {
                using var scope = instance.Services.CreateScope();
                results.Add(await scope.ServiceProvider.GetRequiredService<Importer>().ImportTextAsync(name, text));
            }
            return results;
        }

        _ = other.Services; // both instances are up before the race starts
        var results = (await Task.WhenAll(Task.Run(() => ImportEach(factory, files)), Task.Run(() => ImportEach(other, files)))).SelectMany(r => r).ToList();

        Assert.All(results, r => Assert.True(r.Status is ImportStatus.Imported or ImportStatus.Unchanged, $"{r.FileName}: {r.Status} {r.Reason}"));
        Assert.Equal(40, results.Count(r => r.Status == ImportStatus.Imported));
        Assert.Equal(40, other.Query(db => db.Articles.Count(a => a.Headline.Contains("Berdua"))));
        Articles.AssertWholeAndConsistent(factory);
    }
}

public sealed class SeveralInstancesTestsOnSqlite(PasswordFactory factory) : SeveralInstancesTests(factory), IClassFixture<PasswordFactory>;
public sealed class SeveralInstancesTestsOnPostgres(PasswordFactoryOnPostgres factory) : SeveralInstancesTests(factory), IClassFixture<PasswordFactoryOnPostgres>;

/// <summary>Cached pages across instances: on PostgreSQL the instances share a count of the library's changes.</summary>
public sealed class SharedLibraryVersionTests(NewsReaderFactoryOnPostgres factory) : IClassFixture<NewsReaderFactoryOnPostgres>
{
    [SkippableFact]
    public async Task AnArticleImportedThroughOneInstanceShowsOnTheOthersCachedLibraryPageWithinASecond()
    {
        await factory.ImportSeedAsync();
        using var other = factory.SecondInstance();
        var client = other.CreateClient();
        // The library page is now in the second instance's page cache.
        Assert.DoesNotContain("Central bank holds rates", await client.GetStringAsync("/"));

        await factory.ImportAsync("english.txt", TestFiles.EnglishArticle);
        await Task.Delay(LibraryCache.SharedCheckInterval + TimeSpan.FromMilliseconds(200));
        Assert.Contains("Central bank holds rates", await client.GetStringAsync("/"));
    }
}
