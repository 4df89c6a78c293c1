package de.lotse.chat;

import de.lotse.answer.AnswerEngine;
import de.lotse.answer.Decision;
import de.lotse.answer.EngineAnswer;
import de.lotse.answer.Question;
import de.lotse.knowledge.AnswerIndexSync;
import de.lotse.privacy.PiiScrubber;
import de.lotse.shared.web.ApiProblem;
import de.lotse.tenant.TenantProfile;
import java.text.Normalizer;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Answers a citizen's question for one office and logs it, scrubbed. */
@Service
public class ChatService {

  static final int MAX_QUESTION_LENGTH = 1_000;

  private final AnswerEngine engine;
  private final AnswerIndexSync indexes;
  private final PiiScrubber scrubber;
  private final MessageLog messageLog;
  private final ConversationMemory conversations;
  private final ChatMetrics metrics;
  private final Clock clock;

  ChatService(
      AnswerEngine engine,
      AnswerIndexSync indexes,
      PiiScrubber scrubber,
      MessageLog messageLog,
      ConversationMemory conversations,
      ChatMetrics metrics,
      Clock clock) {
    this.engine = engine;
    this.indexes = indexes;
    this.scrubber = scrubber;
    this.messageLog = messageLog;
    this.conversations = conversations;
    this.metrics = metrics;
    this.clock = clock;
  }

  public ChatReply ask(
      TenantProfile tenant, String rawQuestion, String language, UUID conversationId) {
    long start = System.nanoTime();
    if (rawQuestion == null) {
      throw ApiProblem.invalidField("question", "is required");
    }
    String question = clean(rawQuestion);
    if (question.isEmpty()) {
      throw ApiProblem.invalidField("question", "must contain text");
    }
    if (question.length() > MAX_QUESTION_LENGTH) {
      throw ApiProblem.invalidField(
          "question", "is too long (at most " + MAX_QUESTION_LENGTH + " characters)");
    }
    String asked = language == null ? null : language.trim().toLowerCase(Locale.ROOT);
    if (asked != null && !tenant.enables(asked)) {
      throw ApiProblem.invalidField(
          "language",
          "\"" + abbreviate(language) + "\" is not offered by this office; use one of "
              + tenant.enabledLanguages());
    }
    UUID conversation = conversationId == null ? UUID.randomUUID() : conversationId;

    indexes.ensureIndexed(tenant);
    EngineAnswer result = engine.ask(
        tenant.slug(), new Question(question, asked, conversations.lastEntryKey(conversation)));

    String type = result.decision().name().toLowerCase(Locale.ROOT);
    if (result.decision() == Decision.ANSWER) {
      conversations.remember(conversation, result.entryKey());
    }
    UUID messageId = UUID.randomUUID();
    long nanos = System.nanoTime() - start;
    messageLog.append(new LoggedMessage(
        messageId,
        tenant.id(),
        conversation,
        clock.instant(),
        result.language(),
        type,
        result.entryKey(),
        result.score(),
        nanos / 1e6,
        scrubber.scrub(question).text(),
        conversationId == null));
    metrics.answered(tenant.slug(), type, result.language(), nanos);

    return new ChatReply(
        messageId,
        conversation,
        type,
        result.language(),
        result.languageFallback(),
        result.entryKey(),
        result.title(),
        result.answerMarkdown(),
        result.suggestions().stream()
            .map(s -> new ChatReply.Suggestion(s.entryKey(), s.title()))
            .toList(),
        result.decision() == Decision.FALLBACK ? tenant.handoff() : null);
  }

  /** NFC, control characters out, runs of whitespace collapsed: what the engine and log see. */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    String normalised = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(normalised.length());
    boolean space = false;
    for (int i = 0; i < normalised.length(); i++) {
      char c = normalised.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u00a0') {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String abbreviate(String s) {
    return s.length() > 12 ? s.substring(0, 12) + "…" : s;
  }
}
