namespace BossRemote.Core.Demo;

public sealed record DemoUser(string Email, string DisplayName, string Role);
