package de.lotse.knowledge;

import de.lotse.answer.AnswerEngine;
import de.lotse.answer.EngineAnswer;
import de.lotse.answer.Question;
import de.lotse.knowledge.exchange.EntryData;
import de.lotse.knowledge.exchange.TranslationData;
import de.lotse.shared.web.ApiProblem;
import de.lotse.tenant.TenantProfile;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * "What would the bot answer?" for editors: the engine's decision on a question, with the
 * candidates it weighed. It asks the same index citizens do, so it sees the published content
 * only, never drafts; publish an entry to test it. Nothing is logged or counted: an editor's test
 * is no citizen's question.
 */
@Service
public class AnswerPreview {

  static final int MAX_QUESTION_LENGTH = 1_000;

  private final AnswerEngine engine;
  private final AnswerIndexSync indexes;
  private final KnowledgeService knowledge;

  AnswerPreview(AnswerEngine engine, AnswerIndexSync indexes, KnowledgeService knowledge) {
    this.engine = engine;
    this.indexes = indexes;
    this.knowledge = knowledge;
  }

  public PreviewAnswer ask(TenantProfile office, String question, String language) {
    String text = question == null
        ? ""
        : Normalizer.normalize(question, Normalizer.Form.NFC).strip();
    if (text.isEmpty() || text.length() > MAX_QUESTION_LENGTH) {
      throw ApiProblem.invalidField(
          "question", "must contain text (at most " + MAX_QUESTION_LENGTH + " characters)");
    }
    String asked =
        language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
    if (asked != null && !office.enables(asked)) {
      throw ApiProblem.invalidField(
          "language", "is not enabled for this office; use one of " + office.enabledLanguages());
    }
    indexes.ensureIndexed(office);
    EngineAnswer answer = engine.ask(office.slug(), Question.of(text, asked));
    Set<String> keys =
        answer.candidates().stream().map(c -> c.entryKey()).collect(Collectors.toSet());
    Map<String, EntryData> published = knowledge.published(office.id(), keys).stream()
        .collect(Collectors.toMap(EntryData::key, Function.identity()));
    List<PreviewAnswer.Candidate> candidates = answer.candidates().stream()
        .map(c -> new PreviewAnswer.Candidate(
            c.entryKey(),
            title(published.get(c.entryKey()), answer.language(), office.defaultLanguage()),
            c.score()))
        .toList();
    return new PreviewAnswer(
        answer.decision().name().toLowerCase(Locale.ROOT),
        answer.entryKey(),
        answer.title(),
        answer.answerMarkdown(),
        answer.language(),
        answer.languageFallback(),
        answer.score(),
        answer.suggestions().stream()
            .map(s -> new PreviewAnswer.Suggestion(s.entryKey(), s.title()))
            .toList(),
        candidates,
        "published");
  }

  private static String title(EntryData entry, String language, String defaultLanguage) {
    if (entry == null) {
      return null;
    }
    TranslationData t =
        entry.translations().getOrDefault(language, entry.translations().get(defaultLanguage));
    return t == null ? null : t.title();
  }

  /**
   * @param decision answer, clarify or fallback
   * @param language the reply language
   * @param candidates the entries the engine weighed, best first, with their 0..1 scores
   * @param searched which content was searched: always "published"
   */
  public record PreviewAnswer(
      String decision,
      String entryKey,
      String title,
      String answer,
      String language,
      boolean languageFallback,
      double score,
      List<Suggestion> suggestions,
      List<Candidate> candidates,
      String searched) {

    public record Suggestion(String entryKey, String title) {}

    public record Candidate(String entryKey, String title, double score) {}
  }
}
