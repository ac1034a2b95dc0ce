namespace BossRemote.Core.Satisfaction;

/// <summary>What a rating link leads to.</summary>
public enum RatingLinkState
{
    /// <summary>Waiting for the requester's rating.</summary>
    Open,

    /// <summary>Rated already: the link worked once.</summary>
    Answered,

    /// <summary>Past its date.</summary>
    Expired,

    /// <summary>Forged, changed, signed for something else, or for a request that does not exist.</summary>
    Invalid,
}
