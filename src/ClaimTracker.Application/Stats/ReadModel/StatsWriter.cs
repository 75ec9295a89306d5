using ClaimTracker.Application.Common;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ClaimTracker.Application.Stats.ReadModel;

/// <summary>
/// Writes counts into the read-model tables with plain SQL: a change adds to a row (inserted when missing, deleted
/// when it reaches zero), as an upsert on SQLite and as update-else-insert on SQL Server; a rebuild inserts whole
/// tables through one prepared command.
/// Always inside the caller's transaction.
/// </summary>
internal static class StatsWriter
{
    public const string Verdicts = "StatsSpeakerVerdicts";
    public const string Links = "StatsSpeakerLinks";
    public const string Topics = "StatsSpeakerTopics";
    public const string Rebutters = "StatsSpeakerRebutters";
    public const string DeskDays = "StatsDeskDays";
    public const string TopicDays = "StatsTopicDays";

    private sealed record Table<TKey>(string Name, string[] Columns, Func<TKey, object[]> Values);

    private static readonly Table<VerdictKey> VerdictTable = new(Verdicts, ["SpeakerId", "PublisherId", "Month", "Bucket"], k => [k.SpeakerId, k.PublisherId, k.Month, k.Bucket]);
    private static readonly Table<LinkKey> LinkTable = new(Links, ["SpeakerId", "Month", "Category"], k => [k.SpeakerId, k.Month, k.Category]);
    private static readonly Table<TopicKey> TopicTable = new(Topics, ["SpeakerId", "TopicId", "Month"], k => [k.SpeakerId, k.TopicId, k.Month]);
    private static readonly Table<RebutterKey> RebutterTable = new(Rebutters, ["SpeakerId", "RebutterId", "Month"], k => [k.SpeakerId, k.RebutterId, k.Month]);
    private static readonly Table<DeskDayKey> DeskDayTable = new(DeskDays, ["Day", "Kind", "Member", "Rating"], k => [k.Day, k.Kind, k.Member, k.Rating]);
    private static readonly Table<TopicDayKey> TopicDayTable = new(TopicDays, ["TopicId", "Day"], k => [k.TopicId, k.Day]);

    public static readonly IReadOnlyList<string> AllTables = [Verdicts, Links, Topics, Rebutters, DeskDays, TopicDays];

    /// <summary>Adds each delta to its row.</summary>
    public static async Task ApplyAsync(IClaimTrackerDb db, StatsFacts delta, CancellationToken cancellationToken)
    {
        await ApplyAsync(db, VerdictTable, delta.Verdicts, cancellationToken);
        await ApplyAsync(db, LinkTable, delta.Links, cancellationToken);
        await ApplyAsync(db, TopicTable, delta.Topics, cancellationToken);
        await ApplyAsync(db, RebutterTable, delta.Rebutters, cancellationToken);
        await ApplyAsync(db, DeskDayTable, delta.DeskDays, cancellationToken);
        await ApplyAsync(db, TopicDayTable, delta.TopicDays, cancellationToken);
    }

    /// <summary>Empties every table and inserts the counts of <paramref name="all"/>.</summary>
    public static async Task ReplaceAllAsync(IClaimTrackerDb db, StatsFacts all, CancellationToken cancellationToken)
    {
        foreach (var table in AllTables)
        {
#pragma warning disable EF1002 // A constant table name, no input.
            await db.Database.ExecuteSqlRawAsync($"DELETE FROM \"{table}\"", cancellationToken);
#pragma warning restore EF1002
        }
        await InsertAsync(db, VerdictTable, all.Verdicts, cancellationToken);
        await InsertAsync(db, LinkTable, all.Links, cancellationToken);
        await InsertAsync(db, TopicTable, all.Topics, cancellationToken);
        await InsertAsync(db, RebutterTable, all.Rebutters, cancellationToken);
        await InsertAsync(db, DeskDayTable, all.DeskDays, cancellationToken);
        await InsertAsync(db, TopicDayTable, all.TopicDays, cancellationToken);
    }

    private static async Task ApplyAsync<TKey>(IClaimTrackerDb db, Table<TKey> table, Dictionary<TKey, int> delta, CancellationToken cancellationToken)
        where TKey : notnull
    {
        if (delta.Count == 0)
        {
            return;
        }
        if (!IsSqlServer(db))
        {
            await UpsertAsync(db, table, delta, cancellationToken);
            return;
        }
        // Three commands prepared once per table and reused for every key: an import's chunk moves thousands of
        // keys, and compiling a statement per key (and EF's raw-SQL path around it) cost more than the writes.
        var where = string.Join(" AND ", table.Columns.Select((c, i) => $"\"{c}\" = @k{i}"));
        await using var update = Command(db, $"UPDATE \"{table.Name}\" SET \"Count\" = \"Count\" + @by WHERE {where}", table.Columns.Length);
        await using var insert = Command(db, $"INSERT INTO \"{table.Name}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c}\""))}, \"Count\") VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"@k{i}"))}, @by)", table.Columns.Length);
        await using var delete = Command(db, $"DELETE FROM \"{table.Name}\" WHERE {where} AND \"Count\" <= 0", table.Columns.Length);
        // Keys in a fixed order, so two writers on SQL Server take row locks in the same order.
        foreach (var (key, by) in delta.OrderBy(d => d.Key.ToString(), StringComparer.Ordinal))
        {
            var values = table.Values(key);
            Bind(update, values, by);
            var changed = await update.ExecuteNonQueryAsync(cancellationToken);
            if (changed == 0)
            {
                Bind(insert, values, by);
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
            else if (by < 0)
            {
                Bind(delete, values, by);
                await delete.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    /// <summary>
    /// SQLite: 32 keys per statement, each added to its row or inserted (INSERT ... ON CONFLICT DO UPDATE), then
    /// the rows a decrease took to zero deleted. An import's chunk moves thousands of keys; one statement per key
    /// (two for a new key) was a tenth of its time. SQLite's writers run one at a time, so key order does not matter.
    /// </summary>
    private static async Task UpsertAsync<TKey>(IClaimTrackerDb db, Table<TKey> table, Dictionary<TKey, int> delta, CancellationToken cancellationToken)
        where TKey : notnull
    {
        var keyColumns = string.Join(", ", table.Columns.Select(c => $"\"{c}\""));
        var perRow = table.Columns.Length + 1;
        // One command per batch size, reused, so each is prepared once; few rows each, because binding looks every
        // parameter up by name.
        var commands = new Dictionary<int, DbCommand>();
        try
        {
            foreach (var batch in delta.Chunk(32))
            {
                if (!commands.TryGetValue(batch.Length, out var upsert))
                {
                    upsert = db.Database.GetDbConnection().CreateCommand();
                    upsert.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                    var rows = Enumerable.Range(0, batch.Length)
                        .Select(r => "(" + string.Join(", ", Enumerable.Range(0, perRow).Select(c => $"@v{(r * perRow) + c}")) + ")");
                    upsert.CommandText = $"INSERT INTO \"{table.Name}\" ({keyColumns}, \"Count\") VALUES {string.Join(", ", rows)} " +
                        $"ON CONFLICT ({keyColumns}) DO UPDATE SET \"Count\" = \"Count\" + excluded.\"Count\"";
                    for (var i = 0; i < batch.Length * perRow; i++)
                    {
                        var parameter = upsert.CreateParameter();
                        parameter.ParameterName = $"@v{i}";
                        upsert.Parameters.Add(parameter);
                    }
                    commands[batch.Length] = upsert;
                }
                for (var r = 0; r < batch.Length; r++)
                {
                    var values = table.Values(batch[r].Key);
                    for (var c = 0; c < values.Length; c++)
                    {
                        upsert.Parameters[(r * perRow) + c].Value = values[c];
                    }
                    upsert.Parameters[(r * perRow) + values.Length].Value = batch[r].Value;
                }
                await upsert.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            foreach (var command in commands.Values)
            {
                await command.DisposeAsync();
            }
        }
        var decreases = delta.Where(d => d.Value < 0).ToList();
        if (decreases.Count == 0)
        {
            return;
        }
        var where = string.Join(" AND ", table.Columns.Select((c, i) => $"\"{c}\" = @k{i}"));
        await using var delete = Command(db, $"DELETE FROM \"{table.Name}\" WHERE {where} AND \"Count\" <= 0", table.Columns.Length);
        foreach (var (key, by) in decreases)
        {
            Bind(delete, table.Values(key), by);
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>A command on the context's connection and transaction with parameters @k0.. for the key and @by for the change.</summary>
    private static DbCommand Command(IClaimTrackerDb db, string sql, int keys)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        foreach (var name in Enumerable.Range(0, keys).Select(i => $"@k{i}").Append("@by"))
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    private static void Bind(DbCommand command, object[] values, int by)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }
        command.Parameters[^1].Value = by;
    }

    private static async Task InsertAsync<TKey>(IClaimTrackerDb db, Table<TKey> table, Dictionary<TKey, int> counts, CancellationToken cancellationToken)
        where TKey : notnull
    {
        if (counts.Count == 0)
        {
            return;
        }
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var columns = table.Columns.Append("Count").ToArray();
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        var parameters = columns.Select((_, i) =>
        {
            var p = command.CreateParameter();
            p.ParameterName = $"@p{i}";
            command.Parameters.Add(p);
            return p;
        }).ToArray();
        foreach (var (key, count) in counts)
        {
            var values = table.Values(key);
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i];
            }
            parameters[^1].Value = count;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    internal static bool IsSqlServer(IClaimTrackerDb db) => db.Database.ProviderName?.EndsWith(".SqlServer", StringComparison.Ordinal) == true;

    /// <summary>
    /// SQL Server only: one writer of statistics at a time, until the transaction ends, so two servers computing the
    /// same statement's before-and-after cannot both add its change. SQLite needs none: its write transactions
    /// (BEGIN IMMEDIATE) already run one at a time.
    /// </summary>
    public static async Task LockAsync(IClaimTrackerDb db, CancellationToken cancellationToken)
    {
        if (IsSqlServer(db))
        {
            await db.Database.ExecuteSqlRawAsync(
                "EXEC sp_getapplock @Resource = 'ClaimTracker.Stats', @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = 30000",
                cancellationToken);
        }
    }
}
