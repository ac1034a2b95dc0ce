using BossRemote.Core.Reports;

namespace BossRemote.Web.Components.Pages.Reports.Components;

/// <summary>A row of the report someone pressed, with its name and figure as the page showed them.</summary>
public sealed record ChosenRow(ReportRow Row, string Name, int Sessions);
