namespace BossRemote.Core.Common;

/// <summary>An <see cref="OperationResult"/> that carries a value when it succeeds.</summary>
public sealed record OperationResult<T>(bool Succeeded, T? Value, string? Error)
{
    public static OperationResult<T> Success(T value) => new(true, value, null);

    public static OperationResult<T> Fail(string error) => new(false, default, error);
}
