using System.Net;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Domain.Speakers;
using Microsoft.Data.Sqlite;

namespace ClaimTracker.BrowserTests.Operations;

/// <summary>
/// What an operator and a load balancer see: /health/live and /health/ready answer anyone with one word, /metrics
/// answers only the monitoring network and shows the use cases that ran, and the command log names members by id only.
/// </summary>
public sealed class OperationsEndpointTests
{
    [Fact]
    public async Task Live_and_ready_answer_anyone_with_one_word_and_ready_fails_when_a_migration_is_missing()
    {
        await using var app = OpsApp.Start();
        using var client = app.NewClient();

        await AssertAnswerAsync(client, "health/live", HttpStatusCode.OK, "Healthy");
        await AssertAnswerAsync(client, "health/ready", HttpStatusCode.OK, "Healthy");

        // As if the app were upgraded before the DBA ran the script: its newest migration is not in the database.
        await using (var connection = new SqliteConnection($"Data Source={app.DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" = (SELECT MAX("MigrationId") FROM "__EFMigrationsHistory")""";
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        // Not ready, and the public answer does not say why (the log does); the process itself is alive.
        await AssertAnswerAsync(client, "health/ready", HttpStatusCode.ServiceUnavailable, "Unhealthy");
        await AssertAnswerAsync(client, "health/live", HttpStatusCode.OK, "Healthy");
    }

    [Fact]
    public async Task Ready_fails_when_the_configured_Redis_does_not_answer_while_saves_still_work()
    {
        await using var app = OpsApp.Start(new Dictionary<string, string?>
        {
            // Port 9 on loopback: nothing listens there.
            ["Redis:Configuration"] = "127.0.0.1:9,connectTimeout=500",
        });
        using var client = app.NewClient();

        await AssertAnswerAsync(client, "health/ready", HttpStatusCode.ServiceUnavailable, "Unhealthy");
        await AssertAnswerAsync(client, "health/live", HttpStatusCode.OK, "Healthy");

        // Redis is part of readiness, never of a save.
        var (id, _) = await app.SendAsAsync(Roles.Analyst, new CreateSpeaker(new SpeakerInput { Name = "Saved without Redis", Kind = SpeakerKind.Person }));
        var (saved, _) = await app.SendAsAsync(Roles.Viewer, new GetSpeaker(id));
        Assert.Equal("Saved without Redis", saved.Name);
        Assert.Contains(app.Logs.Lines, l => l.Message.Contains("CreateSpeaker was saved but not broadcast", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Metrics_show_each_use_case_refusals_and_validation_failures_to_loopback_and_commands_are_logged_by_member_id()
    {
        await using var app = OpsApp.Start();
        using var client = app.NewClient();
        app.Logs.Clear();

        var (_, analystId) = await app.SendAsAsync(Roles.Analyst, new CreateSpeaker(new SpeakerInput { Name = "Counted Speaker", Kind = SpeakerKind.Person }));
        await app.SendAsAsync(Roles.Viewer, new ListSpeakers { Search = "Counted" });
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            app.SendAsAsync(Roles.Viewer, new CreateSpeaker(new SpeakerInput { Name = "Not allowed", Kind = SpeakerKind.Person })));
        await Assert.ThrowsAsync<RequestValidationException>(() =>
            app.SendAsAsync(Roles.Analyst, new CreateSpeaker(new SpeakerInput { Name = "", Kind = SpeakerKind.Person })));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("health/live")).StatusCode);

        var response = await client.GetAsync("metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, Sample(text, "claimtracker_request_duration_seconds_count", "request_type=\"CreateSpeaker\"", "request_kind=\"command\"", "outcome=\"ok\""));
        Assert.Equal(1, Sample(text, "claimtracker_request_duration_seconds_count", "request_type=\"ListSpeakers\"", "request_kind=\"query\"", "outcome=\"ok\""));
        Assert.Equal(1, Sample(text, "claimtracker_request_refused_total", "request_type=\"CreateSpeaker\""));
        Assert.Equal(1, Sample(text, "claimtracker_request_validation_failed_total", "request_type=\"CreateSpeaker\""));
        // ASP.NET Core's own request durations, by the route that answered.
        Assert.True(Sample(text, "http_server_request_duration_seconds_count", "http_route=\"/health/live\"") >= 1);

        // Every command is logged with its type, the member's id and its duration; no e-mail address or name.
        Assert.Contains(app.Logs.Lines, l => l.Message.StartsWith($"Command CreateSpeaker by member {analystId} took ", StringComparison.Ordinal)
            && l.Message.EndsWith("ms (ok)", StringComparison.Ordinal));
        Assert.Contains(app.Logs.Lines, l => l.Message.Contains("Forbidden (role rule): member ", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Lines, l => l.Message.Contains("@claimtracker.test", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Metrics_are_not_found_for_an_address_outside_the_allowed_networks()
    {
        await using var app = OpsApp.Start(new Dictionary<string, string?>
        {
            ["Metrics:AllowedNetworks:0"] = "10.20.0.0/16",
        });
        using var client = app.NewClient();

        var response = await client.GetAsync("metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("claimtracker_", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("health/live")).StatusCode);
    }

    /// <summary>The value of the one sample of <paramref name="metric"/> that carries all the given labels.</summary>
    private static double Sample(string exposition, string metric, params string[] labels)
    {
        var lines = exposition.Split('\n')
            .Where(l => l.StartsWith(metric + "{", StringComparison.Ordinal) && labels.All(label => l.Contains(label, StringComparison.Ordinal)))
            .ToList();
        var line = Assert.Single(lines);
        return double.Parse(line[(line.IndexOf("} ", StringComparison.Ordinal) + 2)..].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task AssertAnswerAsync(HttpClient client, string path, HttpStatusCode status, string body)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(body, await response.Content.ReadAsStringAsync());
    }
}
