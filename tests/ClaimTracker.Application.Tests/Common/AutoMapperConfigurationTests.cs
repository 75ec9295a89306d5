using AutoMapper;
using AutoMapper.Internal;
using ClaimTracker.Application.Sources;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Topics;
using ClaimTracker.Domain.Sources;
using ClaimTracker.Domain.Speakers;
using ClaimTracker.Domain.Statements;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Application.Tests.Common;

public sealed class AutoMapperConfigurationTests
{
    private static IConfigurationProvider Configuration() =>
        new ServiceCollection().AddLogging().AddClaimTrackerApplication()
            .BuildServiceProvider().GetRequiredService<IConfigurationProvider>();

    [Fact]
    public void Every_projection_maps_every_member_of_its_result() =>
        Configuration().AssertConfigurationIsValid();

    [Theory]
    [InlineData(typeof(Statement), typeof(StatementSummary))]
    [InlineData(typeof(Statement), typeof(StatementDetails))]
    [InlineData(typeof(Speaker), typeof(SpeakerSummary))]
    [InlineData(typeof(Speaker), typeof(SpeakerDetails))]
    [InlineData(typeof(Source), typeof(SourceListItem))]
    [InlineData(typeof(Source), typeof(SourceDetails))]
    public void Every_projection_the_use_cases_need_is_registered(Type source, Type result) =>
        Assert.NotNull(Configuration().Internal().FindTypeMapFor(source, result));
}
