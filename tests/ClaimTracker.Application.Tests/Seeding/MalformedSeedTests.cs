using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Statements;
using ClaimTracker.Infrastructure.Search;
using ClaimTracker.Infrastructure.Seeding;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ClaimTracker.Application.Tests.Seeding;

/// <summary>
/// A copy of the real seed files with one thing broken: seeding must refuse it with a message naming the file,
/// the record and the field, and leave the database empty.
/// </summary>
public sealed class MalformedSeedTests(EmptyDatabase db, ITestOutputHelper output) : IClassFixture<EmptyDatabase>, IDisposable
{
    private const string Broken = "@@broken@@";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "claimtracker-tests", "seeds-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<string, string, string, string> Breakages => new()
    {
        // what is broken, then the file, record and field the message must name
        { "an unknown enum name", "statements.json", $"record {ModiClaimIndex}", "quoteKind" },
        { "an unknown speaker key", "statements.json", $"record {ModiClaimIndex}", "speaker" },
        { "a duplicate key", "speakers.json", "record 1", "key" },
        { "invalid JSON", "sources.json", "record 2", "kind" },
        { "a link to an unknown statement", "links.json", "record 0", "to" },
        { "an empty quote", "statements.json", $"record {ModiClaimIndex}", "quote" },
        { "a javascript: URL", "sources.json", "record 1", "url" },
        { "an over-long context", "statements.json", $"record {ModiClaimIndex}", "context" },
        { "a blank topic", "statements.json", $"record {ModiClaimIndex}", "topics" },
        { "an over-long link note", "links.json", "record 0", "note" },
        // Rules the seed loader has no copy of: only the use cases' validators know them.
        { "a date in the future", "statements.json", $"record {ModiClaimIndex}", "saidOn" },
        { "a speaker speaking on their own behalf", "statements.json", $"record {ModiClaimIndex}", "onBehalfOf" },
        { "the same link twice", "links.json", "record 1", "relation" },
    };

    [Fact]
    public async Task A_seed_record_is_refused_with_the_same_words_the_form_uses()
    {
        Assert.True(await IsEmptyAsync());
        CopySeedsBreaking("a date in the future");

        var refused = await db.RejectsWithoutWritingAsync<SeedDataException>(async () =>
        {
            await using var scope = db.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().SeedAsync(_folder);
        });

        Assert.Contains($"statements.json: record {ModiClaimIndex} (trump-modi-asked-mediation-2019-07-22): field 'saidOn': The date cannot be in the future.", refused.Problems);
        Assert.True(await IsEmptyAsync());
    }

    private static int ModiClaimIndex => Seed.Statements.ToList().FindIndex(s => s.Key == "trump-modi-asked-mediation-2019-07-22");

    [Theory]
    [MemberData(nameof(Breakages))]
    public async Task A_malformed_seed_folder_is_refused_naming_the_problem_and_leaves_the_database_empty(
        string breakage, string file, string record, string field)
    {
        Assert.True(await IsEmptyAsync(), "The database already holds records: an earlier case was seeded although broken. Fix that one first.");
        CopySeedsBreaking(breakage);

        var refused = await db.RejectsWithoutWritingAsync<SeedDataException>(async () =>
        {
            await using var scope = db.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().SeedAsync(_folder);
        });

        output.WriteLine(refused.Message);
        Assert.Contains(refused.Problems, p => p.StartsWith(file, StringComparison.Ordinal)
            && p.Contains(record, StringComparison.Ordinal) && p.Contains(field, StringComparison.Ordinal));
        Assert.Contains(file, refused.Message, StringComparison.Ordinal);
        Assert.True(await IsEmptyAsync());
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>No table holds a record (FTS5 keeps bookkeeping rows in its shadow tables even when the index is empty).</summary>
    private async Task<bool> IsEmptyAsync() =>
        (await db.RowCountsAsync())
            .Where(t => !t.Key.StartsWith(SqliteFullText.Table + "_", StringComparison.Ordinal))
            // The desk's roles exist from start-up on, and the migration brings PolitiFact and its label mapping;
            // neither is seed data.
            .Where(t => t.Key is not ("AspNetRoles" or "Publishers" or "RatingLabels"))
            .All(t => t.Value == 0);

    private void CopySeedsBreaking(string breakage)
    {
        Directory.CreateDirectory(_folder);
        foreach (var path in Directory.GetFiles(SeedFiles.Directory, "*.json"))
        {
            File.Copy(path, Path.Combine(_folder, Path.GetFileName(path)));
        }

        switch (breakage)
        {
            case "an unknown enum name":
                Edit("statements.json", records => records[ModiClaimIndex]!["quoteKind"] = "Quotation");
                break;
            case "an unknown speaker key":
                Edit("statements.json", records => records[ModiClaimIndex]!["speaker"] = "nobody-at-all");
                break;
            case "a duplicate key":
                Edit("speakers.json", records => records[1]!["key"] = records[0]!["key"]!.GetValue<string>());
                break;
            case "invalid JSON":
                // A bare word where a string belongs.
                Edit("sources.json", records => records[2]!["kind"] = Broken);
                Rewrite("sources.json", text => text.Replace($"\"{Broken}\"", "NewsArticle", StringComparison.Ordinal));
                break;
            case "a link to an unknown statement":
                Edit("links.json", records => records[0]!["to"] = "no-such-statement");
                break;
            case "an empty quote":
                Edit("statements.json", records => records[ModiClaimIndex]!["quote"] = " ");
                break;
            case "a javascript: URL":
                Edit("sources.json", records => records[1]!["url"] = "javascript:alert(1)");
                break;
            case "an over-long context":
                Edit("statements.json", records => records[ModiClaimIndex]!["context"] = new string('c', Statement.ContextMaxLength + 1));
                break;
            case "a blank topic":
                Edit("statements.json", records => records[ModiClaimIndex]!["topics"] = new JsonArray("Kashmir", " "));
                break;
            case "an over-long link note":
                Edit("links.json", records => records[0]!["note"] = new string('n', StatementLink.NoteMaxLength + 1));
                break;
            case "a date in the future":
                Edit("statements.json", records => records[ModiClaimIndex]!["saidOn"] = DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                break;
            case "a speaker speaking on their own behalf":
                Edit("statements.json", records => records[ModiClaimIndex]!["onBehalfOf"] = records[ModiClaimIndex]!["speaker"]!.GetValue<string>());
                break;
            case "the same link twice":
                Edit("links.json", records => records.Insert(1, records[0]!.DeepClone()));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(breakage), breakage, "No such breakage.");
        }
    }

    private void Edit(string file, Action<JsonArray> change) =>
        Rewrite(file, text =>
        {
            var records = JsonNode.Parse(text)!.AsArray();
            change(records);
            return records.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        });

    private void Rewrite(string file, Func<string, string> change)
    {
        var path = Path.Combine(_folder, file);
        File.WriteAllText(path, change(File.ReadAllText(path)));
    }
}
