using ClaimTracker.Web.Exports;

namespace ClaimTracker.Web.Tests.Exports;

/// <summary>The CSV cell rule: RFC 4180 quoting and the OWASP formula guard, reversible exactly as the README says.</summary>
public sealed class CsvCellTests
{
    public static TheoryData<string, string> Guarded => new()
    {
        { "=1+2", "'=1+2" },
        { "+1", "'+1" },
        { "-1", "'-1" },
        { "@SUM(A1)", "'@SUM(A1)" },
        { "\tTabbed", "'\tTabbed" },
        { "\rReturn", "'\rReturn" },
        { "'quoted", "''quoted" },
        { "plain = text", "plain = text" },
        { "2019-07", "2019-07" },
        { "", "" },
    };

    [Theory]
    [MemberData(nameof(Guarded))]
    public void A_cell_that_could_start_a_formula_gets_one_leading_quote_and_reading_drops_it(string value, string written)
    {
        Assert.Equal(written, CsvCell.Guard(value));
        Assert.Equal(value, CsvCell.Unguard(CsvCell.Guard(value)));
    }

    [Fact]
    public void Fields_with_commas_quotes_or_line_breaks_are_quoted_and_rows_end_with_crlf()
    {
        var line = CsvCell.Line(["1", "a, b", "say \"no\"", "two\nlines", null, "=cmd", "plain"]);

        Assert.Equal("1,\"a, b\",\"say \"\"no\"\"\",\"two\nlines\",,'=cmd,plain\r\n", line);
    }

    [Fact]
    public void A_guarded_cell_that_also_needs_quoting_is_guarded_inside_the_quotes()
    {
        Assert.Equal("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"\r\n", CsvCell.Line(["=HYPERLINK(\"x\",\"y\")"]));
    }
}
