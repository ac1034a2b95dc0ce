namespace BossRemote.Core.Satisfaction;

/// <summary>
/// The requester's rating of one ended remote session (ADR-023): asked once per case, in the save that ended it by Stop;
/// answered at most once, by the first submit — a second one is refused by the database, not by a read beforehand.
/// </summary>
public sealed class SatisfactionRequest
{
    public const int CodeLength = 32;
    public const int CommentMaxLength = 2000;
    public const int LowestRating = 1;
    public const int HighestRating = 5;

    /// <summary>How long the link in the e-mail works.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    public long Id { get; private set; }

    public long ServiceCaseId { get; private set; }

    /// <summary>Random and unguessable; the signed link carries it with the case's id.</summary>
    public string Code { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public DateTime ExpiresAt { get; private set; }

    /// <summary>When the requester answered; also the concurrency token, so only the save that finds it empty wins.</summary>
    public DateTime? AnsweredAt { get; private set; }

    public int? Rating { get; private set; }

    /// <summary>The requester's words, stored as typed (plain text; every page encodes it).</summary>
    public string? Comment { get; private set; }

    public static SatisfactionRequest For(long serviceCaseId, DateTime now) => new()
    {
        ServiceCaseId = serviceCaseId,
        Code = Guid.NewGuid().ToString("N"),
        CreatedAt = now,
        ExpiresAt = now + Lifetime,
    };

    public bool IsExpired(DateTime now) => now >= ExpiresAt;

    public void Answer(int rating, string? comment, DateTime now)
    {
        if (AnsweredAt is not null || rating is < LowestRating or > HighestRating)
        {
            throw new InvalidOperationException("A request is answered once, with a rating from 1 to 5.");
        }

        (Rating, Comment, AnsweredAt) = (rating, string.IsNullOrWhiteSpace(comment) ? null : comment, now);
    }
}
