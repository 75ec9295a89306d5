using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimTracker.Application.Common;

namespace ClaimTracker.Application.Reviews;

/// <summary>
/// Every published fact-check of ours as one schema.org DataFeed of ClaimReviews: the pages of
/// <see cref="ListClaimReviews"/> (the public feed's use case) joined into one document, which the <c>claimreview</c>
/// import format reads back. Written item by item, so a large desk is never held in memory whole.
/// </summary>
public static class ClaimReviewFeed
{
    public delegate Task<JsonObject> SendPage(ListClaimReviews request, CancellationToken cancellation);

    /// <summary>Writes the feed to <paramref name="stream"/>; returns how many ClaimReviews it holds.</summary>
    public static async Task<int> WriteAsync(Stream stream, Uri publicBase, SendPage send, CancellationToken cancellation)
    {
        var request = new ListClaimReviews(publicBase) { PageSize = Cursor.MaxPageSize };
        var page = await send(request, cancellation);
        await using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        // The feed's own members from its first page, without the paging link: this document is the whole feed.
        foreach (var (name, value) in page)
        {
            if (name is not ("dataFeedElement" or ListClaimReviews.NextTerm))
            {
                writer.WritePropertyName(name);
                WriteNode(writer, value);
            }
        }
        writer.WriteStartArray("dataFeedElement");
        var count = 0;
        while (true)
        {
            foreach (var item in page["dataFeedElement"]?.AsArray() ?? [])
            {
                WriteNode(writer, item);
                count++;
            }
            await writer.FlushAsync(cancellation);
            if (page[ListClaimReviews.NextTerm] is null || AfterOf(page) is not { } after)
            {
                break;
            }
            page = await send(request with { After = after }, cancellation);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellation);
        return count;
    }

    private static void WriteNode(Utf8JsonWriter writer, JsonNode? node)
    {
        if (node is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            node.WriteTo(writer);
        }
    }

    /// <summary>The cursor inside the page's next address (the feed names its next page by address only).</summary>
    private static string? AfterOf(JsonObject page)
    {
        var next = page[ListClaimReviews.NextTerm]!.GetValue<string>();
        return System.Web.HttpUtility.ParseQueryString(new Uri(next).Query)["after"];
    }
}
