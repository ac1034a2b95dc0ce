namespace BossRemote.Core.Common;

/// <summary>Thrown by a service when the signed-in user's role does not allow the operation.</summary>
public sealed class AccessDeniedException(string operation)
    : Exception($"You do not have permission to {operation}.")
{
    public string Operation { get; } = operation;
}
