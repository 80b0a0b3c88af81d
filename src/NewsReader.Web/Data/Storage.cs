using NewsReader.Web.Data.Postgres;
using NewsReader.Web.Data.Sqlite;
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
    public static WebApplicationBuilder AddStorage(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(provider => DatabaseLocation.From(
            provider.GetRequiredService<IConfiguration>(), provider.GetRequiredService<IWebHostEnvironment>()));
        services.AddSqliteStorage();
        services.AddPostgresStorage();
        services.AddScoped<NewsReaderDb>(provider => Pick<NewsReaderDb, SqliteNewsReaderDb, PostgresNewsReaderDb>(provider));
        services.AddSingleton<ISearchIndex>(provider => Pick<ISearchIndex, SqliteSearchIndex, PostgresSearchIndex>(provider));
        services.AddSingleton<IAccessStateStorage>(provider => Pick<IAccessStateStorage, AccessFile, PostgresAccessState>(provider));
        return builder;
    }

    private static TService Pick<TService, TSqlite, TPostgres>(IServiceProvider provider)
        where TService : notnull where TSqlite : notnull, TService where TPostgres : notnull, TService =>
        provider.GetRequiredService<DatabaseLocation>().Provider == DatabaseProvider.Postgres
            ? provider.GetRequiredService<TPostgres>()
            : provider.GetRequiredService<TSqlite>();
}
