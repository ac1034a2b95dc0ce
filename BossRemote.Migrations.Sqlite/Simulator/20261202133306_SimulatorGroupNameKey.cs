using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BossRemote.Migrations.Sqlite.Simulator
{
    /// <inheritdoc />
    public partial class SimulatorGroupNameKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Groups_AccountId_Name",
                table: "Groups");

            migrationBuilder.AddColumn<string>(
                name: "NameKey",
                table: "Groups",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            // SQLite's upper() changes ASCII letters only, as the NOCASE collation compared them until now.
            migrationBuilder.Sql("""UPDATE "Groups" SET "NameKey" = upper("Name");""");

            migrationBuilder.CreateIndex(
                name: "IX_Groups_AccountId_NameKey",
                table: "Groups",
                columns: new[] { "AccountId", "NameKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Groups_AccountId_NameKey",
                table: "Groups");

            migrationBuilder.DropColumn(
                name: "NameKey",
                table: "Groups");

            migrationBuilder.CreateIndex(
                name: "IX_Groups_AccountId_Name",
                table: "Groups",
                columns: new[] { "AccountId", "Name" },
                unique: true);
        }
    }
}
