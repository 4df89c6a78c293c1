package de.lotse.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.store.AlreadyClosedException;

/**
 * Finds the knowledge-base entry that answers a citizen's question, or asks back, or hands off.
 *
 * <p>Thread-safe: any number of threads may ask while tenants are replaced or updated. A question
 * is searched in the index of the language it is written in and in the tenant's default language
 * (citizens mix German terms like "Fiktionsbescheinigung" into every language, and an entry may
 * lack a translation); per entry the better of the two normalised scores counts.
 */
public final class AnswerEngine implements AutoCloseable {

  private static final int CANDIDATES_PER_INDEX = 20;
  private static final int CANDIDATES_REPORTED = 5;
  /** Unknown words weigh half as much as the rarest known word (measured on the dev set). */
  private static final double UNKNOWN_TERM_WEIGHT = 0.5;

  /**
   * Recent answers kept per tenant. A few hundred questions make up most of an office's traffic;
   * 1,024 answers take well under a megabyte, as they share the entries' texts.
   */
  public static final int CACHED_ANSWERS_PER_TENANT = 1_024;

  private final Map<String, TenantIndex> tenants = new ConcurrentHashMap<>();
  private final EntryMatcher matcher = new EntryMatcher(UNKNOWN_TERM_WEIGHT);
  private final QuestionGrouping grouping = new QuestionGrouping();
  private final ConfidenceModel model;
  private final int cachedAnswers;

  AnswerEngine(ConfidenceModel model, int cachedAnswers) {
    this.model = model;
    this.cachedAnswers = cachedAnswers;
  }

  public AnswerEngine() {
    this(CACHED_ANSWERS_PER_TENANT);
  }

  /** An engine that keeps up to this many recent answers per tenant (0: none). */
  public AnswerEngine(int cachedAnswersPerTenant) {
    this(ConfidenceModel.defaults(), cachedAnswersPerTenant);
  }

  /** An engine that searches for every question: for benchmarks and evaluations of the search. */
  public static AnswerEngine withoutCache() {
    return new AnswerEngine(ConfidenceModel.defaults(), 0);
  }

  /** Builds all indexes of a tenant from scratch and swaps them in atomically. */
  public void replaceTenant(String tenantKey, TenantKnowledge knowledge) {
    TenantIndex previous = tenants.put(tenantKey, new TenantIndex(knowledge, cachedAnswers));
    if (previous != null) {
      // Searches still holding the old searchers finish on them; Lucene closes readers on release.
      previous.close();
    }
  }

  /** Replaces the given entries (by key) and deletes others, without a rebuild. */
  public void updateEntries(String tenantKey, List<EntryContent> upserts, Set<String> deletedKeys) {
    tenant(tenantKey).upsert(upserts, deletedKeys);
  }

  public void removeTenant(String tenantKey) {
    TenantIndex removed = tenants.remove(tenantKey);
    if (removed != null) {
      removed.close();
    }
  }

  public boolean hasTenant(String tenantKey) {
    return tenants.containsKey(tenantKey);
  }

  /**
   * Answers a question.
   *
   * @throws IllegalArgumentException when the tenant is unknown
   */
  public EngineAnswer ask(String tenantKey, Question question) {
    try {
      return ask(tenant(tenantKey), question);
    } catch (AlreadyClosedException replacedMeanwhile) {
      // The tenant was rebuilt while this question was on its way; its successor answers.
      return ask(tenant(tenantKey), question);
    }
  }

  private EngineAnswer ask(TenantIndex tenant, Question question) {
    return tenant.answers.answer(question, () -> search(tenant, question));
  }

  private EngineAnswer search(TenantIndex tenant, Question question) {
    String language = tenant.detector().detect(question.text(), question.language());
    if (question.text().isBlank()) {
      return fallback(tenant, language, List.of(), 0);
    }
    // The question analysed once per searched language, for the scoring and the hand-off rule.
    Map<String, List<LanguageAnalysis.Concept>> analysed = analyse(tenant, question, language);
    List<EntryMatcher.Match> ranked = rank(tenant, question, language, analysed);
    Decision decision = DecisionPolicy.decide(ranked, tenant.thresholds);
    if (decision != Decision.FALLBACK
        && namesAnotherAuthoritysMatter(tenant, analysed, ranked.get(0).key())) {
      decision = Decision.FALLBACK;
    }
    double confidence = ranked.isEmpty() ? 0 : ranked.get(0).score();
    return switch (decision) {
      case ANSWER -> answer(tenant, language, ranked, confidence);
      case CLARIFY -> clarify(tenant, language, ranked, confidence);
      case FALLBACK -> fallback(tenant, language, ranked, confidence);
    };
  }

  /**
   * How the feedback inbox groups a question with others that ask the same: the language it is
   * written in (detected as for answering, with {@code languageHint} as the widget's choice) and
   * the set of its terms after that language's analysis. Word order, case, umlaut spelling,
   * punctuation, question and filler words and inflection do not matter, so "Wie lange dauert
   * die Einbürgerung?" and "Einbürgerung wie lange dauert es" are one group. The tenant's
   * synonyms and compound splitting are left out on purpose (see {@link QuestionGrouping}).
   *
   * @throws IllegalArgumentException when the tenant is unknown
   */
  public QuestionGroupKey groupKey(String tenantKey, String text, String languageHint) {
    String language = tenant(tenantKey).detector().detect(text, languageHint);
    return grouping.key(language, text);
  }

  @Override
  public void close() {
    tenants.keySet().forEach(this::removeTenant);
    grouping.close();
  }

  TenantIndex tenant(String tenantKey) {
    TenantIndex tenant = tenants.get(tenantKey);
    if (tenant == null) {
      throw new IllegalArgumentException("no knowledge loaded for tenant " + tenantKey);
    }
    return tenant;
  }

  private List<EntryMatcher.Match> rank(
      TenantIndex tenant,
      Question question,
      String language,
      Map<String, List<LanguageAnalysis.Concept>> analysed) {
    Map<String, Double> best = new LinkedHashMap<>();
    for (ScoredEntry scored : score(tenant, question, language, analysed)) {
      best.merge(scored.key(), scored.confidence(), Math::max);
    }
    List<EntryMatcher.Match> ranked = new ArrayList<>();
    best.forEach((key, score) -> ranked.add(new EntryMatcher.Match(key, score)));
    ranked.sort(Comparator.comparingDouble(EntryMatcher.Match::score).reversed());
    return ranked;
  }

  /**
   * Scores the likely entries in the question's language and in the default language. BM25 over
   * the entries' fields picks the candidates cheaply; the confidence comes from comparing the
   * question with each candidate's sample questions ({@link Coverage}, {@link ConfidenceModel}).
   */
  List<ScoredEntry> score(TenantIndex tenant, Question question, String language) {
    return score(tenant, question, language, analyse(tenant, question, language));
  }

  private List<ScoredEntry> score(
      TenantIndex tenant,
      Question question,
      String language,
      Map<String, List<LanguageAnalysis.Concept>> analysed) {
    Set<String> searched = analysed.keySet();
    EntryContent previous = tenant.entry(question.previousEntryKey());
    List<ScoredEntry> scored = new ArrayList<>();
    for (String searchLanguage : searched) {
      LanguageIndex index = tenant.index(searchLanguage);
      LanguageIndex.Scoring scoring = index.scoring();
      TermWeights weights = scoring.weights();
      List<QueryConcept> query = QueryConcept.of(
          analysed.get(searchLanguage),
          1.0,
          weights,
          index.unknownWords(searchLanguage.equals(language)));
      if (previous != null
          && FollowUpRule.applies(question.text(), analysed.get(searchLanguage), query)) {
        EntryText context = textFor(previous, searchLanguage, tenant.defaultLanguage);
        query = FollowUpRule.withContext(
            query,
            QueryConcept.of(
                LanguageAnalysis.concepts(index.analyzer(), context.title()),
                FollowUpRule.CONTEXT_WEIGHT,
                weights,
                UnknownWords.AS_THEY_ARE));
      }
      Set<String> queryTerms = new HashSet<>();
      List<EntryMatcher.WeightedTerm> bm25Terms = new ArrayList<>();
      for (QueryConcept concept : query) {
        boolean known = concept.anyKnown();
        for (int i = 0; i < concept.terms().size(); i++) {
          // A concept the index knows under one of its terms (a synonym group, a correction) is
          // not also missing under the others; an unknown concept is missing once.
          boolean skipped = known ? concept.ids()[i] == TermWeights.UNKNOWN : i > 0;
          if (!skipped && queryTerms.add(concept.terms().get(i))) {
            bm25Terms.add(new EntryMatcher.WeightedTerm(
                concept.terms().get(i), concept.importance() * concept.credits()[i]));
          }
        }
      }
      long[] queryTermIds = EntryProfile.idSet(queryTerms, weights);
      for (EntryMatcher.Match match : matcher.match(index, bm25Terms, CANDIDATES_PER_INDEX)) {
        EntryProfile entry = scoring.profile(match.key());
        if (entry != null) {
          Coverage coverage = Coverage.of(query, queryTermIds, entry, weights);
          scored.add(new ScoredEntry(
              match.key(),
              searchLanguage,
              coverage,
              match.score(),
              model.confidence(coverage, match.score())));
        }
      }
    }
    return scored;
  }

  /**
   * Whether the question names a matter of another authority ({@link OtherAuthorities}) that the
   * entry the engine would offer does not mention, in the question's language or the default one.
   */
  private static boolean namesAnotherAuthoritysMatter(
      TenantIndex tenant, Map<String, List<LanguageAnalysis.Concept>> analysed, String entryKey) {
    for (Map.Entry<String, List<LanguageAnalysis.Concept>> question : analysed.entrySet()) {
      LanguageIndex index = tenant.index(question.getKey());
      if (index.otherAuthorities().isEmpty()) {
        continue;
      }
      LanguageIndex.Scoring scoring = index.scoring();
      Set<String> terms = OtherAuthorities.termsOf(question.getValue());
      if (index
          .otherAuthorities()
          .namesMatterBeyond(terms, scoring.profile(entryKey), scoring.weights())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The question's concepts in each language it is searched in: its own language (when the tenant
   * has it) first, then the default language.
   */
  private static Map<String, List<LanguageAnalysis.Concept>> analyse(
      TenantIndex tenant, Question question, String language) {
    Map<String, List<LanguageAnalysis.Concept>> analysed = new LinkedHashMap<>();
    for (String searchLanguage : searchLanguages(tenant, language)) {
      analysed.put(
          searchLanguage,
          LanguageAnalysis.concepts(tenant.index(searchLanguage).analyzer(), question.text()));
    }
    return analysed;
  }

  private static Set<String> searchLanguages(TenantIndex tenant, String language) {
    Set<String> searched = new LinkedHashSet<>();
    if (tenant.index(language) != null) {
      searched.add(language);
    }
    searched.add(tenant.defaultLanguage);
    return searched;
  }

  /** One entry as scored in one language index, with the signals its confidence comes from. */
  record ScoredEntry(
      String key, String language, Coverage coverage, double bm25, double confidence) {}

  private static EntryText textFor(EntryContent entry, String language, String defaultLanguage) {
    EntryText text = entry.texts().get(language);
    return text != null ? text : entry.texts().get(defaultLanguage);
  }

  private static EngineAnswer answer(
      TenantIndex tenant, String language, List<EntryMatcher.Match> ranked, double confidence) {
    EntryContent entry = tenant.entry(ranked.get(0).key());
    boolean translated = entry.texts().containsKey(language);
    String replyLanguage = translated ? language : tenant.defaultLanguage;
    EntryText text = textFor(entry, language, tenant.defaultLanguage);
    return new EngineAnswer(
        Decision.ANSWER,
        entry.key(),
        replyLanguage,
        !translated,
        confidence,
        text.title(),
        text.answerMarkdown(),
        List.of(),
        candidates(ranked));
  }

  private static EngineAnswer clarify(
      TenantIndex tenant, String language, List<EntryMatcher.Match> ranked, double confidence) {
    List<Suggestion> suggestions = new ArrayList<>();
    boolean anyUntranslated = false;
    for (EntryMatcher.Match match : DecisionPolicy.suggestions(ranked, tenant.thresholds)) {
      EntryContent entry = tenant.entry(match.key());
      anyUntranslated |= !entry.texts().containsKey(language);
      suggestions.add(new Suggestion(
          entry.key(), textFor(entry, language, tenant.defaultLanguage).title()));
    }
    return new EngineAnswer(
        Decision.CLARIFY,
        null,
        language,
        anyUntranslated,
        confidence,
        null,
        null,
        suggestions,
        candidates(ranked));
  }

  private static EngineAnswer fallback(
      TenantIndex tenant, String language, List<EntryMatcher.Match> ranked, double confidence) {
    return new EngineAnswer(
        Decision.FALLBACK,
        null,
        language,
        false,
        confidence,
        null,
        null,
        List.of(),
        candidates(ranked));
  }

  private static List<Candidate> candidates(List<EntryMatcher.Match> ranked) {
    return ranked.stream()
        .limit(CANDIDATES_REPORTED)
        .map(m -> new Candidate(m.key(), m.score()))
        .toList();
  }
}
