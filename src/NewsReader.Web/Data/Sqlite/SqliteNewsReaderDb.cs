using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace NewsReader.Web.Data.Sqlite;

/// <summary>The library on SQLite, with the migrations in <c>Data/Sqlite/Migrations</c>.</summary>
public sealed class SqliteNewsReaderDb(DbContextOptions<SqliteNewsReaderDb> options) : NewsReaderDb(options);

/// <summary>Lets <c>dotnet ef</c> create the SQLite context without starting the app.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteNewsReaderDb>
{
    public SqliteNewsReaderDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteNewsReaderDb>().UseSqlite("Data Source=design-time.db").Options);
}
