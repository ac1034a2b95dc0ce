namespace BossRemote.Tests.TestSupport;

/// <summary>
/// The one <c>DataProtection__KeyEncryptionKey</c> every instance started on PostgreSQL in a test run shares, as an
/// operator gives all instances of an installation the same key (ADR-016). For tests only.
/// </summary>
public static class TestKeyEncryptionKey
{
    public const string Value = "CpoBFyfxsj2+cj+U4J7UTvXFLjkBItiwiKFknMppRbk=";

    public const string Setting = "DataProtection:KeyEncryptionKey";
}
