using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BossRemote.Migrations.Sqlite.HelpDesk
{
    /// <inheritdoc />
    public partial class CustomerOnlineNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "CustomerOnlineNoticedAt",
                table: "ServiceCases",
                type: "TEXT",
                nullable: true);

            // Customers online before this version were announced then: the poll must not announce them again.
            migrationBuilder.Sql("""UPDATE "ServiceCases" SET "CustomerOnlineNoticedAt" = "CustomerOnlineChangedAt" WHERE "CustomerOnline" = 1;""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CustomerOnlineNoticedAt",
                table: "ServiceCases");
        }
    }
}
