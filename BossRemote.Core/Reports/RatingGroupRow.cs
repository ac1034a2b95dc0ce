namespace BossRemote.Core.Reports;

/// <summary>What the database sums of the rating requests per technician and packed ticket fields (<see cref="TicketFieldKey"/>).</summary>
internal sealed record RatingGroupRow(string TechnicianId, long Key, int Requested, int Answered, long RatingSum)
{
    public SatisfactionFigures Figures => new(Requested, Answered, RatingSum);
}
