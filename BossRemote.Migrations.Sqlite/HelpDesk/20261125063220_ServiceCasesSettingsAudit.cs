using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BossRemote.Migrations.Sqlite.HelpDesk
{
    /// <inheritdoc />
    public partial class ServiceCasesSettingsAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    TicketNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    SessionCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Details = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ServiceCases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TicketId = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    SessionCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    SupporterLink = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    WebClientSupporterLink = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CustomerLink = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    GroupId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ClosedLocallyOnly = table.Column<bool>(type: "INTEGER", nullable: false),
                    CustomerOnline = table.Column<bool>(type: "INTEGER", nullable: false),
                    CustomerOnlineChangedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConnectedSeconds = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceCases_Tickets_TicketId",
                        column: x => x.TicketId,
                        principalTable: "Tickets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TeamViewerSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    ProtectedToken = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    TokenHint = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    GroupName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CustomModuleId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ConnectedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConnectedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TeamViewerSettings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At",
                table: "AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceCases_CreatedAt",
                table: "ServiceCases",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceCases_CreatedById_CreatedAt",
                table: "ServiceCases",
                columns: new[] { "CreatedById", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceCases_OneOpenPerTicket",
                table: "ServiceCases",
                column: "TicketId",
                unique: true,
                filter: "\"State\" IN (0, 1)");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceCases_Reference",
                table: "ServiceCases",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceCases_SessionCode",
                table: "ServiceCases",
                column: "SessionCode");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceCases_State_ValidUntil",
                table: "ServiceCases",
                columns: new[] { "State", "ValidUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceCases_TicketId_CreatedAt",
                table: "ServiceCases",
                columns: new[] { "TicketId", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "ServiceCases");

            migrationBuilder.DropTable(
                name: "TeamViewerSettings");
        }
    }
}
