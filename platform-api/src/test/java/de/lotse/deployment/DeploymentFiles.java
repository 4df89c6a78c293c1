package de.lotse.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The repository's deployment files (infra/compose, infra/k8s, platform-api/Dockerfile) and what
 * they must agree with: the README's configuration table, application.yml and the Maven build.
 * Paths are relative to platform-api/, the tests' working directory.
 */
final class DeploymentFiles {

  static final Path ROOT = Path.of("..");
  static final Path COMPOSE_DIR = ROOT.resolve("infra/compose");
  static final Path K8S_DIR = ROOT.resolve("infra/k8s");
  static final Path COMPOSE = COMPOSE_DIR.resolve("compose.yaml");
  static final Path DOCKERFILE = ROOT.resolve("platform-api/Dockerfile");
  static final Path DOCKERIGNORE = ROOT.resolve("platform-api/.dockerignore");
  static final Path POM = ROOT.resolve("platform-api/pom.xml");
  static final Path README = ROOT.resolve("README.md");
  static final Path APPLICATION_YML =
      ROOT.resolve("platform-api/src/main/resources/application.yml");
  static final Path REALM = ROOT.resolve("infra/keycloak/lotse-realm.json");

  private static final Pattern VARIABLE_NAME = Pattern.compile("LOTSE_[A-Z0-9_]+");
  private static final Pattern DOCUMENTED = Pattern.compile("`(LOTSE_[A-Z0-9_]+(?:<[A-Z]+>)?)`");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(LOTSE_[A-Z0-9_]+)[:}]");
  /** Compose interpolation (`${LOTSE_DB_PASSWORD:-…}`) and list-form settings (`LOTSE_X=…`). */
  private static final Pattern IN_VALUE =
      Pattern.compile("\\$\\{(LOTSE_[A-Z0-9_]+)|^(LOTSE_[A-Z0-9_]+)=");

  private DeploymentFiles() {}

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every YAML file of infra/compose and infra/k8s, sorted. */
  static List<Path> yamlFiles() {
    List<Path> files = new ArrayList<>();
    for (Path dir : List.of(COMPOSE_DIR, K8S_DIR)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
            .sorted()
            .forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  /** All documents of a YAML text; only plain data (maps, lists, scalars), never Java objects. */
  static List<Object> parseAll(String yaml) {
    List<Object> documents = new ArrayList<>();
    new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml).forEach(documents::add);
    return documents;
  }

  static Map<String, Object> parse(String yaml) {
    List<Object> documents = parseAll(yaml);
    if (documents.size() != 1 || !(documents.get(0) instanceof Map)) {
      throw new IllegalArgumentException("expected one YAML mapping, got " + documents);
    }
    return map(documents.get(0));
  }

  static Map<String, Object> parse(Path file) {
    return parse(read(file));
  }

  /** The node at {@code path} (map keys and list indexes); fails naming the missing step. */
  static Object at(Object node, Object... path) {
    Object current = node;
    StringBuilder walked = new StringBuilder();
    for (Object step : path) {
      walked.append('/').append(step);
      if (step instanceof Integer index && current instanceof List<?> list && index < list.size()) {
        current = list.get(index);
      } else if (step instanceof String key
          && current instanceof Map<?, ?> map
          && map.containsKey(key)) {
        current = map.get(key);
      } else {
        throw new AssertionError("nothing at " + walked);
      }
    }
    return current;
  }

  static String text(Object node, Object... path) {
    return String.valueOf(at(node, path));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object node) {
    if (!(node instanceof Map)) {
      throw new AssertionError("expected a mapping, got " + node);
    }
    return (Map<String, Object>) node;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object node) {
    if (!(node instanceof List)) {
      throw new AssertionError("expected a list, got " + node);
    }
    return (List<Object>) node;
  }

  /**
   * The LOTSE_* variables a deployment document sets or passes on: mapping keys (compose
   * environment, ConfigMap and Secret data), {@code name} of Kubernetes env entries, compose
   * interpolations and list-form {@code LOTSE_X=value} settings.
   */
  static Set<String> variablesSetIn(Object node) {
    Set<String> found = new TreeSet<>();
    collectVariables(node, found);
    return found;
  }

  private static void collectVariables(Object node, Set<String> found) {
    if (node instanceof Map<?, ?> map) {
      map.forEach((key, value) -> {
        if (key instanceof String name && VARIABLE_NAME.matcher(name).matches()) {
          found.add(name);
        }
        if ("name".equals(key)
            && value instanceof String name
            && VARIABLE_NAME.matcher(name).matches()) {
          found.add(name);
        }
        collectVariables(value, found);
      });
    } else if (node instanceof List<?> list) {
      list.forEach(item -> collectVariables(item, found));
    } else if (node instanceof String value) {
      Matcher m = IN_VALUE.matcher(value);
      while (m.find()) {
        found.add(m.group(1) != null ? m.group(1) : m.group(2));
      }
    }
  }

  /**
   * The names in the first column of the README's "Configuration" table. A name ending in
   * {@code <NAME>} (e.g. {@code LOTSE_ONBOARDING_TEMPLATES_<NAME>}) stands for every suffix and is
   * returned as its prefix followed by {@code *}.
   */
  static Set<String> documentedVariables(String readme) {
    int start = readme.indexOf("\n## Configuration\n");
    if (start < 0) {
      throw new AssertionError("README.md has no \"## Configuration\" section");
    }
    int end = readme.indexOf("\n## ", start + 1);
    String section = readme.substring(start, end < 0 ? readme.length() : end);
    Set<String> names = new TreeSet<>();
    for (String line : section.split("\n")) {
      String[] cells = line.split("\\|");
      if (line.startsWith("| `") && cells.length > 2) {
        Matcher m = DOCUMENTED.matcher(cells[1]);
        while (m.find()) {
          names.add(m.group(1).replaceAll("<[A-Z]+>$", "*"));
        }
      }
    }
    return names;
  }

  static boolean isDocumented(String variable, Set<String> documented) {
    return documented.contains(variable)
        || documented.stream()
            .anyMatch(d -> d.endsWith("*") && variable.startsWith(d.substring(0, d.length() - 1)));
  }

  /** The variables application.yml reads, as {@code ${LOTSE_X}} or {@code ${LOTSE_X:default}}. */
  static Set<String> variablesReadBy(String applicationYml) {
    Set<String> names = new TreeSet<>();
    PLACEHOLDER.matcher(applicationYml).results().forEach(m -> names.add(m.group(1)));
    return names;
  }
}
