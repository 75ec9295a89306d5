using System.Globalization;
using System.Security.Claims;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Statements;
using ClaimTracker.Domain.Common;
using ClaimTracker.Web.Dispatch;
using MediatR;

namespace ClaimTracker.Web.Exports;

/// <summary>
/// What the command line's exports share: the filter options (<c>--speaker</c>, <c>--from</c>, <c>--to</c> and every
/// other name of the statement list's filter, read by <see cref="StatementFilter.Parse"/> with its messages), the
/// reader they run as, and writing a file whole or not at all.
/// </summary>
public static class CommandLineExport
{
    /// <summary>
    /// Whoever runs the app's command line can read its database already; the use cases still want a member, so
    /// exports run as this read-only one (the Viewer role), named so in logs.
    /// </summary>
    public static readonly ClaimsPrincipal Reader = new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, "command-line"),
            new Claim(ClaimTypes.Name, "command line"),
            new Claim(ClaimTypes.Role, Roles.Viewer),
        ],
        authenticationType: "CommandLine"));

    public static Task<T> SendAsync<T>(IServiceProvider services, IRequest<T> request, CancellationToken cancellation) =>
        OperationScope.SendAs(services.GetRequiredService<IServiceScopeFactory>(), Reader, request, cancellation);

    /// <summary>
    /// Reads <c>--name value</c> pairs into a statement filter. <c>--speaker</c> takes an id or a speaker's name
    /// (compared folded, as names are). Throws <see cref="RequestValidationException"/> with the filter's own messages.
    /// </summary>
    public static async Task<StatementFilter> ReadFilterAsync(
        IServiceProvider services, IReadOnlyList<(string Name, string Value)> options, CancellationToken cancellation)
    {
        var parts = new List<string>();
        RequestValidationException? speakerError = null;
        foreach (var (name, value) in options)
        {
            var text = value;
            if (name == StatementFilter.Names.Speaker && !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                try
                {
                    text = (await SpeakerIdAsync(services, value, cancellation)).ToString(CultureInfo.InvariantCulture);
                }
                catch (RequestValidationException e)
                {
                    // Read the other options too, so one run lists everything to fix.
                    speakerError = e;
                    continue;
                }
            }
            parts.Add($"{Uri.EscapeDataString(name)}={Uri.EscapeDataString(text)}");
        }
        try
        {
            var filter = StatementFilter.Parse("?" + string.Join("&", parts)).Query.FilterOnly();
            return speakerError is null ? filter : throw speakerError;
        }
        catch (RequestValidationException e) when (speakerError is not null && e != speakerError)
        {
            throw new RequestValidationException(speakerError.Errors.Concat(e.Errors).ToDictionary(x => x.Key, x => x.Value));
        }
    }

    private static async Task<int> SpeakerIdAsync(IServiceProvider services, string name, CancellationToken cancellation)
    {
        var found = await SendAsync(services, new ListSpeakers { Search = name, PageSize = Cursor.MaxPageSize }, cancellation);
        var same = found.Items.Where(s => NameKey.Same(s.Name, name)).ToList();
        return same switch
        {
            [var one] => one.Id,
            [] => throw RequestValidationException.For(StatementFilter.Names.Speaker, $"No speaker is named '{name}'."),
            _ => throw RequestValidationException.For(StatementFilter.Names.Speaker,
                $"Several speakers are named '{name}' (ids {string.Join(", ", same.Select(s => s.Id))}); give the id."),
        };
    }

    /// <summary>
    /// Writes to <paramref name="file"/> through a temporary file beside it, moved into place only once complete, so a
    /// failed or cancelled export never leaves half a file under the name asked for. "-" writes to standard output.
    /// </summary>
    public static async Task<T> WriteFileAsync<T>(string file, Func<Stream, Task<T>> write)
    {
        if (file == "-")
        {
            await using var output = Console.OpenStandardOutput();
            return await write(output);
        }
        var full = Path.GetFullPath(file);
        var partial = full + ".partial";
        try
        {
            T result;
            await using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                result = await write(stream);
            }
            File.Move(partial, full, overwrite: true);
            return result;
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>The arguments after the verb: <c>--format X</c>, one FILE, and <c>--name value</c> filter pairs.</summary>
    public sealed record Arguments(string? Format, string? File, IReadOnlyList<(string Name, string Value)> Filters, string? Error)
    {
        public static Arguments Parse(IReadOnlyList<string> arguments)
        {
            string? format = null;
            string? file = null;
            var filters = new List<(string, string)>();
            for (var i = 0; i < arguments.Count; i++)
            {
                var argument = arguments[i];
                if (argument.StartsWith("--", StringComparison.Ordinal) && argument.Length > 2)
                {
                    if (i + 1 >= arguments.Count)
                    {
                        return new Arguments(format, file, filters, $"{argument} needs a value.");
                    }
                    var value = arguments[++i];
                    if (argument == "--format")
                    {
                        format = value;
                    }
                    else
                    {
                        filters.Add((argument[2..], value));
                    }
                }
                else if (file is null)
                {
                    file = argument;
                }
                else
                {
                    return new Arguments(format, file, filters, $"One file only: '{file}' and '{argument}' were given.");
                }
            }
            return new Arguments(format, file, filters, null);
        }
    }
}
