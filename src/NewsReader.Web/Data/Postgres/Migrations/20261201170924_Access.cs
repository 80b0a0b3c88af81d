using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsReader.Web.Data.Postgres.Migrations
{
    /// <summary>
    /// The access state (admin password hash, API token hash, lockout; see <see cref="PostgresAccessState"/>) as one row,
    /// kept out of the EF Core model: on SQLite it is the file <c>access.json</c>.
    /// </summary>
    public partial class Access : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE "Access" (
                    "Id" integer PRIMARY KEY CHECK ("Id" = 1),
                    "State" jsonb NOT NULL
                );
                """);
            migrationBuilder.Sql("""INSERT INTO "Access" ("Id", "State") VALUES (1, '{}');""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TABLE "Access";""");
        }
    }
}
