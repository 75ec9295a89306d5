using System.Text.Json;

namespace ClaimTracker.Application.Imports.Formats;

/// <summary>Reading the JSON formats: whole documents (with several values one after another allowed), loose property access.</summary>
internal static class JsonImport
{
    /// <summary>Every top-level JSON value in the file: one document, or several written one after another (pages).</summary>
    public static async Task<IReadOnlyList<JsonElement>> ParseAsync(ImportFile file, string format, CancellationToken ct)
    {
        var bytes = await File.ReadAllBytesAsync(file.Path, ct);
        return Parse(file.Name, bytes, format);
    }

    public static IReadOnlyList<JsonElement> Parse(string fileName, ReadOnlySpan<byte> bytes, string format)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }
        var values = new List<JsonElement>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions
        {
            AllowMultipleValues = true,
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        });
        try
        {
            while (reader.Read())
            {
                values.Add(JsonElement.ParseValue(ref reader));
            }
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" on line {line + 1}" : "";
            throw new ImportFileException(fileName, $"The file is not valid JSON{where}, so it cannot be a {format} file. {FirstSentence(e.Message)}");
        }
        if (values.Count == 0)
        {
            throw new ImportFileException(fileName, $"The file holds no JSON, so it cannot be a {format} file.");
        }
        return values;
    }

    private static string FirstSentence(string message) => message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0];

    public static JsonElement? Property(this JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }
        return null;
    }

    /// <summary>A value as text: a string, a number, the first of an array, or an object's name (schema.org nests them).</summary>
    public static string? Text(this JsonElement? element, string? property = null)
    {
        var value = property is null ? element : element?.Property(property);
        return value?.ValueKind switch
        {
            JsonValueKind.String => Common.Text.OrNull(value.Value.GetString()),
            JsonValueKind.Number => value.Value.GetRawText(),
            JsonValueKind.Array => value.Value.EnumerateArray().Select(v => ((JsonElement?)v).Text()).FirstOrDefault(t => t is not null),
            JsonValueKind.Object => value.Value.Property("name").Text() ?? value.Value.Property("@value").Text(),
            _ => null,
        };
    }

    /// <summary>An object or each object of an array.</summary>
    public static IEnumerable<JsonElement> Objects(this JsonElement? element) => element?.ValueKind switch
    {
        JsonValueKind.Object => [element.Value],
        JsonValueKind.Array => element.Value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object),
        _ => [],
    };

    public static bool IsType(this JsonElement element, string type)
    {
        var declared = element.Property("@type");
        return declared?.ValueKind switch
        {
            JsonValueKind.String => IsName(declared.Value.GetString(), type),
            JsonValueKind.Array => declared.Value.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && IsName(t.GetString(), type)),
            _ => false,
        };
    }

    // "ClaimReview", "schema:ClaimReview" and "http://schema.org/ClaimReview" are one type.
    private static bool IsName(string? value, string type) =>
        value is not null && (value == type || value.EndsWith("/" + type, StringComparison.Ordinal) || value.EndsWith(":" + type, StringComparison.Ordinal));

    public static string Summary(this JsonElement element, int max = 600) => ImportFiles.Truncate(element.GetRawText(), max);
}
