using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace ClaimTracker.Infrastructure.Identity;

/// <summary>
/// The desk's one password rule (OWASP ASVS 5.0, V6.2), applied by Identity wherever a password is set: an admin
/// creating a member, a member changing their password, the create-admin command. Length counts characters (Unicode
/// scalar values), not UTF-16 units, so six emoji are six characters. No composition rules; instead passwords from a
/// list of common and leaked ones, trivially repetitive or sequential ones, and ones containing the name part of the
/// member's own e-mail address are refused.
/// </summary>
public sealed class PasswordPolicy : IPasswordValidator<ApplicationUser>
{
    public const int MinLength = 12;
    public const int MaxLength = 256;

    /// <summary>Codes start with "Password" so the account store can name the password field in its refusal.</summary>
    public const string CodePrefix = "Password";

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password) =>
        Task.FromResult(Check(password ?? "", user.Email) is { } error ? IdentityResult.Failed(error) : IdentityResult.Success);

    /// <summary>The first rule the password breaks, or null when it is acceptable.</summary>
    public static IdentityError? Check(string password, string? email)
    {
        var runes = password.EnumerateRunes().ToList();
        if (runes.Count < MinLength)
        {
            return Error("TooShort", $"Passwords need at least {MinLength} characters; this one has {runes.Count}.");
        }
        if (runes.Count > MaxLength)
        {
            return Error("TooLong", $"Passwords can be at most {MaxLength} characters; this one has {runes.Count}.");
        }
        var lower = password.ToLowerInvariant();
        if (IsRepetitive(lower.EnumerateRunes().Select(r => r.Value).ToList()))
        {
            return Error("Repetitive", "This password is too repetitive or sequential (like aaaa…, abcabc… or 1234…). A few unrelated words make a good one.");
        }
        if (CommonPasswords.Contains(lower) || CommonPasswords.Contains(TrimDecoration(lower)))
        {
            return Error("Common", "This password is on a list of common and leaked passwords. A few unrelated words make a good one.");
        }
        if (ContainsOwnName(lower, email))
        {
            return Error("Personal", "This password contains the name from the account's e-mail address; choose one that does not.");
        }
        return null;
    }

    private static IdentityError Error(string code, string description) => new() { Code = CodePrefix + code, Description = description };

    /// <summary>Few distinct characters, one short unit repeated, or a run of consecutive letters or digits.</summary>
    private static bool IsRepetitive(List<int> chars)
    {
        if (chars.Distinct().Count() < 4)
        {
            return true;
        }
        for (var period = 1; period <= chars.Count / 2; period++)
        {
            var repeats = true;
            for (var i = period; i < chars.Count && repeats; i++)
            {
                repeats = chars[i] == chars[i - period];
            }
            if (repeats)
            {
                return true;
            }
        }
        // Digits wrap (…7890123…), as on a keyboard row.
        var allDigits = chars.All(c => c is >= '0' and <= '9');
        int Step(int i) => allDigits ? (chars[i] - chars[i - 1] + 10) % 10 : chars[i] - chars[i - 1];
        var first = Step(1);
        var ascending = allDigits ? first is 1 or 9 : first is 1 or -1;
        return ascending && Enumerable.Range(2, chars.Count - 2).All(i => Step(i) == first);
    }

    /// <summary>"password1234" and "!qwerty2024!" are a common password with digits or symbols around it.</summary>
    private static string TrimDecoration(string password)
    {
        static bool Decoration(char c) => char.IsDigit(c) || char.IsPunctuation(c) || char.IsSymbol(c) || char.IsWhiteSpace(c);
        var start = 0;
        var end = password.Length;
        while (start < end && Decoration(password[start]))
        {
            start++;
        }
        while (end > start && Decoration(password[end - 1]))
        {
            end--;
        }
        return password[start..end];
    }

    private static bool ContainsOwnName(string password, string? email)
    {
        var local = email?.Split('@')[0].ToLowerInvariant();
        return local is { Length: >= 4 } && password.Contains(local, StringComparison.Ordinal);
    }
}

/// <summary>
/// The 49,233 most common passwords from leaked sets, lower-cased (source and licence in
/// common-passwords.LICENSE.txt), embedded in this assembly and read once.
/// </summary>
public static class CommonPasswords
{
    private static readonly Lazy<HashSet<string>> List = new(Load);

    public static int Count => List.Value.Count;

    public static bool Contains(string lowerCasePassword) => lowerCasePassword.Length > 0 && List.Value.Contains(lowerCasePassword);

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream("ClaimTracker.Infrastructure.Identity.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is not embedded in the Infrastructure assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                set.Add(line.ToLower(CultureInfo.InvariantCulture));
            }
        }
        return set;
    }
}
