using BossRemote.Core.ServiceCases;

namespace BossRemote.Tests.TestSupport;

/// <summary>A service case on a stored ticket, closed after ten minutes unless a test says otherwise.</summary>
public sealed class ServiceCaseBuilder
{
    private static int _next;

    private readonly ServiceCase _case;

    public ServiceCaseBuilder(int ticketId, TestUser technician)
    {
        var n = Interlocked.Increment(ref _next);
        var start = new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
        _case = new ServiceCase
        {
            TicketId = ticketId,
            State = ServiceCaseState.Closed,
            SessionCode = $"s{n % 1000:000}-{n / 1000 % 1000:000}-{n % 997:000}",
            Reference = $"test:case:{n}:{Guid.NewGuid():N}",
            CreatedById = technician.Id,
            CreatedByName = technician.DisplayName,
            CreatedAt = start,
            ValidUntil = start.AddHours(24),
            EndedAt = start.AddMinutes(10),
            EndedByName = technician.DisplayName,
        };
    }

    /// <summary>Closed: started at <paramref name="startUtc"/> and stopped <paramref name="duration"/> later.</summary>
    public ServiceCaseBuilder Closed(DateTime startUtc, TimeSpan duration)
    {
        _case.State = ServiceCaseState.Closed;
        _case.CreatedAt = startUtc;
        _case.ValidUntil = startUtc.AddHours(24);
        _case.EndedAt = startUtc + duration;
        return this;
    }

    /// <summary>Expired: started at <paramref name="startUtc"/> and ended by itself 24 hours later.</summary>
    public ServiceCaseBuilder Expired(DateTime startUtc)
    {
        _case.State = ServiceCaseState.Expired;
        _case.CreatedAt = startUtc;
        _case.ValidUntil = startUtc.AddHours(24);
        _case.EndedAt = _case.ValidUntil;
        _case.EndedByName = "BossRemote";
        return this;
    }

    /// <summary>Still open (pending or active): no end.</summary>
    public ServiceCaseBuilder Open(DateTime startUtc, ServiceCaseState state = ServiceCaseState.Active)
    {
        _case.State = state;
        _case.CreatedAt = startUtc;
        _case.ValidUntil = startUtc.AddHours(24);
        _case.EndedAt = null;
        _case.EndedByName = null;
        return this;
    }

    public ServiceCaseBuilder Connected(TimeSpan connected)
    {
        _case.ConnectedSeconds = (int)connected.TotalSeconds;
        return this;
    }

    public ServiceCase Build()
    {
        _case.DurationTicks = (_case.EndedAt - _case.CreatedAt)?.Ticks;
        return _case;
    }
}
