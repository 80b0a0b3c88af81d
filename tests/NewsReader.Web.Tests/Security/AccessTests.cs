using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Web.Data;
using NewsReader.Web.Data.Sqlite;
using NewsReader.Web.Security;

namespace NewsReader.Web.Tests.Security;

public abstract class OpenOnLoopbackTests
{
    private readonly NewsReaderFactory factory;

    protected OpenOnLoopbackTests(NewsReaderFactory factory) => this.factory = factory;

    [SkippableFact]
    public async Task WithoutAPasswordOnLoopbackEverythingStaysOpenAndNoSignInLinkIsShown()
    {
        Assert.False(factory.Services.GetRequiredService<AccessPolicy>().SignInRequired());
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var import = await client.GetAsync("/import");
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        var page = await NewsReaderFactory.ParseAsync(import);
        Assert.Null(page.QuerySelector("a[href='/account/signin']"));
        var response = await Forms.ApiImportAsync(client, "open.txt", TestFiles.SeedText.Replace("Putin Tiba-Tiba", "Putin Terbuka"), token: null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [SkippableFact]
    public async Task AForwardedRequestIsNotLocalAndNeedsASignInToChangeTheLibrary()
    {
        var slug = (await factory.ImportSeedAsync()).Slug!;
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var reader = await factory.GetDocumentAsync(client, $"/articles/{slug}");
        var token = Forms.Token(reader, "form.article-actions");
        var request = new HttpRequestMessage(HttpMethod.Post, $"/articles/{slug}?handler=star")
        {
            Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]),
        };
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        var response = await client.SendAsync(request);
        Assert.True(Forms.IsSignInRedirect(response), $"answered {response.StatusCode}");
        Assert.False(factory.Query(db => db.Articles.Single(a => a.Slug == slug).IsStarred));
    }

    [SkippableFact]
    public async Task EveryFormThatChangesSomethingCarriesAnAntiforgeryTokenAndIsRefusedWithoutOne()
    {
        var slug = (await factory.ImportSeedAsync()).Slug!;
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var url in new[] { "/import", $"/articles/{slug}", "/account/signout" })
        {
            var page = await factory.GetDocumentAsync(client, url);
            var forms = page.QuerySelectorAll("form").OfType<IHtmlFormElement>().Where(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.NotEmpty(forms);
            Assert.All(forms, f => Assert.NotNull(f.QuerySelector("input[name=__RequestVerificationToken]")));
        }
        foreach (var url in new[] { $"/articles/{slug}?handler=star", $"/articles/{slug}?handler=unread", "/account/signin", "/account/signout" })
        {
            var response = await client.PostAsync(url, new FormUrlEncodedContent([new("password", "x")]));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
    }

    [SkippableTheory]
    [InlineData("http://localhost:5272", true)]
    [InlineData("http://127.0.0.1:5000", true)]
    [InlineData("https://127.0.0.2:5001", true)]
    [InlineData("http://[::1]:5000", true)]
    [InlineData("http://[::]:80", false)]
    [InlineData("http://0.0.0.0:8080", false)]
    [InlineData("http://+:80", false)]
    [InlineData("http://*:80", false)]
    [InlineData("http://192.168.1.20:5000", false)]
    [InlineData("http://news.example.org", false)]
    [InlineData("http://unix:/run/newsreader.sock", false)]
    public void ListeningAddressesAreLoopbackOnlyWhenTheyNameLoopback(string address, bool loopback) =>
        Assert.Equal(loopback, AccessPolicy.IsLoopbackAddress(address));
}

public sealed class OpenOnLoopbackTestsOnSqlite(NewsReaderFactory factory) : OpenOnLoopbackTests(factory), IClassFixture<NewsReaderFactory>;
public sealed class OpenOnLoopbackTestsOnPostgres(NewsReaderFactoryOnPostgres factory) : OpenOnLoopbackTests(factory), IClassFixture<NewsReaderFactoryOnPostgres>;

public abstract class SignInTests
{
    private readonly PasswordFactory factory;

    protected SignInTests(PasswordFactory factory) => this.factory = factory;

    [SkippableFact]
    public async Task WithAPasswordTheUploadPageAndEveryWriteRedirectToSignInWhileReadingStaysOpen()
    {
        var slug = (await factory.ImportSeedAsync()).Slug!;
        var client = factory.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        var reader = await client.GetAsync($"/articles/{slug}");
        Assert.Equal(HttpStatusCode.OK, reader.StatusCode);
        var document = await NewsReaderFactory.ParseAsync(reader);
        Assert.NotNull(document.QuerySelector("a[href='/account/signin']"));

        var import = await client.GetAsync("/import");
        Assert.True(Forms.IsSignInRedirect(import));
        Assert.Equal("/account/signin?returnUrl=%2Fimport", import.Headers.Location!.OriginalString);

        var token = Forms.Token(document, "form.article-actions");
        // Another test of this class may have starred the article after signing in: the refused request changes nothing.
        var starred = factory.Query(db => db.Articles.Single(a => a.Slug == slug).IsStarred);
        var star = await client.PostAsync($"/articles/{slug}?handler=star", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.True(Forms.IsSignInRedirect(star), $"{star.StatusCode} {star.Headers.Location}");
        Assert.Equal($"/account/signin?returnUrl=%2Farticles%2F{slug}", star.Headers.Location!.OriginalString);
        Assert.Equal(starred, factory.Query(db => db.Articles.Single(a => a.Slug == slug).IsStarred));

        using var upload = new MultipartFormDataContent { { new ByteArrayContent("x"u8.ToArray()), "files", "a.txt" } };
        Assert.True(Forms.IsSignInRedirect(await client.PostAsync("/import", upload)));
    }

    [SkippableFact]
    public async Task SigningInWithTheRightPasswordSetsAStrictHttpOnlyCookieAndAllowsChanges()
    {
        var slug = (await factory.ImportSeedAsync()).Slug!;
        var client = factory.Client();
        var wrong = await Forms.SignInAsync(client, "not the password", $"/articles/{slug}");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("not right", (await NewsReaderFactory.ParseAsync(wrong)).QuerySelector("[role=alert]")!.TextContent);

        var right = await Forms.SignInAsync(client, PasswordFactory.Password, $"/articles/{slug}");
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal($"/articles/{slug}", right.Headers.Location!.OriginalString);
        var cookie = right.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(AccessControl.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", cookie.Replace("samesite", "", StringComparison.OrdinalIgnoreCase), StringComparison.OrdinalIgnoreCase);

        var reader = await NewsReaderFactory.ParseAsync(await client.GetAsync($"/articles/{slug}"));
        Assert.NotNull(reader.QuerySelector("form.signout-form"));
        var token = Forms.Token(reader, "form.article-actions");
        var star = await client.PostAsync($"/articles/{slug}?handler=star", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Redirect, star.StatusCode);
        Assert.True(factory.Query(db => db.Articles.Single(a => a.Slug == slug).IsStarred));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/import")).StatusCode);

        // Signing out ends it.
        var signOutToken = Forms.Token(await NewsReaderFactory.ParseAsync(await client.GetAsync("/import")), "form.signout-form");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync("/account/signout", new FormUrlEncodedContent([new("__RequestVerificationToken", signOutToken)]))).StatusCode);
        Assert.True(Forms.IsSignInRedirect(await client.GetAsync("/import")));
    }

    [SkippableFact]
    public async Task OverHttpsTheSignInCookieIsSecure()
    {
        var client = factory.Client("https://news.example.org");
        var right = await Forms.SignInAsync(client, PasswordFactory.Password);
        var cookie = right.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(AccessControl.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [SkippableFact]
    public async Task AnOffSiteReturnUrlIsIgnored()
    {
        var client = factory.Client();
        var right = await Forms.SignInAsync(client, PasswordFactory.Password, "https://evil.example/");
        Assert.Equal("/", right.Headers.Location!.OriginalString);
    }

    [SkippableFact]
    public async Task TheImportApiNeedsTheTokenWhichIsStoredOnlyAsAHash()
    {
        var client = factory.Client();
        var text = TestFiles.SeedText.Replace("Putin Tiba-Tiba", "Putin Lewat Token");
        var none = await Forms.ApiImportAsync(client, "token.txt", text, token: null);
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.StartsWith("Bearer", none.Headers.WwwAuthenticate.ToString());
        Assert.Contains("create-token", await none.Content.ReadAsStringAsync());

        var output = new StringWriter();
        Assert.Equal(0, await AccessCommands.CreateTokenAsync(factory.Services, output));
        var token = output.ToString().Split('\n')[0].Trim();
        Assert.StartsWith("nr_", token);
        Assert.DoesNotContain(token, factory.StoredAccess());

        Assert.Equal(HttpStatusCode.Unauthorized, (await Forms.ApiImportAsync(client, "token.txt", text, token + "x")).StatusCode);
        var ok = await Forms.ApiImportAsync(client, "token.txt", text, token);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Contains("\"imported\"", await ok.Content.ReadAsStringAsync());

        // The client header is still required.
        using var content = new MultipartFormDataContent { { new ByteArrayContent("x"u8.ToArray()), "files", "a.txt" } };
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/import") { Content = content };
        request.Headers.Authorization = new("Bearer", token);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(request)).StatusCode);

        await AccessCommands.RevokeTokenAsync(factory.Services, TextWriter.Null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Forms.ApiImportAsync(client, "token2.txt", text, token)).StatusCode);
    }
}

public sealed class SignInTestsOnSqlite(PasswordFactory factory) : SignInTests(factory), IClassFixture<PasswordFactory>;
public sealed class SignInTestsOnPostgres(PasswordFactoryOnPostgres factory) : SignInTests(factory), IClassFixture<PasswordFactoryOnPostgres>;

public abstract class PasswordCommandTests
{
    private readonly PasswordFactory factory;

    protected PasswordCommandTests(PasswordFactory factory) => this.factory = factory;

    private async Task<(int Code, string Output, string Error)> SetAsync(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await AccessCommands.SetPasswordAsync(factory.Services, args, new StringReader(stdin), interactive: false, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [SkippableFact]
    public async Task SetPasswordReadsStandardInputStoresOnlyAHashAndEndsEarlierSignIns()
    {
        var client = factory.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.SignInAsync(client, PasswordFactory.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/import")).StatusCode);

        var (code, output, _) = await SetAsync("a brand new passphrase\n");
        Assert.Equal(0, code);
        Assert.Contains("admin password set", output);
        var file = factory.StoredAccess();
        Assert.DoesNotContain("a brand new passphrase", file);
        Assert.Contains("passwordHash", file);
        if (!OperatingSystem.IsWindows() && factory.Provider == DatabaseProvider.Sqlite)
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(factory.Folder, AccessFile.FileName)));

        // The earlier sign-in has ended; the new password works, the old one does not.
        Assert.True(Forms.IsSignInRedirect(await client.GetAsync("/import")));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Forms.SignInAsync(client, PasswordFactory.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.SignInAsync(client, "a brand new passphrase")).StatusCode);
        factory.Store.SetPassword(PasswordFactory.Password);
    }

    [SkippableFact]
    public async Task APasswordOnTheCommandLineOrTooShortIsRefused()
    {
        var before = factory.StoredAccess();
        var argv = await SetAsync("", "hunter2hunter2");
        Assert.Equal(2, argv.Code);
        Assert.Contains("standard input", argv.Error);
        var shortOne = await SetAsync("short\n");
        Assert.Equal(1, shortOne.Code);
        Assert.Equal(before, factory.StoredAccess());
    }
}

public sealed class PasswordCommandTestsOnSqlite(PasswordFactory factory) : PasswordCommandTests(factory), IClassFixture<PasswordFactory>;
public sealed class PasswordCommandTestsOnPostgres(PasswordFactoryOnPostgres factory) : PasswordCommandTests(factory), IClassFixture<PasswordFactoryOnPostgres>;

public abstract class LockoutTests
{
    private readonly LockoutFactory factory;

    protected LockoutTests(LockoutFactory factory) => this.factory = factory;

    [SkippableFact]
    public async Task RepeatedFailuresLockTheAccountEvenAgainstTheRightPassword()
    {
        var client = factory.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await Forms.SignInAsync(client, "guess one")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Forms.SignInAsync(client, "guess two")).StatusCode);
        var third = await Forms.SignInAsync(client, "guess three");
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Contains("locked", (await NewsReaderFactory.ParseAsync(third)).QuerySelector("[role=alert]")!.TextContent);

        var right = await Forms.SignInAsync(client, PasswordFactory.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.NotNull(right.Headers.RetryAfter);
        Assert.NotNull(factory.Store.Read().LockedUntil);

        // set-password clears the lockout.
        factory.Store.SetPassword(PasswordFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.SignInAsync(client, PasswordFactory.Password)).StatusCode);
    }
}

public sealed class LockoutTestsOnSqlite(LockoutFactory factory) : LockoutTests(factory), IClassFixture<LockoutFactory>;
public sealed class LockoutTestsOnPostgres(LockoutFactoryOnPostgres factory) : LockoutTests(factory), IClassFixture<LockoutFactoryOnPostgres>;
