using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsReader.Web.Data.Postgres.Migrations
{
    /// <summary>The count of the library's changes that every app instance follows (see <see cref="PostgresLibraryVersion"/>).</summary>
    public partial class LibraryVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""CREATE SEQUENCE "LibraryVersion";""");
            // Called once, so that last_value is a count already made and the first bump changes it.
            migrationBuilder.Sql("""SELECT setval('"LibraryVersion"', 1);""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP SEQUENCE "LibraryVersion";""");
        }
    }
}
