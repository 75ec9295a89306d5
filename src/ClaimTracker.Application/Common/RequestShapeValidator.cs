using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using FluentValidation;

namespace ClaimTracker.Application.Common;

/// <summary>
/// The rules every field of every request shares, wherever it sits (a field, a nested input, a list item), so a
/// new use case is covered without writing them again; lengths and meaning stay with each use case's validator:
/// <list type="bullet">
/// <item>a field the type declares never null is present (a null list or input is refused, not dereferenced);</item>
/// <item>an id (a whole-number field named Id or ending in Id or Ids) is 1 or more;</item>
/// <item>text holds no control characters but tab and line breaks, and no half of an emoji (a lone UTF-16
/// surrogate): both are invisible in a form, break exports and JSON, and come from tools, not people.</item>
/// </list>
/// Registered for every request type next to its own validator.
/// </summary>
public sealed class RequestShapeValidator<TRequest> : AbstractValidator<TRequest>, IRequestShapeRules
{
    private const int MaxDepth = 4;

    private static readonly ConcurrentDictionary<Type, Field[]> FieldsByType = new();

    public RequestShapeValidator()
    {
        RuleFor(r => r).Custom((request, context) =>
        {
            foreach (var (path, problem, unusable) in Problems(request, "", 0))
            {
                context.AddFailure(new FluentValidation.Results.ValidationFailure(path, problem)
                {
                    ErrorCode = unusable ? IRequestShapeRules.Unusable : IRequestShapeRules.Malformed,
                });
            }
        });
    }

    private sealed record Field(PropertyInfo Property, bool Required, bool ItemsRequired, bool IsId);

    private static IEnumerable<(string Path, string Problem, bool Unusable)> Problems(object? value, string path, int depth)
    {
        switch (value)
        {
            case null:
                yield break;
            case string text:
                if (TextProblem(text) is { } problem)
                {
                    yield return (path, $"{Label(path)} {problem}", true);
                }
                yield break;
        }

        // Our own inputs only; framework values (Uri, Guid, dates) carry nothing to check here.
        var type = value.GetType();
        if (depth >= MaxDepth || type.Namespace?.StartsWith("ClaimTracker", StringComparison.Ordinal) != true || type.IsEnum)
        {
            yield break;
        }
        foreach (var field in FieldsByType.GetOrAdd(type, FieldsOf))
        {
            var name = path.Length == 0 ? field.Property.Name : $"{path}.{field.Property.Name}";
            var fieldValue = field.Property.GetValue(value);
            if (fieldValue is null)
            {
                if (field.Required)
                {
                    yield return (name, $"{Label(name)} is required.", true);
                }
                continue;
            }
            if (fieldValue is string or not IEnumerable)
            {
                if (field.IsId && fieldValue is int id && id < 1)
                {
                    yield return (name, $"{Label(name)} is not an id (ids are whole numbers from 1 up).", false);
                }
                foreach (var found in Problems(fieldValue, name, depth + 1))
                {
                    yield return found;
                }
                continue;
            }
            var index = 0;
            foreach (var item in (IEnumerable)fieldValue)
            {
                var itemName = $"{name}[{index++}]";
                if (item is null && field.ItemsRequired)
                {
                    yield return (itemName, $"{Label(itemName)} is empty.", true);
                }
                else if (field.IsId && item is int itemId && itemId < 1)
                {
                    yield return (itemName, $"{Label(itemName)} is not an id (ids are whole numbers from 1 up).", false);
                }
                foreach (var found in Problems(item, itemName, depth + 1))
                {
                    yield return found;
                }
            }
        }
    }

    private static Field[] FieldsOf(Type type)
    {
        var nullability = new NullabilityInfoContext();
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is not null && p.Name != "EqualityContract")
            .Select(p =>
            {
                var info = nullability.Create(p);
                var items = info.ElementType ?? (info.GenericTypeArguments.Length == 1 ? info.GenericTypeArguments[0] : null);
                var isId = p.Name == "Id" || p.Name.EndsWith("Id", StringComparison.Ordinal) || p.Name.EndsWith("Ids", StringComparison.Ordinal);
                return new Field(p,
                    Required: !p.PropertyType.IsValueType && info.ReadState == NullabilityState.NotNull,
                    ItemsRequired: items is { ReadState: NullabilityState.NotNull } && !items.Type.IsValueType,
                    IsId: isId);
            })
            .ToArray();
    }

    private static string? TextProblem(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (char.IsSurrogate(c))
            {
                return "contains a broken character (half of an emoji or symbol); type or paste it again.";
            }
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            {
                return $"contains an invisible control character (U+{(int)c:X4}); remove it.";
            }
        }
        return null;
    }

    private static string Label(string path) => path.Length == 0 ? "The text" : $"'{path}'";
}

/// <summary>Marks the shared shape rules, which the validation behaviour runs before a use case's own.</summary>
public interface IRequestShapeRules
{
    /// <summary>
    /// A value the use case's own rules cannot even read: a null where the type promises a value, or text with control
    /// characters or half an emoji (Unicode normalisation throws on it). Validation stops there.
    /// </summary>
    const string Unusable = "Shape.Unusable";

    /// <summary>An id below 1; where the use case's own validator names the field ("Choose a speaker"), its words go first.</summary>
    const string Malformed = "Shape.Malformed";
}
