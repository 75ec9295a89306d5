using ClaimTracker.Application.Common;
using ClaimTracker.Web.Components.Shared;
using ClaimTracker.Web.Tests.Support;
using static ClaimTracker.Web.Tests.Support.Samples;

namespace ClaimTracker.Web.Tests.Shared;

/// <summary>ErrorPanel, FieldErrors and the UseCaseErrors they show.</summary>
public sealed class ErrorDisplayTests : BunitContext
{
    [Fact]
    public void The_error_panel_is_absent_when_nothing_went_wrong()
    {
        var cut = Render<ErrorPanel>(p => p.Add(x => x.Messages, []));

        Assert.Empty(cut.FindAll("[data-testid=errors]"));
    }

    [Fact]
    public void The_error_panel_lists_every_message_as_an_alert()
    {
        var cut = Render<ErrorPanel>(p => p.Add(x => x.Messages, ["Enter the words of the statement.", "Choose a speaker from the list."]));

        var panel = cut.Find("[data-testid=errors]");
        Assert.Equal("alert", panel.GetAttribute("role"));
        Assert.Equal(["Enter the words of the statement.", "Choose a speaker from the list."], Read.Texts(panel.QuerySelectorAll("li")));
    }

    [Fact]
    public async Task Field_errors_show_only_the_messages_for_their_field()
    {
        var errors = new UseCaseErrors();
        await errors.Try(() => throw Invalid(("Statement.Quote", "Enter the words of the statement."), ("Statement.SpeakerRole", "The role is too long.")));

        var cut = Render<FieldErrors>(p => p.Add(x => x.Errors, errors).Add(x => x.Field, "Quote"));

        Assert.Equal(["Enter the words of the statement."], Read.Texts(cut.FindAll(".validation-message")));
    }

    [Fact]
    public async Task A_field_is_not_confused_with_one_whose_name_ends_the_same()
    {
        var errors = new UseCaseErrors();
        await errors.Try(() => throw Invalid(("Statement.OnBehalfOfId", "The body spoken for is not a known speaker.")));

        Assert.Empty(errors.For("Id"));
        Assert.Single(errors.For("OnBehalfOfId"));
    }

    [Fact]
    public async Task A_refusal_is_recorded_and_reported_as_not_done()
    {
        var errors = new UseCaseErrors();

        var done = await errors.Try(() => throw new NotFoundException("Statement", 99));

        Assert.False(done);
        Assert.Equal(["Statement 99 was not found."], errors.All);
    }

    [Fact]
    public async Task A_success_clears_the_previous_refusal()
    {
        var errors = new UseCaseErrors();
        await errors.Try(() => throw new ConcurrencyConflictException("Statement"));

        var done = await errors.Try(() => Task.CompletedTask);

        Assert.True(done);
        Assert.False(errors.Any);
    }

    [Fact]
    public async Task A_fault_that_is_not_a_refusal_is_not_swallowed()
    {
        var errors = new UseCaseErrors();

        await Assert.ThrowsAsync<InvalidOperationException>(() => errors.Try(() => throw new InvalidOperationException("bug")));
    }
}
