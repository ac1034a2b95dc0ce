using System.Globalization;
using BossRemote.Core.Data;
using BossRemote.Core.Tickets;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.Satisfaction;

/// <summary>
/// The public rating page's service (ADR-023). Anyone holding the link may rate, once, without signing in; the token is
/// the only thing trusted, and a link that is forged, expired, used or for another case changes nothing. The rating and
/// its note on the ticket's timeline commit together; of two submits at once, the database lets exactly one through.
/// </summary>
public sealed class SatisfactionRatings(IDbContextFactory<BossRemoteDbContext> dbFactory, SatisfactionLink links, TimeProvider clock)
{
    public const string RatingMissing = "Choose a rating from 1 to 5.";

    public static readonly string CommentTooLong = string.Create(CultureInfo.InvariantCulture,
        $"The comment may have at most {SatisfactionRequest.CommentMaxLength:N0} characters.");

    /// <summary>What the link leads to.</summary>
    public async Task<RatingPage> GetAsync(string? token, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return (await FindAsync(db, token, cancellationToken)).Page;
    }

    /// <summary>Records the rating if the link is open and the input is good; says why not otherwise (nothing changes then).</summary>
    public async Task<RatingPage> SubmitAsync(string? token, int? rating, string? comment, CancellationToken cancellationToken = default)
    {
        // A ticket saved by someone else at the same moment is a version conflict of its own: try again, a few times.
        for (var attempt = 0; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var (page, request, ticket) = await FindAsync(db, token, cancellationToken);
            if (page.State != RatingLinkState.Open)
            {
                return page;
            }

            if (rating is not (>= SatisfactionRequest.LowestRating and <= SatisfactionRequest.HighestRating) || comment?.Length > SatisfactionRequest.CommentMaxLength)
            {
                return page with { Error = rating is null or < SatisfactionRequest.LowestRating or > SatisfactionRequest.HighestRating ? RatingMissing : CommentTooLong };
            }

            var now = clock.GetUtcNow().UtcDateTime;
            request!.Answer(rating.Value, comment, now);
            ticket!.Notes.Add(TicketTimeline.NewSystemNote(NoteFor(ticket.RequesterName, request), now, request.ServiceCaseId));
            ticket.Touch(now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return page with { State = RatingLinkState.Answered, Recorded = true };
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                // Answered by the other submit (the next round says so), or only the ticket changed (the next round rates).
            }
        }
    }

    /// <summary>The timeline's note: plain text, encoded wherever it is shown.</summary>
    public static string NoteFor(string requesterName, SatisfactionRequest request) =>
        $"Rated {request.Rating}/{SatisfactionRequest.HighestRating} by {(requesterName.Length > 0 ? requesterName : "the requester")}"
        + (request.Comment is { } comment ? $": {comment}" : "");

    private async Task<(RatingPage Page, SatisfactionRequest? Request, Ticket? Ticket)> FindAsync(
        BossRemoteDbContext db, string? token, CancellationToken cancellationToken)
    {
        if (links.Read(token) is not { } link)
        {
            return (RatingPage.Invalid, null, null);
        }

        var caseId = link.ServiceCaseId;
        var request = await db.SatisfactionRequests.SingleOrDefaultAsync(r => r.Code == link.Code, cancellationToken);
        if (request is null || request.ServiceCaseId != caseId)
        {
            return (RatingPage.Invalid, null, null); // a code of another case, or of none
        }

        var found = await db.ServiceCases.Where(c => c.Id == caseId).Select(c => new { c.Ticket, c.CreatedByName }).SingleAsync(cancellationToken);
        var state = request.AnsweredAt is not null ? RatingLinkState.Answered
            : request.IsExpired(clock.GetUtcNow().UtcDateTime) || link.IsExpired(clock.GetUtcNow().UtcDateTime) ? RatingLinkState.Expired
            : RatingLinkState.Open;
        return (new RatingPage(state, found.Ticket!.Number, found.Ticket.Subject, found.CreatedByName), request, found.Ticket);
    }
}
