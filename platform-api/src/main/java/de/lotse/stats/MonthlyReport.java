package de.lotse.stats;

import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The ministry's monthly pilot report as one self-contained HTML page with a print stylesheet
 * (A4, tables kept whole): print it or save it as PDF from the browser. Built from {@link
 * PilotStatistics} only, so it carries exactly what the ministry's API carries. Every text from
 * the database is HTML-escaped.
 */
final class MonthlyReport {

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.GERMAN);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", Locale.GERMAN).withZone(StatsRange.ZONE);

  private MonthlyReport() {}

  static String render(
      YearMonth month, PilotStatistics now, PilotStatistics before, Instant generatedAt) {
    StringBuilder html = new StringBuilder(16_384);
    String title = "Lotse-Pilot: Monatsbericht " + MONTH.format(month);
    html.append("<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>")
        .append(esc(title))
        .append("</title><style>")
        .append(STYLE)
        .append("</style></head><body><main>")
        .append("<p class=\"screen-only\">Zum Drucken oder Speichern als PDF: Strg+P"
            + " (Mac: ⌘+P). Das Druckbild ist auf A4 hochkant eingerichtet.</p>")
        .append("<h1>")
        .append(esc(title))
        .append("</h1>")
        .append("<p class=\"meta\">Zeitraum ")
        .append(now.from())
        .append(" bis ")
        .append(now.to())
        .append(" (Zeitzone Europe/Berlin) · Vergleich mit ")
        .append(esc(MONTH.format(month.minusMonths(1))))
        .append(" · erstellt ")
        .append(STAMP.format(generatedAt))
        .append("</p>");
    keyFigures(html, now.totals(), before.totals());
    offices(html, now, before);
    languages(html, now);
    hours(html, now);
    topics(html, now);
    notes(html, now);
    return html.append("</main></body></html>\n").toString();
  }

  private static void keyFigures(StringBuilder html, Figures now, Figures before) {
    html.append("<section><h2>Kennzahlen des Piloten</h2><table><thead><tr><th scope=\"col\">")
        .append("Kennzahl</th><th scope=\"col\">Monat</th><th scope=\"col\">Vormonat</th>")
        .append("</tr></thead><tbody>");
    row(html, "Gespräche", count(now.conversations()), count(before.conversations()));
    row(html, "Fragen", count(now.questions()), count(before.questions()));
    row(html, "Direkt beantwortet", percent(now.answerRate()), percent(before.answerRate()));
    row(
        html,
        "Rückfrage mit Vorschlägen",
        percent(now.clarifyRate()),
        percent(before.clarifyRate()));
    row(html, "An das Amt verwiesen", percent(now.fallbackRate()), percent(before.fallbackRate()));
    row(
        html,
        "Bewertet hilfreich",
        percent(now.helpfulRate()) + " (" + count(now.helpful()) + " von "
            + count(now.helpful() + now.unhelpful()) + ")",
        percent(before.helpfulRate()));
    row(
        html,
        "Außerhalb der Öffnungszeiten",
        percent(now.outsideOfficeHoursShare()),
        percent(before.outsideOfficeHoursShare()));
    row(
        html,
        "Antwortzeit Median / 95 %",
        ms(now.medianLatencyMs()) + " / " + ms(now.p95LatencyMs()),
        ms(before.medianLatencyMs()) + " / " + ms(before.p95LatencyMs()));
    row(
        html,
        "Geschätzt vermiedene Kontakte",
        count(now.contactsAvoided()),
        count(before.contactsAvoided()));
    html.append("</tbody></table></section>");
  }

  private static void offices(StringBuilder html, PilotStatistics now, PilotStatistics before) {
    Map<String, PilotStatistics.OfficeColumn> previous = before.offices().stream()
        .collect(Collectors.toMap(PilotStatistics.OfficeColumn::office, Function.identity()));
    long max =
        now.offices().stream().mapToLong(o -> o.totals().questions()).max().orElse(0);
    // As many rows as offices: it may run over pages (its header repeats on each).
    html.append("<section class=\"long\"><h2>Ämter im Vergleich</h2><table><thead><tr>")
        .append("<th scope=\"col\">Amt</th><th scope=\"col\">Fragen</th>")
        .append("<th scope=\"col\">Vormonat</th><th scope=\"col\">Gespräche</th>")
        .append("<th scope=\"col\">beantwortet je 1.000</th>")
        .append("<th scope=\"col\">verwiesen je 1.000</th><th scope=\"col\">hilfreich</th>")
        .append("<th scope=\"col\">außerhalb Öffnungszeiten</th>")
        .append("<th scope=\"col\">vermiedene Kontakte</th></tr></thead><tbody>");
    for (PilotStatistics.OfficeColumn o : now.offices()) {
      PilotStatistics.OfficeColumn last = previous.get(o.office());
      html.append("<tr><th scope=\"row\">")
          .append(esc(o.displayName()))
          .append("</th><td>")
          .append(bar(o.totals().questions(), max))
          .append(count(o.totals().questions()))
          .append("</td><td>")
          .append(last == null ? "–" : count(last.totals().questions()))
          .append("</td><td>")
          .append(count(o.totals().conversations()))
          .append("</td><td>")
          .append(decimal(o.perThousandQuestions().answered()))
          .append("</td><td>")
          .append(decimal(o.perThousandQuestions().fallbacks()))
          .append("</td><td>")
          .append(percent(o.totals().helpfulRate()))
          .append("</td><td>")
          .append(percent(o.totals().outsideOfficeHoursShare()))
          .append("</td><td>")
          .append(count(o.totals().contactsAvoided()))
          .append("</td></tr>");
    }
    html.append("</tbody></table></section>");
  }

  private static void languages(StringBuilder html, PilotStatistics now) {
    long max = now.languages().stream().mapToLong(SliceFigures::questions).max().orElse(0);
    html.append("<section><h2>Sprachen</h2><table><thead><tr><th scope=\"col\">Sprache</th>")
        .append("<th scope=\"col\">Fragen</th><th scope=\"col\">Anteil</th>")
        .append("<th scope=\"col\">direkt beantwortet</th><th scope=\"col\">hilfreich</th>")
        .append("</tr></thead><tbody>");
    for (SliceFigures l : now.languages()) {
      html.append("<tr><th scope=\"row\">")
          .append(esc(l.key()))
          .append("</th><td>")
          .append(bar(l.questions(), max))
          .append(count(l.questions()))
          .append("</td><td>")
          .append(percent(l.share()))
          .append("</td><td>")
          .append(percent(l.answerRate()))
          .append("</td><td>")
          .append(percent(l.helpfulRate()))
          .append("</td></tr>");
    }
    html.append("</tbody></table></section>");
  }

  private static void hours(StringBuilder html, PilotStatistics now) {
    List<Long> byHour = now.load().byHourOfDay();
    long max = byHour.stream().mapToLong(Long::longValue).max().orElse(0);
    html.append("<section><h2>Tageszeit</h2><table class=\"hours\"><thead><tr>")
        .append("<th scope=\"col\">Stunde</th><th scope=\"col\">Fragen</th></tr></thead><tbody>");
    for (int h = 0; h < 24; h++) {
      html.append("<tr><th scope=\"row\">")
          .append(String.format("%02d–%02d Uhr", h, h + 1))
          .append("</th><td>")
          .append(bar(byHour.get(h), max))
          .append(count(byHour.get(h)))
          .append("</td></tr>");
    }
    html.append("</tbody></table></section>");
  }

  private static void topics(StringBuilder html, PilotStatistics now) {
    html.append("<section><h2>Häufige offene Themen</h2><p>Nur Themen aus mindestens ")
        .append(now.topics().minimumConversations())
        .append(" verschiedenen Gesprächen, gezeigt als gemeinsame Wörter, nie als einzelne")
        .append(" Frage.</p>");
    topicTable(html, "Nicht beantwortet", now.topics().unanswered());
    topicTable(html, "Als nicht hilfreich bewertet", now.topics().unhelpful());
    html.append("</section>");
  }

  private static void topicTable(
      StringBuilder html, String caption, List<PilotStatistics.Topic> topics) {
    html.append("<table><caption>")
        .append(esc(caption))
        .append("</caption><thead><tr>")
        .append("<th scope=\"col\">Wörter</th><th scope=\"col\">Gespräche</th>")
        .append("<th scope=\"col\">Ämter</th></tr></thead><tbody>");
    if (topics.isEmpty()) {
      html.append("<tr><td colspan=\"3\">keine</td></tr>");
    }
    for (PilotStatistics.Topic t : topics) {
      html.append("<tr><td>")
          .append(esc(String.join(", ", t.words())))
          .append("</td><td>")
          .append(count(t.conversations()))
          .append("</td><td>")
          .append(esc(String.join(", ", t.offices())))
          .append("</td></tr>");
    }
    html.append("</tbody></table>");
  }

  private static void notes(StringBuilder html, PilotStatistics now) {
    html.append("<section class=\"notes\"><h2>Methode</h2><ul>")
        .append("<li>Gespräche werden mit ihrer ersten Frage gezählt.</li>")
        .append("<li>Vermiedene Kontakte (Schätzung): (direkt beantwortete Fragen − davon als")
        .append(" nicht hilfreich bewertete) × ")
        .append(decimal(now.contactsAvoided().factor()))
        .append(".</li>")
        .append("<li>Öffnungszeiten aus den Kontaktangaben des Amts, sonst Mo–Fr 8–16 Uhr;")
        .append(" gesetzliche Feiertage in Bayern zählen ganztägig als geschlossen (Mariä")
        .append(" Himmelfahrt landesweit).</li>")
        .append("<li>Antwortzeiten aus einem Histogramm geschätzt (Genauigkeit: eine")
        .append(" Klassenbreite).</li>")
        .append("<li>Themen stammen aus dem Gesprächsprotokoll und reichen höchstens so weit")
        .append(" zurück wie dessen Aufbewahrungsfrist")
        .append(
            now.topics().coveredFrom() == null
                ? ""
                : " (hier ab " + now.topics().coveredFrom() + ")")
        .append(".</li></ul></section>");
  }

  private static void row(StringBuilder html, String label, String now, String before) {
    html.append("<tr><th scope=\"row\">")
        .append(esc(label))
        .append("</th><td>")
        .append(now)
        .append("</td><td>")
        .append(before)
        .append("</td></tr>");
  }

  private static String bar(long value, long max) {
    double width = max == 0 ? 0 : Math.round(value * 60.0 / max) / 10.0;
    return "<span class=\"bar\" aria-hidden=\"true\" style=\"width:" + width + "rem\"></span>";
  }

  private static String count(long value) {
    return String.format(Locale.GERMAN, "%,d", value);
  }

  private static String percent(Double share) {
    return share == null ? "–" : String.format(Locale.GERMAN, "%.1f %%", share * 100);
  }

  private static String decimal(Double value) {
    return value == null ? "–" : String.format(Locale.GERMAN, "%.1f", value);
  }

  private static String ms(Double value) {
    return value == null ? "–" : String.format(Locale.GERMAN, "%.1f ms", value);
  }

  static String esc(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static final String STYLE = """
      body{font:11pt/1.4 system-ui,sans-serif;color:#1a1a1a;margin:0;background:#fff}
      main{max-width:60rem;margin:0 auto;padding:1.5rem}
      h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
      .meta{color:#555;margin:0 0 1rem}
      table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
      caption{text-align:left;font-weight:600;padding:.25rem 0}
      th,td{border-bottom:1px solid #ccc;padding:.3rem .5rem;text-align:right;vertical-align:top}
      th[scope=row],td:first-child,thead th:first-child{text-align:left}
      td{white-space:nowrap}
      thead th{border-bottom:2px solid #333}
      .bar{display:inline-block;height:.7em;background:#005a9c;margin-right:.4rem;
        vertical-align:baseline}
      .hours td{width:70%}
      .notes{font-size:.9rem;color:#333}
      .screen-only{background:#eef3f9;border:1px solid #b8c9de;border-radius:4px;
        padding:.5rem .75rem;margin:0 0 1rem;font-size:.95rem}
      @page{size:A4 portrait;margin:15mm 12mm}
      @media print{body{font-size:9.5pt}main{max-width:none;padding:0}.screen-only{display:none}
        h1{font-size:16pt}h2{font-size:12pt;break-after:avoid}
        thead{display:table-header-group}tr{break-inside:avoid}
        section:not(.long){break-inside:avoid}th,td{padding:.15rem .35rem}
        .bar{print-color-adjust:exact;-webkit-print-color-adjust:exact}
        a{color:inherit;text-decoration:none}}
      """;
}
