using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel;
using NewsReader.Web.Data.Postgres;
using NewsReader.Web.Data.Sqlite;
using NewsReader.Web.Importing;
using NewsReader.Web.Reading;
using NewsReader.Web.Search;
using NewsReader.Web.Security;

namespace NewsReader.Web.Data;

/// <summary>
/// The library's storage, by <c>Database:Provider</c>: the context (<see cref="NewsReaderDb"/>), the search index
/// (<see cref="ISearchIndex"/>) and the access state (<see cref="IAccessStateStorage"/>) of SQLite (the default) or PostgreSQL, over <c>ConnectionStrings:NewsReader</c>. Both
/// providers are registered; the setting picks one when the app first asks for either service.
/// </summary>
public static class Storage
{
    public const string ApplicationName = "NewsReader";

    public static WebApplicationBuilder AddStorage(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(provider => DatabaseLocation.From(
            provider.GetRequiredService<IConfiguration>(), provider.GetRequiredService<IWebHostEnvironment>()));
        builder.Services.AddLibraryStorage();
        return builder;
    }

    /// <summary>
    /// The storage of the library at the registered <see cref="DatabaseLocation"/>: the app's, or another library opened
    /// the same way (the target of <c>move-to</c>, in a service provider of its own).
    /// </summary>
    public static IServiceCollection AddLibraryStorage(this IServiceCollection services)
    {
        services.AddSqliteStorage();
        services.AddPostgresStorage();
        services.AddScoped<NewsReaderDb>(provider => Pick<NewsReaderDb, SqliteNewsReaderDb, PostgresNewsReaderDb>(provider));
        services.AddSingleton<ISearchIndex>(provider => Pick<ISearchIndex, SqliteSearchIndex, PostgresSearchIndex>(provider));
        services.AddSingleton<IAccessStateStorage>(provider => Pick<IAccessStateStorage, AccessFile, PostgresAccessState>(provider));
        services.AddSingleton<IImportStorage>(provider => Pick<IImportStorage, SqliteImportStorage, PostgresImportStorage>(provider));
        services.AddSingleton<IInboxLease>(provider => Pick<IInboxLease, FileInboxLease, PostgresInboxLease>(provider));
        // One poll of a feed at a time: in this process on SQLite, across every instance on PostgreSQL.
        services.AddSingleton<Feeds.FeedLocks>();
        services.AddSingleton<Feeds.IFeedPollLock>(provider => Pick<Feeds.IFeedPollLock, Feeds.FeedLocks, PostgresFeedPollLock>(provider));
        services.AddSingleton<ILibraryVersion>(provider => Pick<ILibraryVersion, SqliteLibraryVersion, PostgresLibraryVersion>(provider));
        // The keys that protect sign-in cookies and antiforgery tokens live in the library, under one application name
        // (not the default, the content root's path), so that every instance on the library accepts the others' cookies.
        // New keys use AES-256-GCM (authenticated encryption, as strong as the default AES-256-CBC with HMACSHA256, and
        // several times cheaper per Protect: the reader page protects a fresh antiforgery token for every response).
        // Keys made before keep the algorithm they were made with until they expire.
        services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<NewsReaderDb>()
            .UseCryptographicAlgorithms(new AuthenticatedEncryptorConfiguration
            {
                EncryptionAlgorithm = EncryptionAlgorithm.AES_256_GCM,
                ValidationAlgorithm = ValidationAlgorithm.HMACSHA256,
            });
        // A returning reader's antiforgery cookie, once accepted, is not decrypted again for a minute.
        AntiforgeryCookieCache.Decorate(services);
        return services;
    }

    private static TService Pick<TService, TSqlite, TPostgres>(IServiceProvider provider)
        where TService : notnull where TSqlite : notnull, TService where TPostgres : notnull, TService =>
        provider.GetRequiredService<DatabaseLocation>().Provider == DatabaseProvider.Postgres
            ? provider.GetRequiredService<TPostgres>()
            : provider.GetRequiredService<TSqlite>();
}
