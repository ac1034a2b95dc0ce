using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BossRemote.Migrations.Sqlite.HelpDesk
{
    /// <inheritdoc />
    public partial class SessionRollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SessionRollups",
                columns: table => new
                {
                    TechnicianId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Grain = table.Column<int>(type: "INTEGER", nullable: false),
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<int>(type: "INTEGER", nullable: false),
                    Sessions = table.Column<int>(type: "INTEGER", nullable: false),
                    DurationTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    ConnectedSessions = table.Column<int>(type: "INTEGER", nullable: false),
                    ConnectedSeconds = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionRollups", x => new { x.TechnicianId, x.Grain, x.Day, x.Kind, x.Value });
                });

            migrationBuilder.CreateIndex(
                name: "IX_SessionRollups_Technicians",
                table: "SessionRollups",
                columns: new[] { "Grain", "Day", "TechnicianId", "Kind", "Value", "Sessions", "DurationTicks", "ConnectedSessions", "ConnectedSeconds" },
                filter: "\"Kind\" = 0");

            // Backfill, exactly as SessionRollupChanges keeps it (ADR-018): closed and expired cases per technician, UTC
            // day or month of the start and state; closed ones per technician and ticket field, and for all technicians
            // together (''). The statement of SessionRollupBackfill.Sql, written out so this migration stays as it ran.
            migrationBuilder.Sql(
                """
                WITH "Kinds" ("Kind") AS (VALUES (0), (1), (2), (3), (4)),
                     "Scopes" ("All") AS (VALUES (0), (1)),
                     "Grains" ("Grain") AS (VALUES (0), (1))
                INSERT INTO "SessionRollups" ("TechnicianId", "Grain", "Day", "Kind", "Value", "Sessions", "DurationTicks", "ConnectedSessions", "ConnectedSeconds")
                SELECT CASE WHEN s."All" = 1 THEN '' ELSE c."CreatedById" END,
                       g."Grain",
                       CASE g."Grain" WHEN 0 THEN CAST(julianday(substr(c."CreatedAt", 1, 10)) - 2440587.5 AS INTEGER) ELSE CAST(julianday(substr(c."CreatedAt", 1, 7) || '-01') - 2440587.5 AS INTEGER) END,
                       k."Kind",
                       CASE k."Kind" WHEN 0 THEN c."State" WHEN 1 THEN t."CategoryId" WHEN 2 THEN t."Type" WHEN 3 THEN t."Priority" ELSE t."Source" END,
                       COUNT(*), COALESCE(SUM(c."DurationTicks"), 0), COUNT(c."ConnectedSeconds"), COALESCE(SUM(c."ConnectedSeconds"), 0)
                FROM "ServiceCases" AS c
                JOIN "Tickets" AS t ON t."Id" = c."TicketId"
                CROSS JOIN "Kinds" AS k
                CROSS JOIN "Scopes" AS s
                CROSS JOIN "Grains" AS g
                WHERE c."State" IN (2, 3) AND ((k."Kind" = 0 AND s."All" = 0) OR (k."Kind" > 0 AND c."State" = 2))
                GROUP BY 1, 2, 3, 4, 5
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SessionRollups");
        }
    }
}
