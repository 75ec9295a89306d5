namespace ClaimTracker.Application.Common;

/// <summary>The columns of the statement-topic tag rows (<see cref="IClaimTrackerDb.StatementTopics"/>), named once.</summary>
public static class StatementTopicColumns
{
    public const string StatementId = "StatementsId";
    public const string TopicId = "TopicsId";

    /// <summary>
    /// A copy of the statement's date, kept by the database's triggers whoever inserts the row or changes the date
    /// (migration TopicTagDates): a topic's list walks (TopicsId, StatementSaidOn, StatementsId) in date order.
    /// Null in memory for a row EF has just added; never shown in a history.
    /// </summary>
    public const string SaidOn = "StatementSaidOn";
}
