using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BossRemote.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class TicketNoteServiceCase : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ServiceCaseId",
                table: "TicketNotes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_TicketNotes_ServiceCaseId",
                table: "TicketNotes",
                column: "ServiceCaseId");

            migrationBuilder.AddForeignKey(
                name: "FK_TicketNotes_ServiceCases_ServiceCaseId",
                table: "TicketNotes",
                column: "ServiceCaseId",
                principalTable: "ServiceCases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
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
