using System.Globalization;
using ClaimTracker.Application.Statements;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Statements;
using ClaimTracker.Web.Components.Shared;

namespace ClaimTracker.Web.Tests.Shared;

public sealed class LabelsTests
{
    [Theory]
    [InlineData(DatePrecision.Day, "22 Jul 2019")]
    [InlineData(DatePrecision.Month, "Jul 2019")]
    [InlineData(DatePrecision.Year, "2019")]
    [InlineData(DatePrecision.Approximate, "c. 22 Jul 2019")]
    public void A_date_is_shown_only_as_precisely_as_it_is_known(DatePrecision precision, string shown)
    {
        Assert.Equal(shown, Labels.Of(new DateOnly(2019, 7, 22), precision));
    }

    [Fact]
    public void A_single_digit_day_has_no_leading_zero()
    {
        Assert.Equal("5 Jan 2020", Labels.Of(new DateOnly(2020, 1, 5), DatePrecision.Day));
    }

    [Fact]
    public void Dates_read_the_same_whatever_the_server_culture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("fr-FR");

            Assert.Equal("22 Jul 2019", Labels.Of(new DateOnly(2019, 7, 22), DatePrecision.Day));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData(LinkRelation.Rebuts, LinkDirection.Outgoing, "Rebuts")]
    [InlineData(LinkRelation.Rebuts, LinkDirection.Incoming, "Rebutted by")]
    [InlineData(LinkRelation.Retracts, LinkDirection.Incoming, "Retracted by")]
    public void A_link_heading_reads_from_the_statement_on_screen(LinkRelation relation, LinkDirection direction, string heading)
    {
        Assert.Equal(heading, Labels.Of(relation, direction));
    }

    [Fact]
    public void Every_relation_has_its_own_heading_in_each_direction()
    {
        var headings = Enum.GetValues<LinkRelation>()
            .SelectMany(r => Enum.GetValues<LinkDirection>().Select(d => Labels.Of(r, d)))
            .ToList();

        Assert.Equal(headings.Count, headings.Distinct().Count());
    }
}
