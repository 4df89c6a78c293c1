package de.lotse.deployment;

import static de.lotse.deployment.DeploymentFiles.APPLICATION_YML;
import static de.lotse.deployment.DeploymentFiles.COMPOSE;
import static de.lotse.deployment.DeploymentFiles.COMPOSE_DIR;
import static de.lotse.deployment.DeploymentFiles.DOCKERFILE;
import static de.lotse.deployment.DeploymentFiles.DOCKERIGNORE;
import static de.lotse.deployment.DeploymentFiles.K8S_DIR;
import static de.lotse.deployment.DeploymentFiles.POM;
import static de.lotse.deployment.DeploymentFiles.README;
import static de.lotse.deployment.DeploymentFiles.REALM;
import static de.lotse.deployment.DeploymentFiles.at;
import static de.lotse.deployment.DeploymentFiles.documentedVariables;
import static de.lotse.deployment.DeploymentFiles.isDocumented;
import static de.lotse.deployment.DeploymentFiles.list;
import static de.lotse.deployment.DeploymentFiles.map;
import static de.lotse.deployment.DeploymentFiles.parse;
import static de.lotse.deployment.DeploymentFiles.parseAll;
import static de.lotse.deployment.DeploymentFiles.read;
import static de.lotse.deployment.DeploymentFiles.text;
import static de.lotse.deployment.DeploymentFiles.variablesReadBy;
import static de.lotse.deployment.DeploymentFiles.variablesSetIn;
import static de.lotse.deployment.DeploymentFiles.yamlFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.error.YAMLException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Guards the container and Kubernetes files against drift: they must parse, set only settings
 * that the README documents and application.yml reads, probe the actuator paths the application
 * serves, package the jar Maven builds, and agree with each other. They cannot be run on the
 * development machine (no container engine, no cluster), so this is what checks them. Each check
 * is also shown failing on a file with one realistic mistake.
 */
class DeploymentFilesTests {

  private static final Set<String> NOT_IN_KUSTOMIZATION =
      Set.of("kustomization.yaml", "secret.template.yaml");

  // --- (a) every file parses ---------------------------------------------------------------------

  @Test
  void everyDeploymentFileIsYamlAndEveryManifestNamesItsKind() {
    List<Path> files = yamlFiles();

    assertThat(files)
        .extracting(f -> f.getFileName().toString())
        .contains(
            "compose.yaml",
            "kustomization.yaml",
            "namespace.yaml",
            "configmap.yaml",
            "secret.template.yaml",
            "deployment.yaml",
            "service.yaml",
            "poddisruptionbudget.yaml",
            "ingress.yaml");
    for (Path file : files) {
      List<Object> documents = parseAll(read(file));
      assertThat(documents).as(file.toString()).isNotEmpty().doesNotContainNull();
      if (file.startsWith(K8S_DIR)) {
        documents.forEach(
            d -> assertThat(manifestProblems(d)).as(file.toString()).isEmpty());
      }
    }
  }

  @Test
  void aFileThatIsNotYamlOrAManifestWithoutKindIsRefused() {
    assertThatThrownBy(() -> parseAll("data:\n  LOTSE_PORT: [8080\n"))
        .isInstanceOf(YAMLException.class);
    String withoutKind = read(K8S_DIR.resolve("service.yaml")).replace("kind: Service\n", "");
    assertThat(manifestProblems(parse(withoutKind))).containsExactly("no kind");
  }

  @Test
  void theKustomizationListsEveryManifestButTheSecretTemplate() throws Exception {
    Map<String, Object> kustomization = parse(K8S_DIR.resolve("kustomization.yaml"));
    Set<String> manifests;
    try (var files = Files.list(K8S_DIR)) {
      manifests = files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".yaml") && !NOT_IN_KUSTOMIZATION.contains(n))
          .collect(Collectors.toCollection(TreeSet::new));
    }

    assertThat(new TreeSet<>(list(at(kustomization, "resources")))).isEqualTo(manifests);
  }

  // --- (b) every LOTSE_* setting is documented and read ----------------------------------------

  @Test
  void everyLotseVariableTheFilesSetIsDocumentedInTheReadmeAndReadByApplicationYml() {
    Map<Path, Set<String>> setByFile = new LinkedHashMap<>();
    yamlFiles().forEach(f -> setByFile.put(f, variablesSetIn(parseAll(read(f)))));

    assertThat(setByFile.get(COMPOSE))
        .contains(
            "LOTSE_DB_URL",
            "LOTSE_DB_PASSWORD",
            "LOTSE_OIDC_ISSUER",
            "LOTSE_OIDC_JWK_SET_URI",
            "LOTSE_PROVISIONING_LOCATIONS");
    assertThat(setByFile.get(K8S_DIR.resolve("configmap.yaml")))
        .contains("LOTSE_PUBLIC_URL", "LOTSE_OIDC_ISSUER", "LOTSE_FORWARD_HEADERS");
    assertThat(setByFile.get(K8S_DIR.resolve("secret.template.yaml")))
        .contains("LOTSE_DB_PASSWORD", "LOTSE_KEYCLOAK_CLIENT_SECRET");
    assertThat(variableProblems(setByFile)).isEmpty();
  }

  @Test
  void aMisspelledVariableIsReportedAsUndocumentedAndUnread() {
    String compose = read(COMPOSE).replace("LOTSE_REDIS_URL:", "LOTSE_REDIS_ULR:");
    String configMap = read(K8S_DIR.resolve("configmap.yaml"))
        .replace("LOTSE_FORWARD_HEADERS:", "LOTSE_FORWARDED_HEADERS:");

    assertThat(variableProblems(Map.of(COMPOSE, variablesSetIn(parse(compose)))))
        .containsExactly(
            COMPOSE + ": LOTSE_REDIS_ULR is not in the configuration table of README.md",
            COMPOSE + ": LOTSE_REDIS_ULR is not read by application.yml");
    assertThat(variableProblems(Map.of(K8S_DIR, variablesSetIn(parse(configMap)))))
        .hasSize(2)
        .allMatch(p -> p.contains("LOTSE_FORWARDED_HEADERS"));
  }

  // --- (c) probes and scraping use the paths the application serves -----------------------------

  @Test
  void probesHealthchecksAndScrapingUseTheActuatorPathsTheApplicationServes() {
    Map<String, String> served = actuatorPaths(parse(APPLICATION_YML));

    assertThat(served)
        .containsEntry("readiness", "/actuator/health/readiness")
        .containsEntry("liveness", "/actuator/health/liveness")
        .containsEntry("prometheus", "/actuator/prometheus");
    assertThat(probeProblems(parse(K8S_DIR.resolve("deployment.yaml")), parse(COMPOSE), served))
        .isEmpty();
  }

  @Test
  void theStartupProbeWaitsForTheAnswerIndexes() {
    Object readiness = at(
        parse(APPLICATION_YML),
        "management",
        "endpoint",
        "health",
        "group",
        "readiness",
        "include");

    assertThat(String.valueOf(readiness)).contains("answerIndex");
  }

  @Test
  void aProbeOnAPathTheApplicationDoesNotServeIsReported() {
    String deployment = read(K8S_DIR.resolve("deployment.yaml"))
        .replace("path: /actuator/health/liveness", "path: /actuator/health/live");
    String applicationWithoutProbes = read(APPLICATION_YML)
        .replaceFirst("probes:\\n(\\s+)enabled: true", "probes:\n$1enabled: false");
    Map<String, Object> compose = parse(COMPOSE);
    Map<String, Object> goodDeployment = parse(K8S_DIR.resolve("deployment.yaml"));

    assertThat(probeProblems(parse(deployment), compose, actuatorPaths(parse(APPLICATION_YML))))
        .containsExactly("livenessProbe asks /actuator/health/live, the application serves "
            + "/actuator/health/liveness");
    assertThat(
            probeProblems(goodDeployment, compose, actuatorPaths(parse(applicationWithoutProbes))))
        .contains(
            "the application serves no readiness path", "the application serves no liveness path");
  }

  // --- (d) the image packages the jar Maven builds ----------------------------------------------

  @Test
  void theImageIsBuiltFromTheJarMavenBuildsAndRunsAsTheUserKubernetesExpects() {
    assertThat(imageProblems(
            read(DOCKERFILE),
            read(DOCKERIGNORE),
            read(POM),
            parse(COMPOSE),
            parse(K8S_DIR.resolve("deployment.yaml"))))
        .isEmpty();
  }

  @Test
  void aDockerfileThatCopiesAnotherJarIsReported() {
    String dockerfile = read(DOCKERFILE)
        .replace("COPY target/platform-api.jar", "COPY target/platform-api-0.1.0-SNAPSHOT.jar");

    assertThat(imageProblems(
            dockerfile,
            read(DOCKERIGNORE),
            read(POM),
            parse(COMPOSE),
            parse(K8S_DIR.resolve("deployment.yaml"))))
        .contains("the Dockerfile copies target/platform-api-0.1.0-SNAPSHOT.jar, Maven builds "
            + "target/platform-api.jar");
  }

  // --- the files agree with each other ----------------------------------------------------------

  @Test
  void composeGivesBrowsersAndThePlatformTheSameKeycloakIssuer() {
    assertThat(composeProblems(parse(COMPOSE), realm())).isEmpty();
  }

  @Test
  void aComposeIssuerThatBrowsersCannotReachIsReported() {
    String compose = read(COMPOSE)
        .replace(
            "LOTSE_OIDC_ISSUER: http://localhost:8180/realms/lotse",
            "LOTSE_OIDC_ISSUER: http://keycloak:8180/realms/lotse")
        .replace(
            "LOTSE_KEYCLOAK_CLIENT_SECRET: lotse-platform-dev-secret",
            "LOTSE_KEYCLOAK_CLIENT_SECRET: another-secret");

    assertThat(composeProblems(parse(compose), realm()))
        .containsExactly(
            "LOTSE_OIDC_ISSUER http://keycloak:8180/realms/lotse is not Keycloak's issuer "
                + "http://localhost:8180/realms/lotse (KC_HOSTNAME + realm)",
            "LOTSE_KEYCLOAK_CLIENT_SECRET is not the realm's secret of lotse-platform");
  }

  @Test
  void theKubernetesObjectsReferToEachOther() {
    assertThat(kubernetesProblems(k8sObjects(Map.of()))).isEmpty();
  }

  @Test
  void anExposedActuatorOrAHeapAboveTheMemoryLimitIsReported() {
    String ingress =
        read(K8S_DIR.resolve("ingress.yaml")).replace("- path: /demo", "- path: /actuator");
    String deployment = read(K8S_DIR.resolve("deployment.yaml")).replace("-Xmx10g", "-Xmx12g");

    assertThat(kubernetesProblems(
            k8sObjects(Map.of("ingress.yaml", ingress, "deployment.yaml", deployment))))
        .containsExactly(
            "the Ingress routes /actuator to the platform",
            "heap 12288 MiB leaves less than 1 GiB below the memory limit of 12288 MiB");
  }

  // --- checks -----------------------------------------------------------------------------------

  private static List<String> manifestProblems(Object document) {
    List<String> problems = new ArrayList<>();
    Map<String, Object> manifest = map(document);
    for (String field : List.of("apiVersion", "kind")) {
      if (!manifest.containsKey(field)) {
        problems.add("no " + field);
      }
    }
    return problems;
  }

  private static List<String> variableProblems(Map<Path, Set<String>> setByFile) {
    Set<String> documented = documentedVariables(read(README));
    Set<String> readByApplication = variablesReadBy(read(APPLICATION_YML));
    List<String> problems = new ArrayList<>();
    setByFile.forEach((file, variables) -> {
      for (String variable : variables) {
        if (!isDocumented(variable, documented)) {
          problems.add(file + ": " + variable + " is not in the configuration table of README.md");
        }
        if (!readByApplication.contains(variable)) {
          problems.add(file + ": " + variable + " is not read by application.yml");
        }
      }
    });
    return problems;
  }

  /** The probe and metrics paths application.yml makes the actuator serve, by name. */
  private static Map<String, String> actuatorPaths(Map<String, Object> application) {
    Map<String, Object> management = map(at(application, "management"));
    String base = management.containsKey("endpoints")
            && map(at(management, "endpoints", "web")).containsKey("base-path")
        ? text(management, "endpoints", "web", "base-path")
        : "/actuator";
    List<String> exposed =
        List.of(text(management, "endpoints", "web", "exposure", "include").split("\\s*,\\s*"));
    Map<String, String> served = new LinkedHashMap<>();
    if (exposed.contains("health")
        && Boolean.TRUE.equals(at(management, "endpoint", "health", "probes", "enabled"))) {
      served.put("liveness", base + "/health/liveness");
      served.put("readiness", base + "/health/readiness");
    }
    if (exposed.contains("prometheus")) {
      served.put("prometheus", base + "/prometheus");
    }
    return served;
  }

  private static List<String> probeProblems(
      Map<String, Object> deployment, Map<String, Object> compose, Map<String, String> served) {
    List<String> problems = new ArrayList<>();
    for (String group : List.of("readiness", "liveness", "prometheus")) {
      if (!served.containsKey(group)) {
        problems.add("the application serves no " + group + " path");
      }
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    Map<String, Object> container = platformContainer(deployment);
    Map<String, String> expected = Map.of(
        "startupProbe",
        served.get("readiness"),
        "readinessProbe",
        served.get("readiness"),
        "livenessProbe",
        served.get("liveness"));
    expected.forEach((probe, path) -> {
      String asked = text(container, probe, "httpGet", "path");
      if (!asked.equals(path)) {
        problems.add(probe + " asks " + asked + ", the application serves " + path);
      }
      if (!text(container, probe, "httpGet", "port").equals(text(container, "ports", 0, "name"))) {
        problems.add(probe + " does not ask the container's port");
      }
    });
    Map<String, Object> annotations =
        map(at(deployment, "spec", "template", "metadata", "annotations"));
    if (!served.get("prometheus").equals(annotations.get("prometheus.io/path"))) {
      problems.add("prometheus.io/path is not " + served.get("prometheus"));
    }
    if (!String.valueOf(annotations.get("prometheus.io/port"))
        .equals(text(container, "ports", 0, "containerPort"))) {
      problems.add("prometheus.io/port is not the container's port");
    }
    String healthcheck = String.join(
        " ",
        list(at(compose, "services", "platform", "healthcheck", "test")).stream()
            .map(String::valueOf)
            .toList());
    if (!healthcheck.contains("GET " + served.get("readiness") + " HTTP/1.1")) {
      problems.add("compose's platform healthcheck does not ask " + served.get("readiness"));
    }
    return problems;
  }

  private static List<String> imageProblems(
      String dockerfile,
      String dockerignore,
      String pom,
      Map<String, Object> compose,
      Map<String, Object> deployment) {
    List<String> problems = new ArrayList<>();
    String jar = firstGroup(Pattern.compile("<finalName>([^<]+)</finalName>"), pom) + ".jar";
    String built = "target/" + jar;
    String copied = firstGroup(Pattern.compile("(?m)^COPY (?!--from)(\\S+)"), dockerfile);
    if (!built.equals(copied)) {
      problems.add("the Dockerfile copies " + copied + ", Maven builds " + built);
    }
    if (!dockerignore.lines().toList().contains("!" + built)) {
      problems.add(".dockerignore does not let " + built + " into the build context");
    }
    String started =
        firstGroup(Pattern.compile("(?m)^ENTRYPOINT .*-jar (\\S+?\\.jar)"), dockerfile);
    if (!("/app/" + jar).equals(started)) {
      problems.add("the entrypoint starts " + started + ", the layers hold /app/" + jar);
    }
    Path context = COMPOSE_DIR
        .resolve(text(compose, "services", "platform", "build", "context"))
        .normalize();
    if (!context.equals(DOCKERFILE.getParent().normalize())) {
      problems.add("compose builds the platform in " + context + ", not beside the Dockerfile");
    }
    Map<String, Object> container = platformContainer(deployment);
    String exposed = firstGroup(Pattern.compile("(?m)^EXPOSE (\\d+)"), dockerfile);
    if (!exposed.equals(text(container, "ports", 0, "containerPort"))) {
      problems.add("the image exposes " + exposed + ", the Deployment uses another port");
    }
    String user = firstGroup(Pattern.compile("(?m)^USER (\\d+)"), dockerfile);
    if (!user.equals(
        text(deployment, "spec", "template", "spec", "securityContext", "runAsUser"))) {
      problems.add("the image runs as " + user + ", the Deployment as another user");
    }
    return problems;
  }

  private static List<String> composeProblems(Map<String, Object> compose, JsonNode realm) {
    List<String> problems = new ArrayList<>();
    Map<String, Object> keycloak = map(at(compose, "services", "keycloak"));
    Map<String, Object> platform = map(at(compose, "services", "platform", "environment"));
    String hostname = text(keycloak, "environment", "KC_HOSTNAME");
    String issuer = hostname + "/realms/" + platform.get("LOTSE_KEYCLOAK_REALM");
    if (!issuer.equals(platform.get("LOTSE_OIDC_ISSUER"))) {
      problems.add("LOTSE_OIDC_ISSUER " + platform.get("LOTSE_OIDC_ISSUER")
          + " is not Keycloak's issuer " + issuer + " (KC_HOSTNAME + realm)");
    }
    String keycloakPort = String.valueOf(URI.create(hostname).getPort());
    if (!list(keycloak.get("ports"))
        .contains(
            "127.0.0.1:" + keycloakPort + ":" + text(keycloak, "environment", "KC_HTTP_PORT"))) {
      problems.add("Keycloak is not published on the port of KC_HOSTNAME " + hostname);
    }
    for (JsonNode client : realm.get("clients")) {
      String clientId = client.get("clientId").asString();
      if (clientId.equals("lotse-platform")
          && !client
              .get("secret")
              .asString()
              .equals(platform.get("LOTSE_KEYCLOAK_CLIENT_SECRET"))) {
        problems.add("LOTSE_KEYCLOAK_CLIENT_SECRET is not the realm's secret of lotse-platform");
      }
      String adminUi = platform.get("LOTSE_PUBLIC_URL") + "/admin/*";
      if (clientId.equals("lotse-admin-ui") && !redirectUris(client).contains(adminUi)) {
        problems.add("the realm's admin app may not return to " + adminUi);
      }
    }
    String publicPort = String.valueOf(
        URI.create(String.valueOf(platform.get("LOTSE_PUBLIC_URL"))).getPort());
    if (!list(at(compose, "services", "platform", "ports"))
        .contains("127.0.0.1:" + publicPort + ":8080")) {
      problems.add("the platform is not published on the port of LOTSE_PUBLIC_URL");
    }
    for (Object service : map(at(compose, "services")).values()) {
      for (Object volume : list(map(service).getOrDefault("volumes", List.of()))) {
        String source = String.valueOf(volume).split(":")[0];
        if (source.startsWith(".") && !Files.exists(COMPOSE_DIR.resolve(source))) {
          problems.add("compose mounts " + source + ", which does not exist");
        }
      }
    }
    return problems;
  }

  private static List<String> kubernetesProblems(Map<String, Map<String, Object>> byKind) {
    List<String> problems = new ArrayList<>();
    Map<String, Object> deployment = byKind.get("Deployment");
    Map<String, Object> podLabels = map(at(deployment, "spec", "template", "metadata", "labels"));
    for (String kind : List.of("Service", "PodDisruptionBudget")) {
      Object selector = kind.equals("Service")
          ? at(byKind.get(kind), "spec", "selector")
          : at(byKind.get(kind), "spec", "selector", "matchLabels");
      if (!podLabels.entrySet().containsAll(map(selector).entrySet())) {
        problems.add("the " + kind + " does not select the platform's pods");
      }
    }
    Map<String, Object> container = platformContainer(deployment);
    for (Object source : list(at(container, "envFrom"))) {
      String kind = map(source).containsKey("configMapRef") ? "ConfigMap" : "Secret";
      String ref = kind.equals("ConfigMap") ? "configMapRef" : "secretRef";
      if (!text(source, ref, "name").equals(text(byKind.get(kind), "metadata", "name"))) {
        problems.add("the Deployment reads a " + kind + " the files do not define");
      }
    }
    Map<String, Object> secret = byKind.get("Secret");
    map(at(secret, "stringData")).forEach((key, value) -> {
      if (!String.valueOf(value).contains("CHANGE-ME")) {
        problems.add("the Secret template holds a value for " + key + ": placeholders only");
      }
    });
    Map<String, Object> ingress = byKind.get("Ingress");
    String host =
        URI.create(text(byKind.get("ConfigMap"), "data", "LOTSE_PUBLIC_URL")).getHost();
    for (Object rule : list(at(ingress, "spec", "rules"))) {
      if (!host.equals(text(rule, "host"))) {
        problems.add("the Ingress serves " + text(rule, "host") + ", LOTSE_PUBLIC_URL " + host);
      }
      for (Object path : list(at(rule, "http", "paths"))) {
        String prefix = text(path, "path");
        if (prefix.equals("/") || prefix.startsWith("/actuator")) {
          problems.add("the Ingress routes " + prefix + " to the platform");
        }
        if (!text(path, "backend", "service", "name")
                .equals(text(byKind.get("Service"), "metadata", "name"))
            || !text(path, "backend", "service", "port", "name")
                .equals(text(byKind.get("Service"), "spec", "ports", 0, "name"))) {
          problems.add("the Ingress path " + prefix + " does not lead to the platform's Service");
        }
      }
    }
    String javaOpts = list(at(container, "env")).stream()
        .map(DeploymentFiles::map)
        .filter(e -> "JAVA_OPTS".equals(e.get("name")))
        .map(e -> String.valueOf(e.get("value")))
        .findFirst()
        .orElse("");
    long heapMiB = mebibytes(firstGroup(Pattern.compile("-Xmx(\\d+[kmgKMG])"), javaOpts));
    long limitMiB = mebibytes(text(container, "resources", "limits", "memory"));
    if (heapMiB + 1024 > limitMiB) {
      problems.add("heap " + heapMiB + " MiB leaves less than 1 GiB below the memory limit of "
          + limitMiB + " MiB");
    }
    return problems;
  }

  // --- helpers ----------------------------------------------------------------------------------

  /** The Kubernetes objects of infra/k8s by kind; {@code replaced} swaps a file's text. */
  private static Map<String, Map<String, Object>> k8sObjects(Map<String, String> replaced) {
    Map<String, Map<String, Object>> byKind = new LinkedHashMap<>();
    for (Path file : yamlFiles()) {
      String name = file.getFileName().toString();
      if (!file.startsWith(K8S_DIR) || name.equals("kustomization.yaml")) {
        continue;
      }
      for (Object document : parseAll(replaced.getOrDefault(name, read(file)))) {
        byKind.put(text(document, "kind"), map(document));
      }
    }
    return byKind;
  }

  private static Map<String, Object> platformContainer(Map<String, Object> deployment) {
    return map(at(deployment, "spec", "template", "spec", "containers", 0));
  }

  private static List<String> redirectUris(JsonNode client) {
    List<String> uris = new ArrayList<>();
    client.get("redirectUris").forEach(uri -> uris.add(uri.asString()));
    return uris;
  }

  private static JsonNode realm() {
    return JsonMapper.builder().build().readTree(read(REALM));
  }

  private static String firstGroup(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      throw new AssertionError("no match for " + pattern + " in:\n" + text);
    }
    return m.group(1);
  }

  /** A JVM size ({@code 512m}, {@code 10g}) or a Kubernetes quantity ({@code 12Gi}) in MiB. */
  private static long mebibytes(String size) {
    Matcher m =
        Pattern.compile("(\\d+)(k|m|g|Ki|Mi|Gi)", Pattern.CASE_INSENSITIVE).matcher(size);
    if (!m.matches()) {
      throw new AssertionError("not a size: " + size);
    }
    long amount = Long.parseLong(m.group(1));
    return switch (m.group(2).toLowerCase().charAt(0)) {
      case 'k' -> amount / 1024;
      case 'm' -> amount;
      default -> amount * 1024;
    };
  }
}
