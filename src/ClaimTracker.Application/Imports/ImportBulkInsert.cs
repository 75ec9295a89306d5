using System.Data.Common;
using System.Globalization;
using System.Text;
using ClaimTracker.Application.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ClaimTracker.Application.Imports;

/// <summary>
/// Inserts the rows of one table many at a time, one multi-row INSERT per batch: the import's path for the tables
/// that grow by a row per imported row (statements, their topics, outside reviews). Table, columns, types and value
/// conversions all come from the EF model and its type mappings, so the mapping is still written once. What it saves
/// is EF's work per row in SaveChanges (tracking, batching) and a database round trip per row (docs/adr/0019, 0022).
/// </summary>
internal sealed class ImportBulkInsert
{
    /// <summary>
    /// Rows per statement. Few, because binding looks each parameter up by name (a cost that grows with the square of
    /// the parameters per statement), yet enough to share a statement's fixed cost; 2,100 parameters is SQL Server's limit.
    /// </summary>
    private const int MaxRowsPerCommand = 16;

    private const int MaxParameters = 2000;

    private readonly IClaimTrackerDb _db;
    private readonly IProperty[] _columns;
    private readonly (IClrPropertyGetter Getter, ValueConverter? Converter)[] _values;
    private readonly IProperty? _generated;
    private readonly IProperty? _match;
    private readonly string _table;
    private readonly string _columnList;
    private readonly bool _sqlServer;
    private readonly int _rowsPerCommand;

    /// <param name="match">
    /// To learn the generated ids: a column unique among the rows of one call, read back beside each new id. Neither
    /// engine promises to return inserted rows in the order of the VALUES list, so ids are matched by it.
    /// </param>
    public ImportBulkInsert(IClaimTrackerDb db, IEntityType entity, string? match = null)
    {
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        _generated = entity.FindPrimaryKey()!.Properties is [{ ValueGenerated: ValueGenerated.OnAdd } id] ? id : null;
        _columns = [.. entity.GetProperties().Where(p => p != _generated && p.GetColumnName(table) is not null)];
        if (_columns.FirstOrDefault(p => p.IsShadowProperty() && !p.IsIndexerProperty()) is { } shadow)
        {
            // A shadow column has no value on the object to read; the import would silently write its default.
            throw new NotSupportedException($"{entity.DisplayName()}.{shadow.Name} is a shadow property; the bulk insert cannot read it.");
        }
        _values = [.. _columns.Select(p => (p.GetGetter(), p.GetRelationalTypeMapping().Converter))];
        _match = match is null ? null : entity.GetProperty(match);
        if (_match is not null && _generated is null)
        {
            throw new ArgumentException($"{entity.DisplayName()} has no generated id to read back.", nameof(match));
        }
        _db = db;
        _table = entity.GetSchema() is { } schema ? $"\"{schema}\".\"{table.Name}\"" : $"\"{table.Name}\"";
        _columnList = string.Join(", ", _columns.Select(p => $"\"{p.GetColumnName(table)}\""));
        _sqlServer = Stats.ReadModel.StatsWriter.IsSqlServer(db);
        _rowsPerCommand = Math.Min(MaxRowsPerCommand, MaxParameters / _columns.Length);
    }

    /// <summary>
    /// Inserts <paramref name="rows"/>; with a match column, returns each new id by that column's value (as text),
    /// else an empty dictionary.
    /// </summary>
    public async Task<Dictionary<string, int>> InsertAsync(IReadOnlyList<object> rows, CancellationToken ct)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        // One command per batch size, reused: the statement (and the triggers compiled into it) is prepared once, its
        // parameters made once.
        var commands = new Dictionary<int, DbCommand>();
        try
        {
            foreach (var batch in rows.Chunk(_rowsPerCommand))
            {
                if (!commands.TryGetValue(batch.Length, out var command))
                {
                    command = _db.Database.GetDbConnection().CreateCommand();
                    command.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
                    command.CommandText = Sql(batch.Length);
                    // Each parameter is made once by its column's type mapping (type, size, nullability, as a
                    // SaveChanges makes it); only its value changes from batch to batch.
                    for (var i = 0; i < batch.Length * _columns.Length; i++)
                    {
                        var property = _columns[i % _columns.Length];
                        command.Parameters.Add(property.GetRelationalTypeMapping().CreateParameter(command, $"@p{i}", null, property.IsNullable));
                    }
                    commands[batch.Length] = command;
                }
                var n = 0;
                foreach (var row in batch)
                {
                    foreach (var (getter, converter) in _values)
                    {
                        // The mapping's value converter, as CreateParameter applies it (enum names, for one).
                        var value = getter.GetClrValueUsingContainingEntity(row);
                        command.Parameters[n++].Value = (converter is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;
                    }
                }
                if (_match is null)
                {
                    await command.ExecuteNonQueryAsync(ct);
                    continue;
                }
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    ids.Add(Convert.ToString(reader.GetValue(1), CultureInfo.InvariantCulture)!, Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture));
                }
            }
        }
        finally
        {
            foreach (var command in commands.Values)
            {
                await command.DisposeAsync();
            }
        }
        return ids;
    }

    /// <summary>The INSERT for <paramref name="rowCount"/> rows; internal so a test can parse the SQL Server form.</summary>
    internal string Sql(int rowCount)
    {
        var values = new StringBuilder();
        for (var r = 0; r < rowCount; r++)
        {
            values.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < _columns.Length; c++)
            {
                values.Append(c == 0 ? "@p" : ", @p").Append((r * _columns.Length) + c);
            }
            values.Append(')');
        }
        if (_match is null)
        {
            return $"INSERT INTO {_table} ({_columnList}) VALUES {values}";
        }
        var id = $"\"{_generated!.GetColumnName()}\"";
        var match = $"\"{_match!.GetColumnName()}\"";
        // SQL Server refuses a bare OUTPUT on a table with triggers (the search index's); OUTPUT INTO a table
        // variable is allowed.
        return _sqlServer
            ? $"DECLARE @inserted TABLE ({id} int, {match} nvarchar(max)); " +
              $"INSERT INTO {_table} ({_columnList}) OUTPUT INSERTED.{id}, INSERTED.{match} INTO @inserted VALUES {values}; " +
              $"SELECT {id}, {match} FROM @inserted;"
            : $"INSERT INTO {_table} ({_columnList}) VALUES {values} RETURNING {id}, {match}";
    }
}
