namespace BossRemote.Core.Common;

/// <summary>The outcome of a command a person asked for: success, or a message that explains why not.</summary>
public sealed record OperationResult(bool Succeeded, string? Error)
{
    public static OperationResult Success { get; } = new(true, null);

    public static OperationResult Fail(string error) => new(false, error);
}
