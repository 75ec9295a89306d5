namespace ClaimTracker.Domain.Speakers;

public enum SpeakerKind
{
    Person = 0,
    Government = 1,
    Ministry = 2,
    Party = 3,
    Organisation = 4,
    MilitantGroup = 5,
    Media = 6,
}
