package de.lotse.stats;

import de.lotse.shared.web.ApiProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The statistics as CSV tables, one table per export: the same numbers as the JSON API, with the
 * API's field names in snake case as column names.
 */
public final class StatsCsv {

  /** The tables of an office's export; the first is the default. */
  public static final List<String> OFFICE_TABLES =
      List.of("periods", "languages", "categories", "entries", "load", "topics");
  /** The tables of the ministry's export; the first is the default. */
  public static final List<String> PILOT_TABLES =
      List.of("offices", "periods", "languages", "categories", "load", "topics");

  private static final String[] FIGURES = {
    "conversations",
    "questions",
    "answered",
    "clarified",
    "fallbacks",
    "answer_rate",
    "clarify_rate",
    "fallback_rate",
    "helpful",
    "unhelpful",
    "helpful_rate",
    "outside_office_hours",
    "outside_office_hours_share",
    "median_latency_ms",
    "p95_latency_ms",
    "contacts_avoided"
  };
  private static final String[] SLICE = {
    "questions",
    "share",
    "conversations",
    "answered",
    "clarified",
    "fallbacks",
    "answer_rate",
    "fallback_rate",
    "helpful",
    "unhelpful",
    "helpful_rate"
  };
  private static final String[] PER_THOUSAND = {
    "conversations_per_1000",
    "answered_per_1000",
    "clarified_per_1000",
    "fallbacks_per_1000",
    "helpful_per_1000",
    "unhelpful_per_1000",
    "outside_office_hours_per_1000",
    "contacts_avoided_per_1000"
  };

  private StatsCsv() {}

  public static CsvTable office(OfficeStatistics s, String table) {
    return switch (table(table, OFFICE_TABLES)) {
      case "periods" -> {
        CsvTable csv =
            new CsvTable(columns(new String[] {"period_start", "period_end", "partial"}, FIGURES));
        s.periods()
            .forEach(p -> csv.row(
                cells(new Object[] {p.start(), p.end(), p.partial()}, figures(p.figures()))));
        csv.row(cells(new Object[] {s.from(), s.to(), "total"}, figures(s.totals())));
        yield csv;
      }
      case "languages" -> slices("language", s.languages());
      case "categories" -> slices("category", s.categories());
      case "entries" -> {
        // The title came later: last, so the columns before it keep their places.
        CsvTable csv = new CsvTable(
            "entry_key", "category", "answered", "helpful", "unhelpful", "helpful_rate", "title");
        s.entries()
            .forEach(e -> csv.row(
                e.entryKey(),
                e.category(),
                e.answered(),
                e.helpful(),
                e.unhelpful(),
                e.helpfulRate(),
                e.title()));
        yield csv;
      }
      case "load" -> load(s.load());
      default -> {
        CsvTable csv =
            new CsvTable("kind", "label", "questions", "conversations", "languages", "examples");
        s.topics()
            .unanswered()
            .forEach(t -> csv.row(
                "unanswered",
                t.label(),
                t.questions(),
                t.conversations(),
                String.join(" ", t.languages()),
                String.join(" | ", t.examples())));
        s.topics()
            .unhelpful()
            .forEach(t -> csv.row(
                "unhelpful",
                t.label(),
                t.questions(),
                t.conversations(),
                String.join(" ", t.languages()),
                String.join(" | ", t.examples())));
        yield csv;
      }
    };
  }

  public static CsvTable pilot(PilotStatistics s, String table) {
    return switch (table(table, PILOT_TABLES)) {
      case "offices" -> {
        CsvTable csv = new CsvTable(
            columns(columns(new String[] {"office", "display_name"}, FIGURES), PER_THOUSAND));
        s.offices()
            .forEach(o -> csv.row(cells(
                cells(new Object[] {o.office(), o.displayName()}, figures(o.totals())),
                perThousand(o.perThousandQuestions()))));
        csv.row(cells(
            cells(new Object[] {"", "pilot total"}, figures(s.totals())),
            perThousand(s.perThousandQuestions())));
        yield csv;
      }
      case "periods" -> {
        CsvTable csv = new CsvTable(
            columns(new String[] {"office", "period_start", "period_end", "partial"}, FIGURES));
        s.offices()
            .forEach(o -> o.periods()
                .forEach(p -> csv.row(cells(
                    new Object[] {o.office(), p.start(), p.end(), p.partial()},
                    figures(p.figures())))));
        s.periods()
            .forEach(p -> csv.row(
                cells(new Object[] {"", p.start(), p.end(), p.partial()}, figures(p.figures()))));
        yield csv;
      }
      case "languages" -> {
        CsvTable csv = new CsvTable(columns(new String[] {"office", "language"}, SLICE));
        s.offices()
            .forEach(o -> o.languages()
                .forEach(l -> csv.row(cells(new Object[] {o.office(), l.key()}, slice(l)))));
        s.languages().forEach(l -> csv.row(cells(new Object[] {"", l.key()}, slice(l))));
        yield csv;
      }
      case "categories" -> {
        CsvTable csv = new CsvTable(columns(new String[] {"office", "category"}, SLICE));
        s.offices()
            .forEach(o -> o.categories()
                .forEach(c -> csv.row(cells(new Object[] {o.office(), c.key()}, slice(c)))));
        s.categories().forEach(c -> csv.row(cells(new Object[] {"", c.key()}, slice(c))));
        yield csv;
      }
      case "load" -> load(s.load());
      default -> {
        CsvTable csv = new CsvTable("kind", "words", "questions", "conversations", "offices");
        s.topics()
            .unanswered()
            .forEach(t -> csv.row(
                "unanswered",
                String.join(" ", t.words()),
                t.questions(),
                t.conversations(),
                String.join(" ", t.offices())));
        s.topics()
            .unhelpful()
            .forEach(t -> csv.row(
                "unhelpful",
                String.join(" ", t.words()),
                t.questions(),
                t.conversations(),
                String.join(" ", t.offices())));
        yield csv;
      }
    };
  }

  private static String table(String requested, List<String> tables) {
    if (requested == null || requested.isBlank()) {
      return tables.get(0);
    }
    if (!tables.contains(requested)) {
      throw ApiProblem.invalidField("table", "use one of " + String.join(", ", tables));
    }
    return requested;
  }

  private static CsvTable slices(String key, List<SliceFigures> slices) {
    CsvTable csv = new CsvTable(columns(new String[] {key}, SLICE));
    slices.forEach(l -> csv.row(cells(new Object[] {l.key()}, slice(l))));
    return csv;
  }

  private static CsvTable load(Load load) {
    List<String> header = new ArrayList<>(List.of("weekday"));
    for (int h = 0; h < 24; h++) {
      header.add("h" + (h < 10 ? "0" : "") + h);
    }
    header.add("questions");
    CsvTable csv = new CsvTable(header.toArray(String[]::new));
    load.byWeekday().forEach(d -> {
      List<Object> row = new ArrayList<>(List.of(d.weekday()));
      row.addAll(d.hours());
      row.add(d.questions());
      csv.row(row.toArray());
    });
    return csv;
  }

  private static Object[] figures(Figures f) {
    return new Object[] {
      f.conversations(),
      f.questions(),
      f.answered(),
      f.clarified(),
      f.fallbacks(),
      f.answerRate(),
      f.clarifyRate(),
      f.fallbackRate(),
      f.helpful(),
      f.unhelpful(),
      f.helpfulRate(),
      f.outsideOfficeHours(),
      f.outsideOfficeHoursShare(),
      f.medianLatencyMs(),
      f.p95LatencyMs(),
      f.contactsAvoided()
    };
  }

  private static Object[] slice(SliceFigures s) {
    return new Object[] {
      s.questions(),
      s.share(),
      s.conversations(),
      s.answered(),
      s.clarified(),
      s.fallbacks(),
      s.answerRate(),
      s.fallbackRate(),
      s.helpful(),
      s.unhelpful(),
      s.helpfulRate()
    };
  }

  private static Object[] perThousand(PilotStatistics.PerThousand p) {
    return new Object[] {
      p.conversations(),
      p.answered(),
      p.clarified(),
      p.fallbacks(),
      p.helpful(),
      p.unhelpful(),
      p.outsideOfficeHours(),
      p.contactsAvoided()
    };
  }

  private static String[] columns(String[] first, String[] more) {
    return Stream.concat(Stream.of(first), Stream.of(more)).toArray(String[]::new);
  }

  private static Object[] cells(Object[] first, Object[] more) {
    return Stream.concat(Stream.of(first), Stream.of(more)).toArray();
  }
}
