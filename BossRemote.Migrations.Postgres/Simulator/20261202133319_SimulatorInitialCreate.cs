using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BossRemote.Migrations.Postgres.Simulator
{
    /// <inheritdoc />
    public partial class SimulatorInitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "teamviewer_simulator");

            migrationBuilder.CreateTable(
                name: "ConnectionReports",
                schema: "teamviewer_simulator",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    AccountId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UserId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UserName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DeviceId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    DeviceName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    GroupId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    GroupName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SupportSessionType = table.Column<int>(type: "integer", nullable: false),
                    StartDate = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndDate = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Fee = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    BillingState = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SessionCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    SessionCreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ValidUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AssignedUserId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    AssignedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SessionNote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CustomApi = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    EndCustomerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    EndCustomerEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConnectionReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Groups",
                schema: "teamviewer_simulator",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AccountId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NameKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PolicyId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Groups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Sessions",
                schema: "teamviewer_simulator",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AccountId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    GroupId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    State = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    WaitingMessage = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    EndCustomerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    EndCustomerEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    AssignedUserId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AssignedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SupporterToken = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    CustomApi = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CustomModuleId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SupportSessionType = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ValidUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Online = table.Column<bool>(type: "boolean", nullable: false),
                    JoinedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CustomerDeviceId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sessions", x => x.Code);
                    table.ForeignKey(
                        name: "FK_Sessions_Groups_GroupId",
                        column: x => x.GroupId,
                        principalSchema: "teamviewer_simulator",
                        principalTable: "Groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConnectionReports_AccountId_EndDate_Id",
                schema: "teamviewer_simulator",
                table: "ConnectionReports",
                columns: new[] { "AccountId", "EndDate", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ConnectionReports_AccountId_SessionCode",
                schema: "teamviewer_simulator",
                table: "ConnectionReports",
                columns: new[] { "AccountId", "SessionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Groups_AccountId_NameKey",
                schema: "teamviewer_simulator",
                table: "Groups",
                columns: new[] { "AccountId", "NameKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_AccountId_State_CreatedAt",
                schema: "teamviewer_simulator",
                table: "Sessions",
                columns: new[] { "AccountId", "State", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_GroupId",
                schema: "teamviewer_simulator",
                table: "Sessions",
                column: "GroupId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConnectionReports",
                schema: "teamviewer_simulator");

            migrationBuilder.DropTable(
                name: "Sessions",
                schema: "teamviewer_simulator");

            migrationBuilder.DropTable(
                name: "Groups",
                schema: "teamviewer_simulator");
        }
    }
}
