using System.Text;

namespace ClaimTracker.Web.Exports;

/// <summary>
/// The one place that turns a value into a CSV cell (RFC 4180), with the formula-injection guard OWASP advises for
/// files opened in spreadsheets. The rule, as the README states it: a value that starts with <c>=</c>, <c>+</c>,
/// <c>-</c>, <c>@</c>, a tab or a carriage return, or with a single quote, is written with one extra single quote in
/// front. A spreadsheet then shows it as text instead of running it, and a program reading the file gets the original
/// back by dropping the first character of any cell that starts with a single quote (<see cref="Unguard"/>): quoting
/// a leading single quote too is what makes that reverse rule exact.
/// </summary>
public static class CsvCell
{
    public const char GuardCharacter = '\'';

    /// <summary>The first characters a spreadsheet reads as the start of a formula (OWASP, CSV injection).</summary>
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>The value with the guard applied: a leading single quote when it could start a formula.</summary>
    public static string Guard(string value) =>
        value.Length > 0 && (Array.IndexOf(FormulaStarts, value[0]) >= 0 || value[0] == GuardCharacter)
            ? GuardCharacter + value
            : value;

    /// <summary>The reverse of <see cref="Guard"/>, for a program reading the file back.</summary>
    public static string Unguard(string cell) =>
        cell.Length > 0 && cell[0] == GuardCharacter ? cell[1..] : cell;

    /// <summary>Appends the guarded value as one RFC 4180 field: quoted when it holds a comma, a quote or a line break.</summary>
    public static void Append(StringBuilder line, string? value)
    {
        var text = Guard(value ?? "");
        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            line.Append(text);
            return;
        }
        line.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    /// <summary>One record: the fields separated by commas, ended by CRLF (RFC 4180).</summary>
    public static string Line(IEnumerable<string?> values)
    {
        var line = new StringBuilder();
        var first = true;
        foreach (var value in values)
        {
            if (!first)
            {
                line.Append(',');
            }
            Append(line, value);
            first = false;
        }
        return line.Append("\r\n").ToString();
    }
}
