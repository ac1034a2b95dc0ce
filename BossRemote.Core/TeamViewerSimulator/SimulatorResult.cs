namespace BossRemote.Core.TeamViewerSimulator;

/// <summary>The outcome of a simulator operation: a value, or the API error to answer with.</summary>
public sealed record SimulatorResult<T>
{
    private SimulatorResult(T? value, SimulatorError? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public SimulatorError? Error { get; }

    public bool Succeeded => Error is null;

    /// <summary>A success; for values the implicit conversion cannot take (interfaces).</summary>
    public static SimulatorResult<T> From(T value) => new(value, null);

    public static implicit operator SimulatorResult<T>(T value) => new(value, null);

    public static implicit operator SimulatorResult<T>(SimulatorError error) => new(default, error);
}
