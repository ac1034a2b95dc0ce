namespace BossRemote.Core.Common.Events;

/// <summary>
/// A message for open pages (SPEC §3.3): they re-read what it names. Carries ids only, never data, so nothing stale
/// travels; the web layer delivers it to every open page of every instance (ADR-005).
/// </summary>
public interface ILiveUpdate;
