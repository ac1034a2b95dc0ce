using System.Text.Json.Serialization;
using BossRemote.Core.TeamViewer.Json;

namespace BossRemote.Core.TeamViewer.Models;

/// <summary>A service case's <c>state</c>; read in any case (<c>"Open"</c> or <c>"open"</c>), sent lowercase.</summary>
[JsonConverter(typeof(SessionStateJsonConverter))]
public enum TeamViewerSessionState
{
    /// <summary>A value the docs do not describe (SWAGGER hints at four internal states).</summary>
    Unknown,
    Open,
    Closed,
}
