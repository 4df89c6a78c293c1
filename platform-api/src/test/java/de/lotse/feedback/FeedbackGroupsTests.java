package de.lotse.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.answer.QuestionGroupKey;
import de.lotse.chat.FeedbackItem;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How decisions apply to a group's questions, and what a group shows. Without a database. */
class FeedbackGroupsTests {

  private static final Instant DECIDED = Instant.parse("2026-05-01T10:00:00Z");

  private static FeedbackItem item(
      Instant at, String question, Boolean helpful, String type, String entryKey, String comment) {
    return new FeedbackItem(
        UUID.randomUUID(), at, "de", type, entryKey, question, helpful, comment);
  }

  private static FeedbackGroups.Keyed keyed(FeedbackItem item, String groupId) {
    return new FeedbackGroups.Keyed(item, groupId, "de");
  }

  private static FeedbackItem fallback(Instant at, String question) {
    return item(at, question, null, "fallback", null, null);
  }

  @Test
  void aDismissalHoldsForQuestionsBeforeAndAfterIt() {
    FeedbackDecision dismissed =
        new FeedbackDecision(FeedbackStatus.DISMISSED, "dismissed", null, null, DECIDED, "editor");

    assertThat(FeedbackGroups.statusOf(fallback(DECIDED.minusSeconds(60), "Hallo"), dismissed))
        .isEqualTo(FeedbackStatus.DISMISSED);
    assertThat(FeedbackGroups.statusOf(fallback(DECIDED.plusSeconds(60), "Hallo"), dismissed))
        .isEqualTo(FeedbackStatus.DISMISSED);
  }

  @Test
  void aResolutionCoversEarlierQuestionsAndALaterOneOpensTheGroupAgain() {
    FeedbackDecision resolved = new FeedbackDecision(
        FeedbackStatus.RESOLVED, "sample-question", "naturalisation", "de", DECIDED, "editor");

    assertThat(FeedbackGroups.statusOf(fallback(DECIDED.minusSeconds(60), "q"), resolved))
        .isEqualTo(FeedbackStatus.RESOLVED);
    assertThat(FeedbackGroups.statusOf(fallback(DECIDED.plusSeconds(60), "q"), resolved))
        .isEqualTo(FeedbackStatus.OPEN);
    assertThat(FeedbackGroups.statusOf(fallback(DECIDED, "q"), null))
        .isEqualTo(FeedbackStatus.OPEN);
  }

  @Test
  void summaryCountsWordingsKindsLanguagesEntriesAndComments() {
    String id = "0123456789abcdef0123456789abcdef";
    Instant t = DECIDED;
    List<FeedbackGroups.Keyed> items = List.of(
        keyed(
            item(
                t.plusSeconds(30),
                "Einbürgerung wie lange dauert es?",
                false,
                "answer",
                "naturalisation",
                "Hilft nicht, [NAME]"),
            id),
        keyed(fallback(t.plusSeconds(20), "wie lange dauert die Einbürgerung"), id),
        keyed(fallback(t.plusSeconds(10), "Wie lange dauert die Einbürgerung?"), id));

    FeedbackGroup group = FeedbackGroups.summarise(id, FeedbackStatus.OPEN, items, null);

    assertThat(group.question()).isEqualTo("wie lange dauert die Einbürgerung");
    assertThat(group.variants()).extracting(FeedbackGroup.Variant::count).containsExactly(2, 1);
    assertThat(group.questions()).isEqualTo(3);
    assertThat(group.unhelpful()).isEqualTo(1);
    assertThat(group.fallback()).isEqualTo(2);
    assertThat(group.firstSeen()).isEqualTo(t.plusSeconds(10));
    assertThat(group.lastSeen()).isEqualTo(t.plusSeconds(30));
    assertThat(group.languages()).containsExactly("de");
    assertThat(group.answeredEntries())
        .containsExactly(new FeedbackGroup.EntryCount("naturalisation", 1));
    assertThat(group.comments())
        .extracting(FeedbackGroup.Comment::text)
        .containsExactly("Hilft nicht, [NAME]");
    assertThat(group.commentCount()).isEqualTo(1);
  }

  @Test
  void wordingsDifferingInCaseAndFinalPunctuationAreOne() {
    assertThat(FeedbackGroups.wording("Wie lange?! "))
        .isEqualTo(FeedbackGroups.wording("wie lange"));
    assertThat(FeedbackGroups.wording("كم؟")).isEqualTo("كم");
  }

  @Test
  void aSuggestedKeyTakesTheQuestionsTopicalWordsInOrder() {
    QuestionGroupKey key = new QuestionGroupKey("de", List.of("dauert", "einburgerung", "lang"));
    List<FeedbackGroups.Keyed> items =
        List.of(keyed(fallback(DECIDED, "Wie lange dauert die Einbürgerung, [NAME]?"), key.id()));

    assertThat(FeedbackInbox.suggestedKey(items, key.id(), key.terms()))
        .isEqualTo("lange-dauert-einburgerung");
  }

  @Test
  void aQuestionWithoutLatinWordsGetsAKeyFromItsGroup() {
    QuestionGroupKey key = new QuestionGroupKey("ar", List.of("تجنيس"));
    List<FeedbackGroups.Keyed> items =
        List.of(keyed(fallback(DECIDED, "كم تستغرق عملية التجنيس؟"), key.id()));

    assertThat(FeedbackInbox.suggestedKey(items, key.id(), key.terms()))
        .isEqualTo("feedback-" + key.id().substring(0, 8));
  }
}
