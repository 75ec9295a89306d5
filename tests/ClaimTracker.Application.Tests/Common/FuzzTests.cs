using System.Collections;
using System.Reflection;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Tests.Support;
using MediatR;

namespace ClaimTracker.Application.Tests.Common;

/// <summary>
/// Every request type the application answers (found by reflection, so a new use case is fuzzed without being
/// listed), sent as a member its [AllowedRoles] admit, with one hostile value at a time in each field, nested
/// inputs and list items included: empty, a megabyte, control characters, an RTL override, emoji, half an emoji,
/// negative and extreme numbers, undefined enum values, null where the type says never null. The answer must be
/// success or a clear refusal (invalid, not found, forbidden, conflict, with a message), never another exception;
/// a refused command writes nothing (every table's row count, the audit trail's included, stays the same); and
/// the values no field may hold must be refused.
/// </summary>
public sealed class FuzzTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    private static readonly Type[] RequestTypes = typeof(IClaimTrackerDb).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false, IsPublic: true } && ResponseOf(t) is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToArray();

    public static TheoryData<string> RequestNames => [.. RequestTypes.Select(t => t.Name)];

    private static readonly NullabilityInfoContext Nullability = new();

    [Fact]
    public void Reflection_finds_the_requests_of_every_feature()
    {
        Assert.True(RequestTypes.Length >= 40, $"Only {RequestTypes.Length} request types found.");
        Assert.Contains(RequestTypes, t => t.Name == "CreateStatement");
        Assert.Contains(RequestTypes, t => t.Name == "ListStatements");
        Assert.Contains(RequestTypes, t => t.Name == "CreateAccount");
    }

    [Fact]
    public async Task A_control_character_in_a_quote_is_refused_by_name_and_nothing_is_written()
    {
        var input = await db.ValidStatementAsync("Words with a bell\u0007 inside");

        await db.RejectsAsInvalidAsync(new CreateStatement(input), "Statement.Quote", "invisible control character (U+0007)");
    }

    [Fact]
    public async Task A_missing_topic_list_is_refused_as_required_instead_of_crashing_the_handler()
    {
        var input = await db.ValidStatementAsync() with { Topics = null! };

        await db.RejectsAsInvalidAsync(new CreateStatement(input), "Statement.Topics", "is required");
    }

    [Theory]
    [MemberData(nameof(RequestNames))]
    public async Task Hostile_values_in_every_field_get_success_or_a_clear_refusal_and_a_refusal_writes_nothing(string requestName)
    {
        var type = RequestTypes.Single(t => t.Name == requestName);
        var role = RoleFor(type);
        var isCommand = type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>));
        var failures = new List<string>();
        var leaves = new List<Leaf>();
        Build(type, "", null, leaves);
        Assert.True(leaves.Count > 0 || type.GetConstructor(Type.EmptyTypes) is not null, $"{requestName} has no fields and no empty constructor.");

        foreach (var leaf in leaves)
        {
            foreach (var hostile in HostileValues(leaf))
            {
                var request = Build(type, "", new Target(leaf.Path, hostile.Value), null)!;
                var before = isCommand ? await db.RowCountsAsync() : null;
                var outcome = await SendAsync(role, request);
                var what = $"{leaf.Path} = {hostile.Name}";
                switch (outcome)
                {
                    case null when hostile.MustBeRefused:
                        failures.Add($"{what}: accepted; nothing may hold this.");
                        break;
                    case null:
                        break;
                    case RequestValidationException or NotFoundException or ForbiddenException or ConcurrencyConflictException:
                        if (string.IsNullOrWhiteSpace(outcome.Message))
                        {
                            failures.Add($"{what}: refused without a message.");
                        }
                        if (before is not null && !before.SequenceEqual(await db.RowCountsAsync()))
                        {
                            failures.Add($"{what}: refused, yet rows were written.");
                        }
                        break;
                    default:
                        failures.Add($"{what}: threw {outcome.GetType().Name}: {outcome.Message[..Math.Min(200, outcome.Message.Length)]}");
                        break;
                }
            }
        }

        Assert.True(failures.Count == 0, $"{requestName} as {role}:\n" + string.Join("\n", failures));
    }

    /// <summary>The role that can do the most with the request, so the fuzz reaches the handler.</summary>
    private static string RoleFor(Type type)
    {
        var allowed = type.GetCustomAttribute<AllowedRolesAttribute>()?.Roles ?? [Roles.Viewer];
        return new[] { Roles.Editor, Roles.Admin, Roles.Analyst, Roles.Viewer }.First(allowed.Contains);
    }

    private async Task<Exception?> SendAsync(string role, object request)
    {
        var response = ResponseOf(request.GetType())!;
        var send = typeof(TestDatabase).GetMethod(nameof(TestDatabase.SendAs))!.MakeGenericMethod(response);
        try
        {
            await (Task)send.Invoke(db, [role, request])!;
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }

    private static Type? ResponseOf(Type type) => type.GetInterfaces()
        .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>))?.GetGenericArguments()[0];

    private sealed record Leaf(string Path, Type Type, bool Nullable);

    private sealed record Target(string Path, object? Value);

    private sealed record Hostile(string Name, object? Value, bool MustBeRefused);

    private static IEnumerable<Hostile> HostileValues(Leaf leaf)
    {
        var type = System.Nullable.GetUnderlyingType(leaf.Type) ?? leaf.Type;
        if (!leaf.Nullable && !leaf.Type.IsValueType)
        {
            yield return new("null", null, MustBeRefused: true);
        }
        if (type == typeof(string))
        {
            yield return new("empty", "", false);
            yield return new("1 MB", new string('x', 1 << 20), true);
            yield return new("control characters", "a\u0000b\u0007c\u001b", true);
            yield return new("RTL override", "\u202Egpj.exe", false);
            yield return new("emoji", "😀🇵🇰👩‍👩‍👧", false);
            yield return new("lone surrogate", "a\uD800b", true);
        }
        else if (type == typeof(int))
        {
            yield return new("-1", -1, true);
            yield return new("0", 0, false);
            yield return new("int.MaxValue", int.MaxValue, false);
            yield return new("int.MinValue", int.MinValue, true);
        }
        else if (type.IsEnum)
        {
            yield return new("undefined enum value", Enum.ToObject(type, 999), true);
        }
        else if (type == typeof(DateOnly))
        {
            yield return new("DateOnly.MinValue", DateOnly.MinValue, false);
            yield return new("DateOnly.MaxValue", DateOnly.MaxValue, false);
        }
    }

    /// <summary>
    /// Builds a plausible value of <paramref name="type"/> (ids of seeded records, short text), putting the
    /// target's hostile value at the target's path; or, with <paramref name="leaves"/>, lists every field path.
    /// </summary>
    private static object? Build(Type type, string path, Target? target, List<Leaf>? leaves, bool nullable = false)
    {
        if (target is not null && target.Path == path)
        {
            return target.Value;
        }
        var plain = System.Nullable.GetUnderlyingType(type) ?? type;
        if (plain == typeof(string) || plain == typeof(int) || plain.IsEnum || plain == typeof(DateOnly) || plain == typeof(bool)
            || plain == typeof(Guid) || plain == typeof(long) || plain == typeof(DateTime) || plain == typeof(Uri))
        {
            if (path.Length > 0 && plain != typeof(bool) && plain != typeof(Guid) && plain != typeof(long) && plain != typeof(DateTime))
            {
                leaves?.Add(new Leaf(path, type, nullable || System.Nullable.GetUnderlyingType(type) is not null));
            }
            return Plausible(plain);
        }
        if (plain != typeof(string) && typeof(IEnumerable).IsAssignableFrom(plain))
        {
            if (path.Length > 0)
            {
                leaves?.Add(new Leaf(path, type, nullable));
            }
            var element = plain.IsArray ? plain.GetElementType()! : plain.GetGenericArguments().Single();
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            list.Add(Build(element, $"{path}[0]", target, leaves));
            return list;
        }
        if (plain.Namespace?.StartsWith("ClaimTracker", StringComparison.Ordinal) != true)
        {
            return plain.IsValueType ? Activator.CreateInstance(plain) : null;
        }
        if (path.Length > 0 && !plain.IsValueType)
        {
            leaves?.Add(new Leaf(path, type, nullable));
        }
        return BuildRecord(plain, path, target, leaves);
    }

    private static object BuildRecord(Type type, string path, Target? target, List<Leaf>? leaves)
    {
        string Child(string name) => path.Length == 0 ? name : $"{path}.{name}";

        // The primary constructor: the widest one that is not a copy constructor (new ListStatements(filter)).
        var constructor = type.GetConstructors()
            .Where(c => !c.GetParameters().Any(p => p.ParameterType.IsAssignableFrom(type)))
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault();
        object instance;
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (constructor is null)
        {
            instance = Activator.CreateInstance(type)!;
        }
        else
        {
            var arguments = constructor.GetParameters().Select(p =>
            {
                set.Add(p.Name!);
                var name = char.ToUpperInvariant(p.Name![0]) + p.Name[1..];
                return Build(p.ParameterType, Child(name), target, leaves, Nullability.Create(p).WriteState == NullabilityState.Nullable);
            }).ToArray();
            instance = constructor.Invoke(arguments);
        }
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.SetMethod is { IsPublic: true } && !set.Contains(p.Name) && p.GetIndexParameters().Length == 0))
        {
            var value = Build(property.PropertyType, Child(property.Name), target, leaves,
                Nullability.Create(property).WriteState == NullabilityState.Nullable);
            if (value is not null || !property.PropertyType.IsValueType)
            {
                property.SetValue(instance, value);
            }
        }
        return instance;
    }

    private static object? Plausible(Type type) =>
        type == typeof(string) ? "Fuzzed words"
        : type == typeof(int) ? 1
        : type == typeof(long) ? 1L
        : type == typeof(bool) ? false
        : type == typeof(Guid) ? Guid.Empty
        : type == typeof(DateOnly) ? new DateOnly(2020, 1, 1)
        : type == typeof(DateTime) ? new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc)
        : type == typeof(Uri) ? new Uri("http://localhost/")
        : type.IsEnum ? Enum.GetValues(type).GetValue(0)
        : null;
}
