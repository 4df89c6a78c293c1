package de.lotse.answer.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Baseline: PostgreSQL full-text search. Every translation is one row whose {@code tsvector} is
 * built with the text-search configuration of its own language (GIN-indexed, as a real setup
 * would store it); a question is parsed with {@code websearch_to_tsquery} in the configuration of
 * the language chosen in the widget and ranked with {@code ts_rank}. A question without a language
 * is matched with {@code simple} against a second vector built with {@code simple}.
 *
 * <p>{@code websearch_to_tsquery} joins a question's words with AND, made for search boxes where
 * people type a few keywords; a citizen's whole sentence then rarely matches any document. So the
 * baseline also comes as {@link #anyTerm()}: the same parsed query with its ANDs turned into ORs,
 * the usual remedy, which gives PostgreSQL its fairer chance.
 *
 * <p>Queried through JDBC over loopback, so latencies include a round trip to the server.
 */
final class PostgresFullText implements AutoCloseable {

  static final String SIMPLE = "simple";

  /** ISO 639-1 code to the name of PostgreSQL's built-in configuration (PostgreSQL 15's {@code \dF}). */
  private static final Map<String, String> CONFIGURATIONS = Map.ofEntries(
      Map.entry("ar", "arabic"),
      Map.entry("hy", "armenian"),
      Map.entry("eu", "basque"),
      Map.entry("ca", "catalan"),
      Map.entry("da", "danish"),
      Map.entry("nl", "dutch"),
      Map.entry("en", "english"),
      Map.entry("fi", "finnish"),
      Map.entry("fr", "french"),
      Map.entry("de", "german"),
      Map.entry("el", "greek"),
      Map.entry("hi", "hindi"),
      Map.entry("hu", "hungarian"),
      Map.entry("id", "indonesian"),
      Map.entry("ga", "irish"),
      Map.entry("it", "italian"),
      Map.entry("lt", "lithuanian"),
      Map.entry("ne", "nepali"),
      Map.entry("no", "norwegian"),
      Map.entry("nb", "norwegian"),
      Map.entry("nn", "norwegian"),
      Map.entry("pt", "portuguese"),
      Map.entry("ro", "romanian"),
      Map.entry("ru", "russian"),
      Map.entry("sr", "serbian"),
      Map.entry("es", "spanish"),
      Map.entry("sv", "swedish"),
      Map.entry("ta", "tamil"),
      Map.entry("tr", "turkish"),
      Map.entry("yi", "yiddish"));

  private static final String SCHEMA = """
      drop table if exists kb_translation;
      create table kb_translation (
        id serial primary key,
        entry_key text not null,
        language text not null,
        config regconfig not null,
        body text not null,
        document tsvector generated always as (to_tsvector(config, body)) stored,
        simple_document tsvector generated always as (to_tsvector('simple'::regconfig, body)) stored);
      create index kb_translation_document on kb_translation using gin (document);
      create index kb_translation_simple_document on kb_translation using gin (simple_document);
      """;
  // The query of BEST (%1$s): websearch_to_tsquery's own, or the same with its ANDs made ORs; the
  // cast to text and back keeps the lexemes as parsed (stemmed, stop words dropped). %2$s is the
  // vector column searched.
  private static final String ALL_TERMS = "websearch_to_tsquery(cast(? as regconfig), ?)";
  private static final String ANY_TERM =
      "cast(replace(cast(websearch_to_tsquery(cast(? as regconfig), ?) as text), ' & ', ' | ') as tsquery)";
  private static final String BEST = """
      select entry_key, language, ts_rank(%2$s, query) as score
      from kb_translation, %1$s query
      where %2$s @@ query order by score desc, id limit 1""";

  private final Connection connection;
  private final Set<String> installed;
  private final PreparedStatement allTerms;
  private final PreparedStatement allTermsSimple;
  private final PreparedStatement anyTerm;
  private final PreparedStatement anyTermSimple;

  private PostgresFullText(Connection connection) throws SQLException {
    this.connection = connection;
    this.installed = installedConfigurations(connection);
    this.allTerms = connection.prepareStatement(BEST.formatted(ALL_TERMS, "document"));
    this.allTermsSimple = connection.prepareStatement(BEST.formatted(ALL_TERMS, "simple_document"));
    this.anyTerm = connection.prepareStatement(BEST.formatted(ANY_TERM, "document"));
    this.anyTermSimple = connection.prepareStatement(BEST.formatted(ANY_TERM, "simple_document"));
  }

  /** Connects, replaces the scratch table with the documents and returns the ready baseline. */
  static PostgresFullText load(String url, String user, List<TranslationDocument> documents)
      throws SQLException {
    Connection connection = DriverManager.getConnection(url, user, "");
    try {
      PostgresFullText baseline = new PostgresFullText(connection);
      baseline.replaceDocuments(documents);
      return baseline;
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
  }

  /** The configuration for a language code: its own when PostgreSQL has one, else {@value #SIMPLE}. */
  String configuration(String language) {
    String name = language == null ? null : CONFIGURATIONS.get(language);
    return name != null && installed.contains(name) ? name : SIMPLE;
  }

  String serverVersion() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("show server_version")) {
      result.next();
      return result.getString(1);
    }
  }

  private void replaceDocuments(List<TranslationDocument> documents) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(SCHEMA);
    }
    try (PreparedStatement insert = connection.prepareStatement(
        "insert into kb_translation (entry_key, language, config, body) values (?, ?, cast(? as regconfig), ?)")) {
      for (TranslationDocument document : documents) {
        insert.setString(1, document.entryKey());
        insert.setString(2, document.language());
        insert.setString(3, configuration(document.language()));
        insert.setString(4, document.text());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute("analyze kb_translation");
    }
  }

  /** {@code websearch_to_tsquery} as it is: every word of the question must occur. */
  Retriever allTerms() {
    return (question, language) ->
        best(language == null ? allTermsSimple : allTerms, question, language);
  }

  /** The words of {@code websearch_to_tsquery}'s query joined with OR: any word may occur. */
  Retriever anyTerm() {
    return (question, language) ->
        best(language == null ? anyTermSimple : anyTerm, question, language);
  }

  private Hit best(PreparedStatement query, String question, String language) {
    try {
      query.setString(1, configuration(language));
      query.setString(2, question);
      try (ResultSet result = query.executeQuery()) {
        return result.next()
            ? new Hit(result.getString(1), result.getString(2), result.getDouble(3))
            : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("full-text query failed: " + e.getMessage(), e);
    }
  }

  private static Set<String> installedConfigurations(Connection connection) throws SQLException {
    Set<String> names = new HashSet<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("select cfgname from pg_ts_config")) {
      while (result.next()) {
        names.add(result.getString(1));
      }
    }
    return names;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
