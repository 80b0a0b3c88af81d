using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsReader.Web.Data.Postgres.Migrations
{
    /// <summary>
    /// Full-text search (see <see cref="PostgresSearchIndex"/>), kept out of the EF Core model: the <c>newsreader</c>
    /// text search configuration (<c>simple</c> with <c>unaccent</c>), the <c>ArticleSearch</c> table with its weighted,
    /// stored <c>tsvector</c>, and its GIN index.
    /// </summary>
    public partial class Search : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS unaccent;");
            migrationBuilder.Sql("CREATE TEXT SEARCH CONFIGURATION newsreader (COPY = pg_catalog.simple);");
            migrationBuilder.Sql("ALTER TEXT SEARCH CONFIGURATION newsreader ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;");
            migrationBuilder.Sql("""
                CREATE TABLE "ArticleSearch" (
                    "ArticleId" bigint PRIMARY KEY REFERENCES "Articles" ("Id") ON DELETE CASCADE,
                    "Headline" text NOT NULL,
                    "Byline" text NOT NULL,
                    "Caption" text NOT NULL,
                    "Body" text NOT NULL,
                    "Quotes" text NOT NULL,
                    "Speaker" text NOT NULL,
                    "Section" text NOT NULL,
                    "Outlet" text NOT NULL,
                    "Document" tsvector GENERATED ALWAYS AS (
                        setweight(to_tsvector('newsreader', "Headline"), 'A') ||
                        setweight(to_tsvector('newsreader', "Speaker"), 'B') ||
                        setweight(to_tsvector('newsreader', "Byline"), 'B') ||
                        setweight(to_tsvector('newsreader', "Caption"), 'C') ||
                        setweight(to_tsvector('newsreader', "Quotes"), 'C') ||
                        setweight(to_tsvector('newsreader', "Section"), 'C') ||
                        setweight(to_tsvector('newsreader', "Outlet"), 'C') ||
                        setweight(to_tsvector('newsreader', "Body"), 'D')) STORED
                );
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_ArticleSearch_Document" ON "ArticleSearch" USING GIN ("Document");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TABLE "ArticleSearch";""");
            migrationBuilder.Sql("DROP TEXT SEARCH CONFIGURATION newsreader;");
        }
    }
}
