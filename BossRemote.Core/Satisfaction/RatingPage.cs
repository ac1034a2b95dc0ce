namespace BossRemote.Core.Satisfaction;

/// <summary>
/// What the public rating page may show (ADR-023): the link's state and, for a valid link, the ticket's number and
/// subject and the technician's name — nothing else about the ticket or the help desk.
/// </summary>
/// <param name="Recorded">This submit recorded the rating (the thank-you), as against a link that was used before.</param>
public sealed record RatingPage(
    RatingLinkState State, int TicketNumber = 0, string TicketSubject = "", string TechnicianName = "", string? Error = null, bool Recorded = false)
{
    public static readonly RatingPage Invalid = new(RatingLinkState.Invalid);

    public string Message => State switch
    {
        RatingLinkState.Answered when Recorded => "Thank you! Your rating has been recorded.",
        RatingLinkState.Answered => "This session has been rated already. Thank you — each link can be used once.",
        RatingLinkState.Expired => "This rating link has expired. Thank you all the same.",
        RatingLinkState.Invalid => "This rating link is not valid. Please open the link from the e-mail exactly as it was sent.",
        _ => "",
    };
}
