using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.Hosting;
using NewsReader.Web.Data.Sqlite;
using Npgsql;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Web.Data;
using NewsReader.Web.Importing;
using NewsReader.Web.Security;

namespace NewsReader.Web.Tests.Security;

/// <summary>The app with an admin password set before it starts (so sign-in is required), and generous rate limits.</summary>
public class PasswordFactory : NewsReaderFactory
{
    public const string Password = "correct horse battery staple";

    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Limits:SignInsPerMinute", "1000"), new("Limits:ImportsPerMinute", "1000")];

    /// <summary>
    /// Sets the password once the app (with its database) is up, before any request reaches it; a second instance on the
    /// same library finds it set.
    /// </summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        var store = host.Services.GetRequiredService<AccessStore>();
        if (!store.Read().HasPassword) store.SetPassword(Password);
        return host;
    }

    public AccessStore Store => Services.GetRequiredService<AccessStore>();

    /// <summary>The access state as it is stored: the text of <c>access.json</c>, or of the database's row.</summary>
    public string StoredAccess()
    {
        _ = Store; // starts the app
        if (Provider == DatabaseProvider.Sqlite) return File.ReadAllText(Path.Combine(Folder, AccessFile.FileName));
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("""SELECT "State"::text FROM "Access" """, connection);
        return (string)command.ExecuteScalar()!;
    }

    public HttpClient Client(string baseAddress = "http://localhost") =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri(baseAddress), HandleCookies = true });
}

/// <summary>The same app on PostgreSQL.</summary>
public sealed class PasswordFactoryOnPostgres : PasswordFactory, IOnPostgres;

/// <summary>Lockout after three failures.</summary>
public class LockoutFactory : PasswordFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [.. base.Settings, new("Access:MaxFailedSignIns", "3"), new("Access:LockoutMinutes", "15")];
}

/// <summary>The same app on PostgreSQL.</summary>
public sealed class LockoutFactoryOnPostgres : LockoutFactory, IOnPostgres;

internal static class Forms
{
    public static string Token(IHtmlDocument document, string formSelector) =>
        document.QuerySelector(formSelector)!.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;

    /// <summary>Signs in through the real form; returns the response to the POST.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string password, string returnUrl = "/")
    {
        var page = await NewsReaderFactory.ParseAsync(await client.GetAsync("/account/signin?returnUrl=" + Uri.EscapeDataString(returnUrl)));
        var token = Token(page, "form.signin-form");
        return await client.PostAsync("/account/signin", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("password", password), new("returnUrl", returnUrl)]));
    }

    public static async Task<HttpResponseMessage> ApiImportAsync(HttpClient client, string fileName, string text, string? token)
    {
        using var content = new MultipartFormDataContent { { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(text)), "files", fileName } };
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/import") { Content = content };
        request.Headers.Add(ImportApi.ClientHeader, "tests");
        if (token is not null) request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }

    public static bool IsSignInRedirect(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.SeeOther && response.Headers.Location!.OriginalString.StartsWith(AccessControl.SignInPath, StringComparison.Ordinal);
}
