package de.lotse.answer.bench;

import de.lotse.knowledge.exchange.EntryData;
import de.lotse.knowledge.exchange.KnowledgeBaseFile;
import de.lotse.knowledge.exchange.TranslationData;
import java.util.ArrayList;
import java.util.List;

/**
 * One translation of an entry as a baseline indexes it: title, sample questions and answer as one
 * text, unweighted, in the way a straightforward full-text setup would store it.
 */
record TranslationDocument(String entryKey, String language, String text) {

  static List<TranslationDocument> of(KnowledgeBaseFile kb) {
    List<TranslationDocument> documents = new ArrayList<>();
    for (EntryData entry : kb.entries()) {
      entry
          .translations()
          .forEach((language, translation) ->
              documents.add(new TranslationDocument(entry.key(), language, text(translation))));
    }
    return documents;
  }

  private static String text(TranslationData translation) {
    StringBuilder text = new StringBuilder(translation.title());
    translation.questions().forEach(q -> text.append('\n').append(q));
    return text.append('\n').append(translation.answer()).toString();
  }
}
