using BossRemote.Core.Tickets;

namespace BossRemote.Tests.TestSupport;

/// <summary>What a person would type into the ticket form; valid unless a test says otherwise.</summary>
public sealed class TicketInputBuilder
{
    private readonly TicketInput _input = new()
    {
        Subject = "VPN disconnects every few minutes",
        Description = "Since the update this morning.",
        RequesterName = "Liam Smith",
        RequesterEmail = "liam.smith@northwind.example",
        CategoryId = 1,
        Type = TicketType.Incident,
        Priority = TicketPriority.High,
        Source = TicketSource.Phone,
    };

    public TicketInputBuilder With(Action<TicketInput> change)
    {
        change(_input);
        return this;
    }

    public TicketInputBuilder WithSubject(string subject) => With(i => i.Subject = subject);

    public TicketInputBuilder WithCategory(int categoryId) => With(i => i.CategoryId = categoryId);

    public TicketInputBuilder AssignedTo(string? userId) => With(i => i.AssignedTechnicianId = userId);

    public TicketInput Build() => _input;
}
