package de.lotse.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicGroupingTests {

  @Test
  void groupsWordingsOfTheSameTopicAndKeepsOtherTopicsApart() {
    List<TopicGrouping.Asked> asked = new ArrayList<>();
    asked.add(ask("Kann ich meinen Führerschein umschreiben lassen?", "c1"));
    asked.add(ask("Führerschein umschreiben", "c2"));
    asked.add(ask("führerschein umschreiben lassen bitte", "c3"));
    asked.add(ask("Wo beantrage ich Kindergeld?", "c4"));
    asked.add(ask("Kindergeld beantragen", "c5"));

    List<TopicGrouping.Group> groups = TopicGrouping.group(asked);

    assertThat(groups).hasSize(2);
    assertThat(groups.get(0).questions()).isEqualTo(3);
    assertThat(groups.get(0).label()).containsIgnoringCase("führerschein");
    assertThat(groups.get(1).examples(3))
        .containsExactlyInAnyOrder("Wo beantrage ich Kindergeld?", "Kindergeld beantragen");
  }

  @Test
  void scrubbersPlaceholdersAndFillerWordsDoNotMakeQuestionsSimilar() {
    List<TopicGrouping.Group> groups = TopicGrouping.group(List.of(
        ask("Ich bin [NAME] und habe eine Frage zum Visum", "c1"),
        ask("Ich bin [NAME] und habe eine Frage zur Steuer", "c2")));

    assertThat(TopicGrouping.words("Ich bin [NAME], wie geht das?")).containsExactly("geht");
    assertThat(groups).hasSize(2);
  }

  @Test
  void commonWordsNeedKConversationsEachSoSingleQuestionsNeverShow() {
    List<TopicGrouping.Asked> asked = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      asked.add(ask("Führerschein umschreiben Zyxwort" + i, "c" + i));
    }
    // The same conversation asking again adds questions, not conversations.
    asked.add(ask("Führerschein umschreiben", "c0"));

    TopicGrouping.Group group = TopicGrouping.group(asked).get(0);

    assertThat(group.conversations()).isEqualTo(5);
    assertThat(group.commonWords(5)).containsExactly("führerschein", "umschreiben");
    assertThat(group.commonWords(6)).isEmpty();
  }

  private static TopicGrouping.Asked ask(String question, String conversation) {
    return new TopicGrouping.Asked(question, "de", conversation, "office");
  }
}
