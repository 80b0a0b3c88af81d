using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsReader.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FilterIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_Language",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Outlet",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Section",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_IsRead_SortKey_Id",
                table: "Articles",
                columns: new[] { "IsRead", "SortKey", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_IsStarred_SortKey_Id",
                table: "Articles",
                columns: new[] { "IsStarred", "SortKey", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Language_SortKey_Id",
                table: "Articles",
                columns: new[] { "Language", "SortKey", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Outlet_SortKey_Id",
                table: "Articles",
                columns: new[] { "Outlet", "SortKey", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Section_SortKey_Id",
                table: "Articles",
                columns: new[] { "Section", "SortKey", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_IsRead_SortKey_Id",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_IsStarred_SortKey_Id",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Language_SortKey_Id",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Outlet_SortKey_Id",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Section_SortKey_Id",
                table: "Articles");

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
        }
    }
}
