using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimTracker.Application.Intake;
using ClaimTracker.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Web.Commands;

/// <summary>
/// <c>extract FILE [--published yyyy-MM-dd]</c>: prints the statements the extractor finds in a text or HTML file as
/// a JSON array (words, speaker, role, kind, start and end offsets into the cleaned text), matching speakers against
/// the configured database.
/// </summary>
public sealed class ExtractCommand : IDeskCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        // Curly quotes and accents printed as they are, for people and scripts reading the output.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Name => "extract";

    public string Usage => "dotnet ClaimTracker.Web.dll extract FILE [--published yyyy-MM-dd]";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, CancellationToken cancellation)
    {
        if (arguments.Count < 1)
        {
            await Console.Error.WriteLineAsync($"Usage: {Usage}");
            return 2;
        }
        if (!File.Exists(arguments[0]))
        {
            await Console.Error.WriteLineAsync($"No such file: {arguments[0]}");
            return 1;
        }
        DateOnly? published = null;
        var at = arguments.ToList().IndexOf("--published");
        if (at >= 0)
        {
            if (at + 1 >= arguments.Count || !DateOnly.TryParseExact(arguments[at + 1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                await Console.Error.WriteLineAsync("--published needs a date written yyyy-MM-dd.");
                return 2;
            }
            published = day;
        }
        var content = await File.ReadAllTextAsync(arguments[0], cancellation);
        // The verb runs as the machine's operator, with no signed-in member, so it reads the speakers directly
        // rather than through the request pipeline (whose authorization wants a member); it changes nothing.
        await using var db = await services.GetRequiredService<IDbContextFactory<ClaimTrackerDbContext>>().CreateDbContextAsync(cancellation);
        var desk = await DeskSpeakers.ReadAsync(db, cancellation);
        var candidates = ArticleExtractor.Extract(ArticleText.Clean(content), published, desk);
        var rows = candidates.Select(c => new
        {
            words = c.Words,
            speaker = c.SpeakerName,
            speakerId = c.SpeakerId,
            newSpeaker = c.IsNewSpeaker,
            role = c.Role,
            onBehalfOf = c.OnBehalfOfName,
            kind = c.Kind.ToString(),
            start = c.Start,
            end = c.End,
            saidOn = c.SaidOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            saidOnPrecision = c.SaidOnPrecision.ToString(),
        });
        await Console.Out.WriteLineAsync(JsonSerializer.Serialize(rows, Json));
        return 0;
    }
}
