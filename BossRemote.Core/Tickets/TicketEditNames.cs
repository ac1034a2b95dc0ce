namespace BossRemote.Core.Tickets;

/// <summary>The names a ticket edit is described with: people and categories by id, as they are called now.</summary>
public sealed record TicketEditNames(IReadOnlyDictionary<string, string> People, IReadOnlyDictionary<int, string> Categories)
{
    public string Person(string id) => People.TryGetValue(id, out var name) ? name : "a person no longer listed";

    public string Category(int id) => Categories.TryGetValue(id, out var name) ? name : $"category {id}";
}
