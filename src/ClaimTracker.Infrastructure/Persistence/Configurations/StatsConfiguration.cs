using ClaimTracker.Application.Stats.ReadModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClaimTracker.Infrastructure.Persistence.Configurations;

// The statistics read model (docs/adr/0014). No foreign keys: a row counts records, it does not own them, and the
// projection moves counts itself when a speaker is merged. Keys lead with what the charts filter on, so each chart is
// a range scan of its own rows. Names are fixed because StatsWriter writes them in plain SQL.

internal sealed class SpeakerVerdictStatConfiguration : IEntityTypeConfiguration<SpeakerVerdictStat>
{
    public void Configure(EntityTypeBuilder<SpeakerVerdictStat> b)
    {
        b.ToTable("StatsSpeakerVerdicts");
        b.HasKey(x => new { x.SpeakerId, x.PublisherId, x.Month, x.Bucket });
    }
}

internal sealed class SpeakerLinkStatConfiguration : IEntityTypeConfiguration<SpeakerLinkStat>
{
    public void Configure(EntityTypeBuilder<SpeakerLinkStat> b)
    {
        b.ToTable("StatsSpeakerLinks");
        b.HasKey(x => new { x.SpeakerId, x.Month, x.Category });
    }
}

internal sealed class SpeakerTopicStatConfiguration : IEntityTypeConfiguration<SpeakerTopicStat>
{
    public void Configure(EntityTypeBuilder<SpeakerTopicStat> b)
    {
        b.ToTable("StatsSpeakerTopics");
        b.HasKey(x => new { x.SpeakerId, x.TopicId, x.Month });
    }
}

internal sealed class SpeakerRebutterStatConfiguration : IEntityTypeConfiguration<SpeakerRebutterStat>
{
    public void Configure(EntityTypeBuilder<SpeakerRebutterStat> b)
    {
        b.ToTable("StatsSpeakerRebutters");
        b.HasKey(x => new { x.SpeakerId, x.RebutterId, x.Month });
    }
}

internal sealed class DeskDayStatConfiguration : IEntityTypeConfiguration<DeskDayStat>
{
    public void Configure(EntityTypeBuilder<DeskDayStat> b)
    {
        b.ToTable("StatsDeskDays");
        b.HasKey(x => new { x.Day, x.Kind, x.Member, x.Rating });
        b.Property(x => x.Member).HasMaxLength(StatsDesk.MemberMaxLength);
    }
}

internal sealed class TopicDayStatConfiguration : IEntityTypeConfiguration<TopicDayStat>
{
    public void Configure(EntityTypeBuilder<TopicDayStat> b)
    {
        b.ToTable("StatsTopicDays");
        b.HasKey(x => new { x.Day, x.TopicId });
        // The topic list's per-topic totals read by topic.
        b.HasIndex(x => new { x.TopicId, x.Day, x.Count });
    }
}
