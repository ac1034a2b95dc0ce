using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BossRemote.Migrations.Sqlite.HelpDesk
{
    /// <inheritdoc />
    public partial class SharedStateAndDurations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ServiceCases_Report_Period",
                table: "ServiceCases");

            migrationBuilder.DropIndex(
                name: "IX_ServiceCases_Report_Technician",
                table: "ServiceCases");

            migrationBuilder.AddColumn<long>(
                name: "DurationTicks",
                table: "ServiceCases",
                type: "INTEGER",
                nullable: true);

            // The column and its foreign key in one ALTER TABLE (see TicketNoteServiceCase for why not AddForeignKey).
            migrationBuilder.Sql(
                """
                ALTER TABLE "EmailDeliveries" ADD COLUMN "TicketId" INTEGER NULL
                    CONSTRAINT "FK_EmailDeliveries_Tickets_TicketId" REFERENCES "Tickets" ("Id") ON DELETE RESTRICT;
                """);

            // An e-mail's ticket, so its state changes announce themselves to that ticket's pages.
            migrationBuilder.Sql(
                """
                UPDATE "EmailDeliveries" SET "TicketId" = (SELECT "TicketId" FROM "ServiceCases" WHERE "Id" = "EmailDeliveries"."ServiceCaseId")
                WHERE "ServiceCaseId" IS NOT NULL AND "Kind" = 0;
                """);

            // Durations of the cases that already ended, exactly: SQLite stores "yyyy-MM-dd HH:mm:ss.FFFFFFF" (the
            // fraction without trailing zeros, the dot only with a fraction), so ticks are whole seconds × 10^7 plus
            // the fraction's digits padded to seven.
            migrationBuilder.Sql(
                """
                UPDATE "ServiceCases" SET "DurationTicks" =
                    (CAST(strftime('%s', substr("EndedAt", 1, 19)) AS INTEGER) - CAST(strftime('%s', substr("CreatedAt", 1, 19)) AS INTEGER)) * 10000000
                    + CAST(substr(substr("EndedAt", 21) || '0000000', 1, 7) AS INTEGER)
                    - CAST(substr(substr("CreatedAt", 21) || '0000000', 1, 7) AS INTEGER)
                WHERE "EndedAt" IS NOT NULL;
                """);

            migrationBuilder.AddColumn<byte[]>(
                name: "LogoContent",
                table: "BrandingSettings",
                type: "BLOB",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceCases_Report_Period",
                table: "ServiceCases",
                columns: new[] { "State", "CreatedAt", "CreatedById", "TicketId", "DurationTicks", "ConnectedSeconds" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceCases_Report_Technician",
                table: "ServiceCases",
                columns: new[] { "CreatedById", "State", "CreatedAt", "TicketId", "DurationTicks", "ConnectedSeconds" });

            migrationBuilder.CreateIndex(
                name: "IX_EmailDeliveries_TicketId",
                table: "EmailDeliveries",
                column: "TicketId");

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_EmailDeliveries_Tickets_TicketId",
                table: "EmailDeliveries");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropIndex(
                name: "IX_ServiceCases_Report_Period",
                table: "ServiceCases");

            migrationBuilder.DropIndex(
                name: "IX_ServiceCases_Report_Technician",
                table: "ServiceCases");

            migrationBuilder.DropIndex(
                name: "IX_EmailDeliveries_TicketId",
                table: "EmailDeliveries");

            migrationBuilder.DropColumn(
                name: "DurationTicks",
                table: "ServiceCases");

            migrationBuilder.DropColumn(
                name: "TicketId",
                table: "EmailDeliveries");

            migrationBuilder.DropColumn(
                name: "LogoContent",
                table: "BrandingSettings");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceCases_Report_Period",
                table: "ServiceCases",
                columns: new[] { "State", "CreatedAt", "CreatedById", "TicketId", "EndedAt", "ConnectedSeconds" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceCases_Report_Technician",
                table: "ServiceCases",
                columns: new[] { "CreatedById", "State", "CreatedAt", "TicketId", "EndedAt", "ConnectedSeconds" });
        }
    }
}
