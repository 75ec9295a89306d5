using System.Globalization;

namespace ClaimTracker.Application.Common;

/// <summary>
/// Reads a URL's query string (a page address or an API call) by name, turning every value that is not what the
/// name asks for into a message for that name instead of a guess: unknown names, names given twice, text where a
/// number belongs, numbers beyond an id's range. Collect everything, then <see cref="ThrowIfInvalid"/> once, so the
/// caller hears about every bad value at the same time.
/// </summary>
public sealed class QueryParameters
{
    /// <summary>A hostile value can be a megabyte long; messages quote only its start.</summary>
    private const int QuotedValueMaxLength = 40;

    private readonly Dictionary<string, List<string>> _values = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    private QueryParameters()
    {
    }

    /// <summary>
    /// Splits <paramref name="query"/> ("?a=1&amp;b=2" or "a=1&amp;b=2") into names and values. Names outside
    /// <paramref name="known"/> (matched ignoring case) are refused by name.
    /// </summary>
    public static QueryParameters Parse(string? query, IReadOnlyCollection<string> known)
    {
        var parameters = new QueryParameters();
        var text = query ?? "";
        if (text.StartsWith('?'))
        {
            text = text[1..];
        }
        foreach (var pair in text.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Decode(pair[(equals + 1)..]);
            var canonical = known.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
            if (canonical is null)
            {
                parameters.Fail(Shorten(name), $"'{Shorten(name)}' is not a parameter here; use one of: {string.Join(", ", known)}.");
                continue;
            }
            if (!parameters._values.TryGetValue(canonical, out var values))
            {
                parameters._values[canonical] = values = [];
            }
            values.Add(value);
        }
        return parameters;
    }

    public bool IsValid => _errors.Count == 0;

    public IReadOnlyDictionary<string, string[]> Errors => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>Refuses the whole query with every message collected so far.</summary>
    public void ThrowIfInvalid()
    {
        if (!IsValid)
        {
            throw new RequestValidationException(Errors);
        }
    }

    /// <summary>Adds a message for <paramref name="name"/>.</summary>
    public void Fail(string name, string message)
    {
        if (!_errors.TryGetValue(name, out var messages))
        {
            _errors[name] = messages = [];
        }
        messages.Add(message);
    }

    /// <summary>The value as given (empty counts as absent), or null. Given twice is refused: which one would we take?</summary>
    public string? Text(string name)
    {
        if (!_values.TryGetValue(name, out var values))
        {
            return null;
        }
        if (values.Count > 1)
        {
            Fail(name, $"'{name}' is given {values.Count} times; give it once" +
                (name == "verdict" ? ", with the values separated by commas." : "."));
            return null;
        }
        return values[0].Length == 0 ? null : values[0];
    }

    /// <summary>True when the name appears with an empty value ("pageSize="), which a number or date cannot be.</summary>
    private bool IsEmpty(string name) => _values.TryGetValue(name, out var values) && values.Count == 1 && values[0].Length == 0;

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, described as <paramref name="what"/>.</summary>
    public int? Number(string name, string what, int min = 1, int max = int.MaxValue)
    {
        if (IsEmpty(name))
        {
            Fail(name, $"'{name}' is empty; give {what} or leave it out.");
            return null;
        }
        if (Text(name) is not { } text)
        {
            return null;
        }
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }
        Fail(name, $"'{Shorten(text)}' is not {what} (a whole number from {min} to {max}).");
        return null;
    }

    /// <summary>A record id: a whole number from 1 up.</summary>
    public int? Id(string name, string what) => Number(name, what);

    /// <summary>A day written yyyy-MM-dd.</summary>
    public DateOnly? Date(string name)
    {
        if (IsEmpty(name))
        {
            Fail(name, $"'{name}' is empty; give a date (YYYY-MM-DD) or leave it out.");
            return null;
        }
        if (Text(name) is not { } text)
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }
        Fail(name, $"'{Shorten(text)}' is not a date in the form YYYY-MM-DD.");
        return null;
    }

    /// <summary>One of the named values (ignoring case); <paramref name="names"/> maps each accepted word to its value.</summary>
    public T? OneOf<T>(string name, IReadOnlyDictionary<string, T> names) where T : struct
    {
        var values = ListOf(name, names, allowMany: false);
        return values.Count == 1 ? values[0] : null;
    }

    /// <summary>
    /// A comma-separated list of named values; every item must be known. Used where a filter takes several values
    /// at once (verdict=False,MostlyFalse).
    /// </summary>
    public IReadOnlyList<T> ListOf<T>(string name, IReadOnlyDictionary<string, T> names, bool allowMany = true)
    {
        if (IsEmpty(name))
        {
            Fail(name, $"'{name}' is empty; give one of: {string.Join(", ", names.Keys)}, or leave it out.");
            return [];
        }
        if (Text(name) is not { } text)
        {
            return [];
        }
        var items = text.Split(',', StringSplitOptions.TrimEntries);
        if (!allowMany && items.Length > 1)
        {
            Fail(name, $"'{name}' takes one value, not a list.");
            return [];
        }
        var result = new List<T>();
        foreach (var item in items)
        {
            var match = names.FirstOrDefault(n => string.Equals(n.Key, item, StringComparison.OrdinalIgnoreCase));
            if (match.Key is null)
            {
                Fail(name, $"'{Shorten(item)}' is not one of: {string.Join(", ", names.Keys)}.");
                return [];
            }
            if (!result.Contains(match.Value))
            {
                result.Add(match.Value);
            }
        }
        return result;
    }

    /// <summary>Every member of an enum by its C# name: the names we write into URLs ourselves.</summary>
    public static IReadOnlyDictionary<string, TEnum> NamesOf<TEnum>() where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().ToDictionary(v => v.ToString(), v => v, StringComparer.OrdinalIgnoreCase);

    /// <summary>Percent-decoding; a malformed escape stays as typed, which no filter value matches.</summary>
    private static string Decode(string part) => Uri.UnescapeDataString(part.Replace('+', ' '));

    private static string Shorten(string value)
    {
        if (value.Length <= QuotedValueMaxLength)
        {
            return value;
        }
        // Never cut between the two halves of an emoji.
        var end = char.IsHighSurrogate(value[QuotedValueMaxLength - 1]) ? QuotedValueMaxLength - 1 : QuotedValueMaxLength;
        return value[..end] + "…";
    }
}
