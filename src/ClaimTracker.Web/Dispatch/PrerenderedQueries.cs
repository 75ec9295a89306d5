using System.IO.Compression;
using System.Text;
using System.Text.Json;
using ClaimTracker.Application.Common;
using MediatR;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Components.Web;

namespace ClaimTracker.Web.Dispatch;

/// <summary>
/// Each query runs once per page visit. A page is rendered twice: first on the server into the HTML (prerendering),
/// then again when its circuit starts. While prerendering, every query's answer is kept and written into the page
/// (PersistentComponentState, protected by the data-protection keys); when the circuit renders the same page, the
/// same query (same type, same values) takes that answer instead of reading the database again. Taken once: a later
/// send of the same query (a refresh after an edit) reads the database. Done here, in the one dispatcher every
/// component sends through, so no page can forget it (docs/adr/0015-read-side-performance.md).
/// </summary>
public sealed class PrerenderedQueries(PersistentComponentState state, CircuitPresence circuit) : IDisposable
{
    private const string StateKey = "ClaimTracker.PrerenderedQueries";

    /// <summary>
    /// Compressed bytes kept per page at most. The kept answers travel back to the server in the message that starts
    /// the circuit, and the hub refuses messages over 64 KB (Program.cs): a page over that never became interactive.
    /// Protection and base64 add about half again; answers past the budget are simply asked again by the circuit.
    /// </summary>
    public const int BudgetBytes = 24 * 1024;

    private Dictionary<string, byte[]>? _restored;
    private Dictionary<string, byte[]>? _recorded;
    private int _recordedBytes;
    private PersistingComponentStateSubscription _subscription;

    public async Task<TResponse> SendAsync<TResponse>(IRequest<TResponse> request, Func<Task<TResponse>> send)
    {
        if (request is not IQuery<TResponse> || KeyOf(request) is not { } key)
        {
            return await send();
        }
        if (circuit.IsOpen)
        {
            if (_restored is null)
            {
                _restored = state.TryTakeFromJson<Dictionary<string, byte[]>>(StateKey, out var restored) && restored is not null ? restored : [];
            }
            return _restored.Remove(key, out var packed) && Read<TResponse>(Unpack(packed)) is { } kept ? kept : await send();
        }

        var response = await send();
        Record(key, response);
        return response;
    }

    /// <summary>Keeps an answer for the circuit, if it reads back exactly as written (else the circuit asks again).</summary>
    private void Record<TResponse>(string key, TResponse response)
    {
        string json;
        try
        {
            json = JsonSerializer.Serialize(response);
            if (Read<TResponse>(json) is not { } copy || JsonSerializer.Serialize(copy) != json)
            {
                return;
            }
        }
        catch (Exception e) when (e is NotSupportedException or JsonException or InvalidOperationException)
        {
            return;
        }
        var packed = Pack(json);
        if (_recordedBytes + packed.Length > BudgetBytes)
        {
            return;
        }
        if (_recorded is null)
        {
            _recorded = [];
            _subscription = state.RegisterOnPersisting(() =>
            {
                state.PersistAsJson(StateKey, _recorded);
                return Task.CompletedTask;
            }, RenderMode.InteractiveServer);
        }
        _recorded[key] = packed;
        _recordedBytes += packed.Length;
    }

    /// <summary>JSON of lists repeats its property names row after row: Brotli makes it several times smaller.</summary>
    private static byte[] Pack(string json)
    {
        using var output = new MemoryStream();
        using (var brotli = new BrotliStream(output, CompressionLevel.Fastest))
        {
            brotli.Write(Encoding.UTF8.GetBytes(json));
        }
        return output.ToArray();
    }

    private static string Unpack(byte[] packed)
    {
        try
        {
            using var brotli = new BrotliStream(new MemoryStream(packed), CompressionMode.Decompress);
            using var reader = new StreamReader(brotli, Encoding.UTF8);
            return reader.ReadToEnd();
        }
        catch (InvalidDataException)
        {
            return "null";
        }
    }

    private static TResponse? Read<TResponse>(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<TResponse>(json);
        }
        catch (Exception e) when (e is NotSupportedException or JsonException or InvalidOperationException)
        {
            return default;
        }
    }

    /// <summary>The query's type and values; records compare by value, and so do their JSON forms.</summary>
    private static string? KeyOf(object request)
    {
        try
        {
            return request.GetType().FullName + JsonSerializer.Serialize(request, request.GetType());
        }
        catch (Exception e) when (e is NotSupportedException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    public void Dispose() => _subscription.Dispose();
}

/// <summary>True in a circuit's scope once the circuit is open; false in a prerendering request's scope.</summary>
public sealed class CircuitPresence : CircuitHandler
{
    public bool IsOpen { get; private set; }

    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        IsOpen = true;
        return Task.CompletedTask;
    }
}
