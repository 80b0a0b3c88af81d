using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace NewsReader.Web.Data.Postgres;

/// <summary>
/// The library on PostgreSQL, with the migrations in <c>Data/Postgres/Migrations</c>. Every <see cref="DateTime"/> of the
/// model is UTC (the names say so: <c>ImportedUtc</c>, <c>SortKey</c>), so it is stored as <c>timestamp with time zone</c>
/// and marked UTC on the way in, as Npgsql requires, whatever kind the caller's value has.
/// </summary>
public sealed class PostgresNewsReaderDb(DbContextOptions<PostgresNewsReaderDb> options) : NewsReaderDb(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcConverter>();
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc), value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
}

/// <summary>Lets <c>dotnet ef</c> create the PostgreSQL context without a server (making a migration needs no connection).</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresNewsReaderDb>
{
    public PostgresNewsReaderDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresNewsReaderDb>().UseNpgsql("Host=localhost;Database=newsreader").Options);
}
