using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BossRemote.Migrations.Sqlite.HelpDesk
{
    /// <inheritdoc />
    public partial class ReportIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ServiceCases_CreatedAt",
                table: "ServiceCases");

            migrationBuilder.DropIndex(
                name: "IX_ServiceCases_CreatedById_CreatedAt",
                table: "ServiceCases");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceCases_Report_Period",
                table: "ServiceCases",
                columns: new[] { "State", "CreatedAt", "CreatedById", "TicketId", "EndedAt", "ConnectedSeconds" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceCases_Report_Technician",
                table: "ServiceCases",
                columns: new[] { "CreatedById", "State", "CreatedAt", "TicketId", "EndedAt", "ConnectedSeconds" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ServiceCases_Report_Period",
                table: "ServiceCases");

            migrationBuilder.DropIndex(
                name: "IX_ServiceCases_Report_Technician",
                table: "ServiceCases");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceCases_CreatedAt",
                table: "ServiceCases",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceCases_CreatedById_CreatedAt",
                table: "ServiceCases",
                columns: new[] { "CreatedById", "CreatedAt" });
        }
    }
}
