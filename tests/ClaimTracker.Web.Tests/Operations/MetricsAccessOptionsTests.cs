using System.Net;
using ClaimTracker.Web.Setup;

namespace ClaimTracker.Web.Tests.Operations;

/// <summary>Who may read /metrics: the configured networks, or this machine alone when none are configured.</summary>
public sealed class MetricsAccessOptionsTests
{
    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("10.20.3.4", false)]
    [InlineData("192.168.1.10", false)]
    public void Without_configuration_only_loopback_may_read(string address, bool allowed) =>
        Assert.Equal(allowed, MetricsAccessOptions.Allows(new MetricsAccessOptions().Networks(), IPAddress.Parse(address)));

    [Theory]
    [InlineData("10.20.3.4", true)]
    [InlineData("::ffff:10.20.250.1", true)]
    [InlineData("10.21.0.1", false)]
    [InlineData("127.0.0.1", false)]
    public void A_configured_network_replaces_loopback(string address, bool allowed)
    {
        var options = new MetricsAccessOptions { AllowedNetworks = ["10.20.0.0/16"] };

        Assert.Equal(allowed, MetricsAccessOptions.Allows(options.Networks(), IPAddress.Parse(address)));
    }

    [Fact]
    public void A_connection_without_an_address_may_not_read() =>
        Assert.False(MetricsAccessOptions.Allows(new MetricsAccessOptions().Networks(), null));

    [Fact]
    public void A_malformed_network_stops_start_up_naming_the_setting_and_the_value()
    {
        var options = new MetricsAccessOptions { AllowedNetworks = ["10.20.0.0/99"] };

        var error = Assert.Throws<InvalidOperationException>(() => options.Networks());

        Assert.Equal("Metrics:AllowedNetworks has '10.20.0.0/99', which is not a network such as 10.0.0.0/8 or ::1/128.", error.Message);
    }
}
