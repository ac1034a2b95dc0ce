using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using BossRemote.Core.Common;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.Tickets;
using BossRemote.Web.Components.Shared;
using BossRemote.Web.TimeZones;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Caching.Memory;
using MudBlazor;

namespace BossRemote.Web.Components.Pages.Tickets.Components;

/// <summary>
/// One note of the timeline as a single piece of markup (issue 11): a note written out element by element is about 30
/// render-tree frames, held twice by every open page of the ticket for as long as it is open, and diffed on every
/// change. Every text from a person is HTML-encoded here. The markup of a note in a time zone is shared by all open pages
/// (a bounded cache keyed by the note's whole content, so a changed note or case is a new entry).
/// </summary>
public static class NoteMarkup
{
    public const string CaseTimePattern = "d MMM yyyy, HH:mm:ss";

    private static readonly string PersonIcon = Icons.Material.Filled.Person;
    private static readonly string SystemIcon = Icons.Material.Filled.SettingsSuggest;
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;
    private static readonly MemoryCache Cache = new(new MemoryCacheOptions { SizeLimit = 20_000 });

    public static MarkupString For(TicketNoteView note, ViewerTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(zone);
        return Cache.GetOrCreate((note, zone.Zone.Id), entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromMinutes(30);
            return new MarkupString(Build(note, zone));
        });
    }

    /// <summary>The markup itself, uncached.</summary>
    public static string Build(TicketNoteView note, ViewerTimeZone zone)
    {
        var system = note.Kind == TicketNoteKind.System;
        var html = new StringBuilder(512);
        html.Append("<div class=\"mud-paper mud-paper-outlined pa-3 mb-2").Append(system ? " mud-background-gray" : "")
            .Append("\" data-testid=\"ticket-note\" data-kind=\"").Append(note.Kind).Append("\">");
        html.Append("<div class=\"d-flex flex-row align-center gap-1 mb-1\">")
            .Append("<svg class=\"mud-icon-root mud-svg-icon mud-icon-size-small ").Append(system ? "mud-secondary-text" : "mud-primary-text")
            .Append("\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\">").Append(system ? SystemIcon : PersonIcon).Append("</svg>")
            .Append("<h6 class=\"mud-typography mud-typography-subtitle2\">").Append(Encoder.Encode(note.AuthorName)).Append("</h6>")
            .Append("<span class=\"mud-typography mud-typography-caption mud-text-secondary\">");
        AppendTime(html, zone, note.CreatedAt, LocalTimeMarkup.DefaultPattern);
        html.Append("</span></div>");
        if (note.Case is { } serviceCase)
        {
            // The stored text carries UTC times; the viewer reads them in their own zone.
            Paragraph(html, "br-note-body", null, note.Body.Split('\n', 2)[0]);
            html.Append("<p class=\"mud-typography mud-typography-body2 mud-text-secondary\" data-testid=\"ticket-note-case\">");
            if (serviceCase.End is { } end)
            {
                html.Append("<span>Start ");
                AppendTime(html, zone, serviceCase.Start, CaseTimePattern);
                html.Append(" · End ");
                AppendTime(html, zone, end, CaseTimePattern);
                html.Append(" · Duration ").Append(Encoder.Encode(DurationText.Format(serviceCase.Duration!.Value))).Append("</span>");
                if (serviceCase.ConnectedSeconds is { } connected)
                {
                    html.Append("<span> · Connected ").Append(Encoder.Encode(DurationText.FormatSeconds(connected))).Append("</span>");
                }
            }
            else if (serviceCase.ValidUntil is { } validUntil)
            {
                html.Append("<span>Valid until ");
                AppendTime(html, zone, validUntil, LocalTimeMarkup.DefaultPattern);
                html.Append("</span>");
            }

            html.Append("</p>");
            if (ServiceCaseNotes.WrapUpOf(note.Body) is { } wrapUp)
            {
                Paragraph(html, "br-note-body mt-1", "ticket-note-wrapup", wrapUp);
            }
        }
        else
        {
            Paragraph(html, "br-note-body", null, note.Body);
        }

        return html.Append("</div>").ToString();
    }

    private static void Paragraph(StringBuilder html, string classes, string? testId, string text)
    {
        html.Append("<p class=\"mud-typography mud-typography-body2 ").Append(classes).Append('"');
        if (testId is not null)
        {
            html.Append(" data-testid=\"").Append(testId).Append('"');
        }

        html.Append('>').Append(Encoder.Encode(text)).Append("</p>");
    }

    private static void AppendTime(StringBuilder html, ViewerTimeZone zone, DateTime utc, string pattern)
    {
        var text = LocalTimeMarkup.Format(zone, utc, pattern);
        var iso = utc.ToString("O", CultureInfo.InvariantCulture);
        html.Append("<time datetime=\"").Append(iso).Append("\" title=\"")
            .Append(Encoder.Encode(LocalTimeMarkup.Title(zone, utc, text)))
            .Append("\" data-utc=\"").Append(iso).Append("\">").Append(Encoder.Encode(text)).Append("</time>");
    }
}
