package de.lotse.knowledge.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a knowledge base in the exchange format ({@code kb-exchange/1}) as pretty-printed UTF-8
 * JSON, one property per line, so that exports compare well in a diff.
 *
 * <p>The writer does not check the content: what it is given is written (absent values are left
 * out). Content that was read with {@link ExchangeFormatReader} reads back equal. Empty {@code
 * languages}, {@code categories} and {@code synonyms} are left out: the reader treats an empty
 * category list like an absent one and derives the languages when they are absent. Instances are
 * thread-safe.
 */
public final class ExchangeFormatWriter {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectWriter json = JsonMapper.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build()
      .writer()
      .with(prettyPrinter());

  /**
   * Writes the file to the stream, which stays open.
   *
   * @throws UncheckedIOException when the stream fails
   */
  public void write(KnowledgeBaseFile kb, OutputStream out) {
    try {
      json.writeValue(out, document(kb));
      out.write('\n');
      out.flush();
    } catch (JacksonException e) {
      throw new UncheckedIOException(
          "Writing the knowledge-base file failed",
          e.getCause() instanceof IOException io ? io : new IOException(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException("Writing the knowledge-base file failed", e);
    }
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    var separators = Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
  }

  private static ObjectNode document(KnowledgeBaseFile kb) {
    ObjectNode file = NODES.objectNode();
    file.put("format", KnowledgeBaseMapper.FORMAT);
    putIfPresent(file, "name", kb.name());
    putIfPresent(file, "defaultLanguage", kb.defaultLanguage());
    if (!kb.languages().isEmpty()) {
      file.set("languages", strings(kb.languages()));
    }
    if (!kb.categories().isEmpty()) {
      ArrayNode categories = file.putArray("categories");
      kb.categories().forEach(category -> categories.add(category(category)));
    }
    ArrayNode entries = file.putArray("entries");
    kb.entries().forEach(entry -> entries.add(entry(entry)));
    if (!kb.synonyms().isEmpty()) {
      ObjectNode synonyms = file.putObject("synonyms");
      kb.synonyms().forEach((language, groups) -> synonyms.set(language, groups(groups)));
    }
    return file;
  }

  private static ObjectNode category(CategoryData category) {
    ObjectNode node = NODES.objectNode();
    putIfPresent(node, "key", category.key());
    node.set("title", texts(category.title()));
    return node;
  }

  private static ObjectNode entry(EntryData entry) {
    ObjectNode node = NODES.objectNode();
    putIfPresent(node, "key", entry.key());
    putIfPresent(node, "category", entry.category());
    ObjectNode translations = node.putObject("translations");
    entry
        .translations()
        .forEach((language, translation) -> translations.set(language, translation(translation)));
    return node;
  }

  private static ObjectNode translation(TranslationData translation) {
    ObjectNode node = NODES.objectNode();
    putIfPresent(node, "title", translation.title());
    node.set("questions", strings(translation.questions()));
    putIfPresent(node, "answer", translation.answer());
    return node;
  }

  private static ObjectNode texts(Map<String, String> byLanguage) {
    ObjectNode node = NODES.objectNode();
    byLanguage.forEach((language, text) -> putIfPresent(node, language, text));
    return node;
  }

  private static ArrayNode groups(List<List<String>> groups) {
    ArrayNode node = NODES.arrayNode();
    groups.forEach(group -> node.add(strings(group)));
    return node;
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode node = NODES.arrayNode();
    values.forEach(node::add);
    return node;
  }

  private static void putIfPresent(ObjectNode node, String name, String value) {
    if (value != null) {
      node.put(name, value);
    }
  }
}
