using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using BossRemote.Core.Common;

namespace BossRemote.Benchmarks.Live;

/// <summary>
/// Listens to the app's own metric of live updates delivered to ticket pages (<see cref="Telemetry.LiveUpdateDelivery"/>):
/// the server's side of a change reaching every page, from its post to each page's render handed to its connection,
/// before the page's browser has done anything with it.
/// </summary>
internal sealed class DeliveryMeter : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<double> _deliveries = new();

    public DeliveryMeter()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == Telemetry.SourceName && instrument.Name == Telemetry.LiveUpdateDelivery)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((_, ms, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == Telemetry.LiveUpdateKeyTag && Equals(tag.Value, "ticket"))
                {
                    _deliveries.Enqueue(ms);
                }
            }
        });
        _listener.Start();
    }

    /// <summary>Takes the deliveries to ticket pages since the last call, in ms.</summary>
    public List<double> Drain()
    {
        var taken = new List<double>();
        while (_deliveries.TryDequeue(out var ms))
        {
            taken.Add(ms);
        }

        return taken;
    }

    public void Dispose() => _listener.Dispose();
}
