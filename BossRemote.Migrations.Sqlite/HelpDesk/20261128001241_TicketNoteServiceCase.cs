using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BossRemote.Migrations.Sqlite.HelpDesk
{
    /// <inheritdoc />
    public partial class TicketNoteServiceCase : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // SQLite can add a column that carries its foreign key in one ALTER TABLE. EF's AddForeignKey would rebuild
            // the table outside the migration's transaction instead, which a crash during the first start could leave
            // half done. The resulting schema is the one EF would have written.
            migrationBuilder.Sql(
                """
                ALTER TABLE "TicketNotes" ADD COLUMN "ServiceCaseId" INTEGER NULL
                    CONSTRAINT "FK_TicketNotes_ServiceCases_ServiceCaseId" REFERENCES "ServiceCases" ("Id") ON DELETE RESTRICT;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_TicketNotes_ServiceCaseId",
                table: "TicketNotes",
                column: "ServiceCaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_TicketNotes_ServiceCases_ServiceCaseId",
                table: "TicketNotes");

            migrationBuilder.DropIndex(
                name: "IX_TicketNotes_ServiceCaseId",
                table: "TicketNotes");

            migrationBuilder.DropColumn(
                name: "ServiceCaseId",
                table: "TicketNotes");
        }
    }
}
