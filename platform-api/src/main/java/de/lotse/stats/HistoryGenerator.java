package de.lotse.stats;

import de.lotse.knowledge.KnowledgeService;
import de.lotse.knowledge.exchange.EntryData;
import de.lotse.knowledge.exchange.InvalidKnowledgeBaseException;
import de.lotse.knowledge.exchange.TranslationData;
import de.lotse.shared.Language;
import de.lotse.shared.TenantScope;
import de.lotse.tenant.Branding;
import de.lotse.tenant.Handoff;
import de.lotse.tenant.NewTenant;
import de.lotse.tenant.TenantDirectory;
import de.lotse.tenant.TenantProfile;
import de.lotse.tenant.TenantService;
import de.lotse.tenant.TenantStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a realistic conversation history into the same table the chat writes
 * ({@code chat_message}) and rolls it up with the real {@link HourlyRollup}, so every figure of
 * the statistics comes out of the real pipeline. For demonstrations, development and tests, never
 * for a production database.
 *
 * <p>The model, per office: a base volume growing over the pilot (from 45 % to 100 % in its first
 * 60 %), a weekly pattern (Monday busiest, weekends at about half), a diurnal curve in Berlin time
 * (quiet at night, peaks late morning and in the evening after work), day-to-day noise;
 * conversations of one to several questions in one language out of all 19 (German about 40 %,
 * then English, Arabic, Ukrainian, Turkish …); answers for about two thirds of the questions and
 * slowly more as the pilot goes on, suggestions for about an eighth, the rest handed to the staff
 * (a little more often in languages other than German); entries asked with a long-tailed
 * popularity; about a fifth of answers rated, most of them helpful; millisecond latencies with
 * a slow tail. Question texts are the knowledge base's own questions (German or English,
 * whatever the language tag), or for unanswered ones a set of typical out-of-scope topics.
 */
@Component
public class HistoryGenerator {

  /** Most offices one run may fill: enough to load the ministry's view like a statewide rollout. */
  static final int MAX_OFFICES = 200;

  /**
   * The first offices the generator uses or creates, in this order: slug, name, relative size,
   * opening hours. Further ones are made up by {@link #officeSeed}.
   */
  private static final List<OfficeSeed> OFFICES = List.of(
      new OfficeSeed("rosenheim", "Landratsamt Rosenheim", 1.0, "Mo–Fr 8:00–12:00, Do 14:00–17:30"),
      new OfficeSeed("musterstadt", "Stadt Musterstadt", 0.35, "Mo, Di, Fr 8:00–12:00"),
      new OfficeSeed("augsburg", "Stadt Augsburg", 1.6, "Mo–Fr 7:30–12:30, Do 14:00–18:00"),
      new OfficeSeed("traunstein", "Landratsamt Traunstein", 0.6, "Mo–Do 8–16, Fr 8–12"),
      new OfficeSeed("regensburg", "Stadt Regensburg", 1.2, "Mo–Fr 8:00–13:00"),
      new OfficeSeed("passau", "Landratsamt Passau", 0.5, "nach Vereinbarung"),
      new OfficeSeed("wuerzburg", "Stadt Würzburg", 0.9, "Mo–Mi 8–15, Do 8–17, Fr 8–12"),
      new OfficeSeed("erding", "Landratsamt Erding", 0.45, "Mo–Fr 8:00–12:00"));

  private static final Map<String, Double> LANGUAGE_WEIGHTS = Map.ofEntries(
      Map.entry("de", 40.0),
      Map.entry("en", 11.0),
      Map.entry("ar", 8.0),
      Map.entry("uk", 8.0),
      Map.entry("tr", 6.0),
      Map.entry("ru", 4.0),
      Map.entry("fa", 3.5),
      Map.entry("ro", 3.0),
      Map.entry("pl", 2.5),
      Map.entry("ps", 1.6),
      Map.entry("ku", 1.6),
      Map.entry("bg", 1.5),
      Map.entry("sr", 1.3),
      Map.entry("sq", 1.3),
      Map.entry("fr", 1.2),
      Map.entry("es", 1.0),
      Map.entry("it", 1.0),
      Map.entry("vi", 0.8),
      Map.entry("ti", 0.8));

  /** Relative questions per local hour of day. */
  private static final double[] DIURNAL = {
    0.5, 0.3, 0.2, 0.15, 0.2, 0.5, 1.5, 3.5, 5.5, 6.5, 6.8, 6.2, 5.2, 5.0, 5.2, 5.0, 4.6, 4.6, 5.2,
    5.8, 5.8, 4.8, 3.2, 1.5
  };

  /** Relative volume Monday to Sunday. */
  private static final double[] WEEKLY = {1.15, 1.05, 1.0, 1.0, 0.9, 0.45, 0.5};

  /** Out-of-scope questions (other authorities' business), with a few wordings each. */
  private static final List<List<String>> UNANSWERED = List.of(
      List.of(
          "Kann ich meinen Führerschein umschreiben lassen?",
          "Führerschein umschreiben ausländischer Führerschein",
          "How can I convert my driving licence?"),
      List.of(
          "Wo beantrage ich Kindergeld?",
          "Kindergeld beantragen für mein Kind",
          "How do I apply for child benefit Kindergeld?"),
      List.of("Wie melde ich mein Auto an?", "Auto anmelden Zulassungsstelle"),
      List.of(
          "Wie bekomme ich eine Steuer-ID?",
          "Steuer-ID verloren was tun",
          "How do I get my tax ID?"),
      List.of("Wie finde ich einen Kita-Platz?", "Kita-Platz für mein Kind finden"),
      List.of("Kann ich Bürgergeld beantragen?", "Bürgergeld Jobcenter Antrag"),
      List.of(
          "Wie lange dauert die Bearbeitung meines Antrags [CASE_NUMBER]?",
          "Stand meines Antrags [CASE_NUMBER] bitte"),
      List.of("Rundfunkbeitrag abmelden wie geht das", "Muss ich Rundfunkbeitrag zahlen?"),
      List.of("Wo kann ich meinen Hund anmelden?", "Hundesteuer anmelden"),
      List.of("Wohnung finden Hilfe", "Can you help me find an apartment?"));

  private static final List<String> VAGUE = List.of(
      "Aufenthalt",
      "Karte",
      "Antrag Frage",
      "Visum",
      "Termin?",
      "residence",
      "Arbeit erlaubt?",
      "Familie");

  private static final List<String> COMMENTS = List.of(
      "Das hat mir nicht geholfen.",
      "Ich brauche eine genauere Antwort.",
      "Antwort passt nicht zu meiner Frage.",
      "Too general.",
      "Bitte mehr Details zu den Kosten.");

  private static final String INSERT = """
      insert into chat_message (id, tenant_id, conversation_id, created_at, language, type,
                                entry_key, score, latency_ms, question, helpful,
                                feedback_comment, feedback_at, opens_conversation)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

  private final TenantService tenants;
  private final TenantDirectory directory;
  private final KnowledgeService knowledge;
  private final TenantScope scope;
  private final JdbcTemplate jdbc;
  private final HourlyRollup rollup;
  private final Clock clock;

  HistoryGenerator(
      TenantService tenants,
      TenantDirectory directory,
      KnowledgeService knowledge,
      TenantScope scope,
      JdbcTemplate jdbc,
      HourlyRollup rollup,
      Clock clock) {
    this.tenants = tenants;
    this.directory = directory;
    this.knowledge = knowledge;
    this.scope = scope;
    this.jdbc = jdbc;
    this.rollup = rollup;
    this.clock = clock;
  }

  /**
   * What to generate.
   *
   * @param offices how many offices, 1 to {@value #MAX_OFFICES}: the eight listed ones first, then
   *     {@code amt-009} … (existing ones are used, missing ones created with the demo knowledge
   *     base and all 19 languages)
   * @param days how many days of history, ending with the current hour
   * @param questionsPerDay mean daily questions of an office of size 1 at full adoption
   * @param replace delete the offices' conversation rows and aggregates in the range first;
   *     without it the generator refuses offices that already have rows there
   */
  public record Options(int offices, int days, int questionsPerDay, long seed, boolean replace) {

    public Options {
      if (offices < 1 || offices > MAX_OFFICES) {
        throw new IllegalArgumentException("--offices must be 1.." + MAX_OFFICES);
      }
      if (days < 1 || days > 3 * 366) {
        throw new IllegalArgumentException("--months must cover 1 day to 3 years");
      }
      if (questionsPerDay < 1 || questionsPerDay > 100_000) {
        throw new IllegalArgumentException("--questions-per-day must be 1..100000");
      }
    }
  }

  /** What was written, per office. */
  public record Generated(String office, long questions, long conversations, int hours) {}

  public List<Generated> generate(Options options) {
    Instant until = clock.instant().truncatedTo(ChronoUnit.HOURS);
    Instant from = until.minus(options.days(), ChronoUnit.DAYS);
    List<Generated> generated = new ArrayList<>();
    for (int i = 0; i < options.offices(); i++) {
      OfficeSeed seed = officeSeed(i);
      TenantProfile office = ensureOffice(seed);
      if (options.replace()) {
        clear(office.id(), from, until);
      } else if (hasRows(office.id(), from, until)) {
        throw new IllegalStateException("office " + seed.slug() + " already has conversations"
            + " in the range; use --replace to delete them first");
      }
      Random random = new Random(options.seed() * 31 + i);
      Counts counts = writeHistory(office, seed, options, from, until, random);
      int hours = rollup.rollUpRange(office.id(), from, until);
      generated.add(new Generated(office.slug(), counts.questions, counts.conversations, hours));
    }
    return generated;
  }

  private TenantProfile ensureOffice(OfficeSeed seed) {
    TenantProfile office = tenants.findBySlug(seed.slug()).orElseGet(() -> {
      List<String> languages =
          Arrays.stream(Language.values()).map(Language::code).toList();
      TenantProfile created = tenants.create(
          new NewTenant(
              seed.slug(),
              seed.name(),
              "Lotse",
              "de",
              languages,
              Map.of("de", "Hallo! Wie kann ich helfen?"),
              Branding.defaults(),
              new Handoff(
                  "auslaenderbehoerde@" + seed.slug() + ".example",
                  null,
                  null,
                  seed.openingHours(),
                  null),
              List.of(),
              null),
          TenantStatus.ACTIVE);
      try (InputStream kb = HistoryGenerator.class.getResourceAsStream("/seed/kb/rosenheim.json")) {
        knowledge.importFile(created.id(), kb, "generate-history", true);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InvalidKnowledgeBaseException e) {
        throw new IllegalStateException("the demo knowledge base is invalid", e);
      }
      return created;
    });
    directory.reload();
    return office;
  }

  private boolean hasRows(UUID tenantId, Instant from, Instant until) {
    return scope.read(
        tenantId,
        () -> jdbc.queryForObject(
            """
        select exists (select 1 from chat_message where tenant_id = ? and created_at >= ?
                          and created_at < ?)
            or exists (select 1 from stats_hourly where tenant_id = ? and hour >= ?
                          and hour < ?)""",
            Boolean.class,
            tenantId,
            Timestamp.from(from),
            Timestamp.from(until),
            tenantId,
            Timestamp.from(from),
            Timestamp.from(until)));
  }

  private void clear(UUID tenantId, Instant from, Instant until) {
    scope.write(tenantId, () -> {
      jdbc.update(
          "delete from chat_message where tenant_id = ? and created_at >= ?"
              + " and created_at < ?",
          tenantId,
          Timestamp.from(from),
          Timestamp.from(until));
      jdbc.update(
          "delete from stats_hourly where tenant_id = ? and hour >= ? and hour < ?",
          tenantId,
          Timestamp.from(from),
          Timestamp.from(until));
      // The days' summaries again from what is left of them.
      jdbc.queryForList(
          "select lotse_stats_daily(?, array(select d::date from generate_series("
              + "?::date, ?::date, interval '1 day') as d))",
          tenantId,
          from.atZone(StatsRange.ZONE).toLocalDate(),
          until.atZone(StatsRange.ZONE).toLocalDate());
    });
  }

  private Counts writeHistory(
      TenantProfile office,
      OfficeSeed seed,
      Options options,
      Instant from,
      Instant until,
      Random random) {
    List<EntryData> entries = new ArrayList<>(knowledge.published(office.id()).entries());
    if (entries.isEmpty()) {
      throw new IllegalStateException("office " + seed.slug() + " has no published entries");
    }
    entries.sort((a, b) -> a.key().compareTo(b.key()));
    Collections.shuffle(entries, random); // each office has its own favourites
    double[] popularity = new double[entries.size()];
    for (int i = 0; i < popularity.length; i++) {
      popularity[i] = 1 / Math.pow(i + 1, 0.9);
    }
    double[] helpfulness = new double[entries.size()];
    for (int i = 0; i < helpfulness.length; i++) {
      helpfulness[i] = random.nextDouble() < 0.15 ? 0.5 : 0.85; // some entries serve badly
    }
    List<String> languages = new ArrayList<>(LANGUAGE_WEIGHTS.keySet());
    languages.sort(String::compareTo);
    double[] languageWeights =
        languages.stream().mapToDouble(LANGUAGE_WEIGHTS::get).toArray();

    Counts counts = new Counts();
    LocalDate first = from.atZone(StatsRange.ZONE).toLocalDate();
    LocalDate last = until.atZone(StatsRange.ZONE).toLocalDate();
    long totalDays = ChronoUnit.DAYS.between(first, last) + 1;
    double diurnalSum = Arrays.stream(DIURNAL).sum();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      double progress = ChronoUnit.DAYS.between(first, day) / (double) totalDays;
      double adoption = 0.45 + 0.55 * Math.min(1, progress / 0.6);
      double noise = Math.exp(random.nextGaussian() * 0.15);
      double dayMean = options.questionsPerDay()
          * seed.size()
          * adoption
          * noise
          * WEEKLY[day.getDayOfWeek().getValue() - 1]
          / 1.8; // conversations, ~1.8 questions each
      List<Object[]> rows = new ArrayList<>();
      for (int hour = 0; hour < 24; hour++) {
        int conversations = poisson(dayMean * DIURNAL[hour] / diurnalSum, random);
        for (int c = 0; c < conversations; c++) {
          Instant start = ZonedDateTime.of(
                  day.getYear(),
                  day.getMonthValue(),
                  day.getDayOfMonth(),
                  hour,
                  random.nextInt(60),
                  random.nextInt(60),
                  0,
                  StatsRange.ZONE)
              .toInstant();
          if (start.isBefore(from) || !start.isBefore(until)) {
            continue;
          }
          conversation(
              rows,
              office.id(),
              start,
              until,
              progress,
              entries,
              popularity,
              helpfulness,
              languages.get(pick(languageWeights, random)),
              random,
              counts);
        }
      }
      if (!rows.isEmpty()) {
        scope.write(office.id(), () -> jdbc.batchUpdate(INSERT, rows));
      }
    }
    return counts;
  }

  private void conversation(
      List<Object[]> rows,
      UUID tenantId,
      Instant start,
      Instant until,
      double progress,
      List<EntryData> entries,
      double[] popularity,
      double[] helpfulness,
      String language,
      Random random,
      Counts counts) {
    UUID conversation = UUID.randomUUID();
    counts.conversations++;
    int questions = 1;
    while (questions < 6 && random.nextDouble() < 0.42) {
      questions++;
    }
    Instant at = start;
    for (int q = 0; q < questions && at.isBefore(until); q++) {
      double answerShare = 0.64 + 0.10 * progress - (language.equals("de") ? 0 : 0.04);
      double roll = random.nextDouble();
      String type =
          roll < answerShare ? "answer" : roll < answerShare + 0.13 ? "clarify" : "fallback";
      String entryKey = null;
      String question;
      double helpfulChance;
      double rateChance;
      double score;
      switch (type) {
        case "answer" -> {
          int e = pick(popularity, random);
          EntryData entry = entries.get(e);
          entryKey = entry.key();
          question = questionOf(entry, language, random);
          helpfulChance = helpfulness[e];
          rateChance = 0.22;
          score = 0.6 + random.nextDouble() * 0.35;
        }
        case "clarify" -> {
          question = VAGUE.get(random.nextInt(VAGUE.size()));
          helpfulChance = 0.6;
          rateChance = 0.05;
          score = 0.35 + random.nextDouble() * 0.25;
        }
        default -> {
          // Most unanswered questions are the usual out-of-scope topics; some are one-offs.
          question = random.nextDouble() < 0.8
              ? pickOf(UNANSWERED.get(pick(unansweredWeights(), random)), random)
              : "Frage zu " + VAGUE.get(random.nextInt(VAGUE.size())) + " Nummer "
                  + random.nextInt(10_000);
          helpfulChance = 0.25;
          rateChance = 0.08;
          score = 0.05 + random.nextDouble() * 0.3;
        }
      }
      Boolean helpful = null;
      String comment = null;
      Timestamp feedbackAt = null;
      if (random.nextDouble() < rateChance) {
        helpful = random.nextDouble() < helpfulChance;
        feedbackAt = Timestamp.from(at.plusSeconds(20 + random.nextInt(280)));
        if (!helpful && random.nextDouble() < 0.2) {
          comment = COMMENTS.get(random.nextInt(COMMENTS.size()));
        }
      }
      double latency = Math.exp(Math.log(4) + random.nextGaussian() * 0.6)
          * (random.nextDouble() < 0.005 ? 20 : 1);
      rows.add(new Object[] {
        UUID.randomUUID(),
        tenantId,
        conversation,
        Timestamp.from(at),
        language,
        type,
        entryKey,
        (float) score,
        (float) latency,
        question,
        helpful,
        comment,
        feedbackAt,
        q == 0
      });
      counts.questions++;
      at = at.plusSeconds(15 + random.nextInt(150));
    }
  }

  private static String questionOf(EntryData entry, String language, Random random) {
    TranslationData text = entry
        .translations()
        .getOrDefault(
            language.equals("de") ? "de" : "en",
            entry.translations().values().iterator().next());
    if (text.questions() == null || text.questions().isEmpty()) {
      return text.title();
    }
    return pickOf(text.questions(), random);
  }

  private static double[] unansweredWeights() {
    double[] weights = new double[UNANSWERED.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = 1.0 / (i + 1);
    }
    return weights;
  }

  private static <T> T pickOf(List<T> options, Random random) {
    return options.get(random.nextInt(options.size()));
  }

  private static int pick(double[] weights, Random random) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double roll = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      roll -= weights[i];
      if (roll < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static int poisson(double mean, Random random) {
    if (mean > 50) { // normal approximation: Knuth's method underflows for large means
      return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
    }
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    int n = 0;
    while (product > limit) {
      product *= random.nextDouble();
      n++;
    }
    return n;
  }

  /**
   * The i-th office (from 0): one of the listed ones, else a made-up one with a size between 0.3
   * and 1.6 (spread evenly, not randomly, so the same index always gives the same office) and
   * the opening hours of a listed one.
   */
  static OfficeSeed officeSeed(int i) {
    if (i < OFFICES.size()) {
      return OFFICES.get(i);
    }
    int number = i + 1;
    double size = 0.3 + (number * 37 % 100) / 100.0 * 1.3;
    return new OfficeSeed(
        "amt-%03d".formatted(number),
        "Ausländerbehörde %d (generiert)".formatted(number),
        size,
        OFFICES.get(i % OFFICES.size()).openingHours());
  }

  record OfficeSeed(String slug, String name, double size, String openingHours) {}

  private static final class Counts {
    long questions;
    long conversations;
  }
}
