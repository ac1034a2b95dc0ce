using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BossRemote.Migrations.Sqlite.HelpDesk
{
    /// <inheritdoc />
    public partial class AddScheduledReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "AttachmentContent",
                table: "EmailDeliveries",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AttachmentContentType",
                table: "EmailDeliveries",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AttachmentName",
                table: "EmailDeliveries",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ReportSubscriptions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Frequency = table.Column<int>(type: "INTEGER", nullable: false),
                    TimeZoneId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TechnicianIds = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportSubscriptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportSubscriptions_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportSubscriptionRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SubscriptionId = table.Column<long>(type: "INTEGER", nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EmailDeliveryId = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportSubscriptionRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportSubscriptionRuns_EmailDeliveries_EmailDeliveryId",
                        column: x => x.EmailDeliveryId,
                        principalTable: "EmailDeliveries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReportSubscriptionRuns_ReportSubscriptions_SubscriptionId",
                        column: x => x.SubscriptionId,
                        principalTable: "ReportSubscriptions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReportSubscriptionRuns_EmailDeliveryId",
                table: "ReportSubscriptionRuns",
                column: "EmailDeliveryId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportSubscriptionRuns_SubscriptionId_PeriodFrom",
                table: "ReportSubscriptionRuns",
                columns: new[] { "SubscriptionId", "PeriodFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportSubscriptions_UserId",
                table: "ReportSubscriptions",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReportSubscriptionRuns");

            migrationBuilder.DropTable(
                name: "ReportSubscriptions");

            migrationBuilder.DropColumn(
                name: "AttachmentContent",
                table: "EmailDeliveries");

            migrationBuilder.DropColumn(
                name: "AttachmentContentType",
                table: "EmailDeliveries");

            migrationBuilder.DropColumn(
                name: "AttachmentName",
                table: "EmailDeliveries");
        }
    }
}
