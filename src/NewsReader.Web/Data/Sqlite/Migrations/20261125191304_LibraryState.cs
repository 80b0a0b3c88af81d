using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsReader.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LibraryState : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Quotes_SpeakerSlug",
                table: "Quotes");

            migrationBuilder.AddColumn<bool>(
                name: "IsRead",
                table: "Articles",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsStarred",
                table: "Articles",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReadUtc",
                table: "Articles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Authors",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<long>(type: "INTEGER", nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Authors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Authors_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_SpeakerSlug_ArticleId",
                table: "Quotes",
                columns: new[] { "SpeakerSlug", "ArticleId" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Language",
                table: "Articles",
                column: "Language");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Outlet",
                table: "Articles",
                column: "Outlet");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Section",
                table: "Articles",
                column: "Section");

            migrationBuilder.CreateIndex(
                name: "IX_Authors_ArticleId_Ordinal",
                table: "Authors",
                columns: new[] { "ArticleId", "Ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Authors_Slug",
                table: "Authors",
                column: "Slug");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Authors");

            migrationBuilder.DropIndex(
                name: "IX_Quotes_SpeakerSlug_ArticleId",
                table: "Quotes");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Language",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Outlet",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Section",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "IsRead",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "IsStarred",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "ReadUtc",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_SpeakerSlug",
                table: "Quotes",
                column: "SpeakerSlug");
        }
    }
}
