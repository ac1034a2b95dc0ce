using Npgsql;
using NpgsqlTypes;

namespace BossRemote.Benchmarks;

/// <summary>
/// Binary COPY of the generated rows into the tables the product's migrations made: the fast way to fill PostgreSQL
/// from .NET (one stream per table, no per-row round trip). Ids are written explicitly, so the identity sequences are
/// moved past them afterwards; times go as <c>timestamp with time zone</c> (UTC), enums as integers.
/// </summary>
internal static class PostgresBulk
{
    public static async Task CopyTicketsAsync(NpgsqlConnection connection, IEnumerable<BenchmarkTicket> tickets)
    {
        await using var importer = await connection.BeginBinaryImportAsync(Copy("Tickets",
            "Id", "Number", "Subject", "Description", "RequesterName", "RequesterEmail", "AssignedTechnicianId", "CategoryId",
            "Type", "Priority", "Source", "Status", "CreatedAt", "UpdatedAt", "ClosedAt", "Version"));
        foreach (var t in tickets)
        {
            await importer.StartRowAsync();
            await importer.WriteAsync(t.Id, NpgsqlDbType.Integer);
            await importer.WriteAsync(t.Number, NpgsqlDbType.Integer);
            await importer.WriteAsync(t.Subject, NpgsqlDbType.Varchar);
            await importer.WriteAsync(t.Description, NpgsqlDbType.Varchar);
            await importer.WriteAsync(t.RequesterName, NpgsqlDbType.Varchar);
            await importer.WriteAsync(t.RequesterEmail, NpgsqlDbType.Varchar);
            await importer.WriteAsync(t.AssignedTechnicianId, NpgsqlDbType.Text);
            await importer.WriteAsync(t.CategoryId, NpgsqlDbType.Integer);
            await importer.WriteAsync(t.Type, NpgsqlDbType.Integer);
            await importer.WriteAsync(t.Priority, NpgsqlDbType.Integer);
            await importer.WriteAsync(t.Source, NpgsqlDbType.Integer);
            await importer.WriteAsync(t.Status, NpgsqlDbType.Integer);
            await importer.WriteAsync(t.CreatedAt, NpgsqlDbType.TimestampTz);
            await importer.WriteAsync(t.UpdatedAt, NpgsqlDbType.TimestampTz);
            await importer.WriteAsync(t.ClosedAt, NpgsqlDbType.TimestampTz);
            await importer.WriteAsync(1, NpgsqlDbType.Integer);
        }

        await importer.CompleteAsync();
    }

    public static async Task CopyCasesAsync(NpgsqlConnection connection, IEnumerable<BenchmarkCase> cases)
    {
        await using var importer = await connection.BeginBinaryImportAsync(Copy("ServiceCases",
            "Id", "TicketId", "State", "SessionCode", "SupporterLink", "WebClientSupporterLink", "CustomerLink", "GroupId",
            "Reference", "CreatedById", "CreatedByName", "CreatedAt", "ValidUntil", "EndedAt", "DurationTicks", "EndedByName",
            "ClosedLocallyOnly", "CustomerOnline", "CustomerOnlineChangedAt", "ConnectedSeconds", "Version"));
        foreach (var c in cases)
        {
            await importer.StartRowAsync();
            await importer.WriteAsync(c.Id, NpgsqlDbType.Bigint);
            await importer.WriteAsync(c.TicketId, NpgsqlDbType.Integer);
            await importer.WriteAsync(c.State, NpgsqlDbType.Integer);
            await importer.WriteAsync(c.SessionCode, NpgsqlDbType.Varchar);
            await importer.WriteAsync(c.SupporterLink, NpgsqlDbType.Varchar);
            await importer.WriteAsync(c.WebClientSupporterLink, NpgsqlDbType.Varchar);
            await importer.WriteAsync(c.CustomerLink, NpgsqlDbType.Varchar);
            await importer.WriteAsync(c.GroupId, NpgsqlDbType.Varchar);
            await importer.WriteAsync(c.Reference, NpgsqlDbType.Varchar);
            await importer.WriteAsync(c.CreatedById, NpgsqlDbType.Varchar);
            await importer.WriteAsync(c.CreatedByName, NpgsqlDbType.Varchar);
            await importer.WriteAsync(c.CreatedAt, NpgsqlDbType.TimestampTz);
            await importer.WriteAsync(c.ValidUntil, NpgsqlDbType.TimestampTz);
            await WriteOrNullAsync(importer, c.EndedAt, NpgsqlDbType.TimestampTz);
            await WriteOrNullAsync(importer, c.DurationTicks, NpgsqlDbType.Bigint);
            await WriteOrNullAsync(importer, c.EndedByName, NpgsqlDbType.Varchar);
            await importer.WriteAsync(false, NpgsqlDbType.Boolean);
            await importer.WriteAsync(false, NpgsqlDbType.Boolean);
            await importer.WriteNullAsync();
            await WriteOrNullAsync(importer, c.ConnectedSeconds, NpgsqlDbType.Integer);
            await importer.WriteAsync(BenchmarkCase.Version, NpgsqlDbType.Integer);
        }

        await importer.CompleteAsync();
    }

    /// <summary>Moves a table's identity sequence past the ids COPY wrote, as inserts through the app would have.</summary>
    public static async Task ResetIdentityAsync(NpgsqlConnection connection, string table)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), max(\"Id\")) FROM \"{table}\"", connection);
        await command.ExecuteScalarAsync();
    }

    private static string Copy(string table, params string[] columns) =>
        $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)";

    private static async Task WriteOrNullAsync<T>(NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type)
        where T : struct
    {
        if (value is { } v)
        {
            await importer.WriteAsync(v, type);
        }
        else
        {
            await importer.WriteNullAsync();
        }
    }

    private static async Task WriteOrNullAsync(NpgsqlBinaryImporter importer, string? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            await importer.WriteNullAsync();
        }
        else
        {
            await importer.WriteAsync(value, type);
        }
    }
}
