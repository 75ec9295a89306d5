using System.Data.Common;
using ClaimTracker.Application.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ClaimTracker.Application.Imports;

/// <summary>
/// Inserts rows of one table through one command, compiled once and reused for every row of a chunk: the import's
/// path for the tables that grow by a row per imported row (statements, their topics, outside reviews). Table,
/// columns, types and value conversions all come from the EF model and its type mappings, so the mapping is still
/// written once. What it saves is EF's work per row in SaveChanges: tracking, batching, and compiling every INSERT
/// again, with the search-index triggers behind it (docs/adr/0019).
/// </summary>
internal sealed class ImportBulkInsert : IAsyncDisposable
{
    private readonly DbCommand _command;
    private readonly IProperty[] _columns;
    private readonly bool _returnsId;

    public ImportBulkInsert(IClaimTrackerDb db, IEntityType entity)
    {
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var generated = entity.FindPrimaryKey()!.Properties is [{ ValueGenerated: ValueGenerated.OnAdd } id] ? id : null;
        _columns = [.. entity.GetProperties().Where(p => p != generated && p.GetColumnName(table) is not null)];
        if (_columns.FirstOrDefault(p => p.IsShadowProperty() && !p.IsIndexerProperty()) is { } shadow)
        {
            // A shadow column has no value on the object to read; the import would silently write its default.
            throw new NotSupportedException($"{entity.DisplayName()}.{shadow.Name} is a shadow property; the bulk insert cannot read it.");
        }
        _returnsId = generated is not null;
        _command = db.Database.GetDbConnection().CreateCommand();
        _command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var identity = !_returnsId ? "" : Stats.ReadModel.StatsWriter.IsSqlServer(db) ? "; SELECT CAST(SCOPE_IDENTITY() AS int);" : "; SELECT last_insert_rowid();";
        var name = entity.GetSchema() is { } schema ? $"\"{schema}\".\"{table.Name}\"" : $"\"{table.Name}\"";
        _command.CommandText = $"INSERT INTO {name} ({string.Join(", ", _columns.Select(p => $"\"{p.GetColumnName(table)}\""))}) " +
            $"VALUES ({string.Join(", ", _columns.Select((_, i) => $"@p{i}"))}){identity}";
    }

    /// <summary>Inserts <paramref name="row"/>; its generated id when the table has one, else 0.</summary>
    public async Task<int> InsertAsync(object row, CancellationToken ct)
    {
        _command.Parameters.Clear();
        for (var i = 0; i < _columns.Length; i++)
        {
            var property = _columns[i];
            // The type mapping converts the value (enum names, dates, GUIDs) and configures the parameter as a
            // SaveChanges would; only the statement's text is shared between rows.
            _command.Parameters.Add(property.GetRelationalTypeMapping().CreateParameter(
                _command, $"@p{i}", property.GetGetter().GetClrValueUsingContainingEntity(row), property.IsNullable));
        }
        if (!_returnsId)
        {
            await _command.ExecuteNonQueryAsync(ct);
            return 0;
        }
        return Convert.ToInt32(await _command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();
}
