package de.lotse.identity;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to the real Keycloak that infra/test.sh starts (http://localhost:8180, overridable with
 * LOTSE_KEYCLOAK_URL) and its development realm "lotse". Starts nothing itself.
 */
public final class DevelopmentRealm {

  public static final String REALM = "lotse";
  public static final String CLI_CLIENT = "lotse-cli";
  public static final String PLATFORM_CLIENT = "lotse-platform";
  /** The development realm's fixed secret of the platform's service account; never used elsewhere. */
  public static final String PLATFORM_DEV_SECRET = "lotse-platform-dev-secret";

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5))
      .followRedirects(HttpClient.Redirect.NEVER)
      .build();

  private DevelopmentRealm() {}

  public static String keycloakUrl() {
    String configured = System.getenv("LOTSE_KEYCLOAK_URL");
    return configured == null || configured.isBlank() ? "http://localhost:8180" : configured;
  }

  public static String issuer() {
    return keycloakUrl() + "/realms/" + REALM;
  }

  /** Fails the calling test with a hint when Keycloak or the realm is not there. */
  public static void requireReachable() {
    String discovery = issuer() + "/.well-known/openid-configuration";
    HttpResponse<String> response;
    try {
      response = send(HttpRequest.newBuilder(URI.create(discovery)).GET());
    } catch (IllegalStateException e) {
      throw new AssertionError(
          "Keycloak is not reachable at " + keycloakUrl()
              + "; start it with infra/test.sh (or infra/run.sh) before running these tests",
          e);
    }
    if (response.statusCode() != 200) {
      throw new AssertionError("Keycloak at " + keycloakUrl() + " does not serve the realm '"
          + REALM + "' (" + discovery + " answered " + response.statusCode()
          + "); it must be started with --import-realm as infra/lib/keycloak.sh does");
    }
  }

  public static TokenResponse passwordGrant(DemoUser user) {
    return passwordGrant(user.username(), DemoUser.PASSWORD);
  }

  public static TokenResponse passwordGrant(String username, String password) {
    return tokenRequest(Map.of(
        "grant_type", "password",
        "client_id", CLI_CLIENT,
        "username", username,
        "password", password));
  }

  public static TokenResponse platformServiceAccountToken() {
    return tokenRequest(Map.of(
        "grant_type", "client_credentials",
        "client_id", PLATFORM_CLIENT,
        "client_secret", PLATFORM_DEV_SECRET));
  }

  /** Sends a browser's authorization request and returns where Keycloak redirects it (if it does). */
  public static HttpResponse<String> authorizationRequest(Map<String, String> parameters) {
    URI uri = URI.create(issuer() + "/protocol/openid-connect/auth?" + form(parameters));
    return send(HttpRequest.newBuilder(uri).GET());
  }

  private static TokenResponse tokenRequest(Map<String, String> parameters) {
    HttpResponse<String> response =
        send(HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(parameters))));
    return new TokenResponse(response.statusCode(), JSON.readTree(response.body()));
  }

  private static String form(Map<String, String> parameters) {
    return new LinkedHashMap<>(parameters)
        .entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(
          request.timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (ConnectException e) {
      throw new IllegalStateException("nothing answers at " + keycloakUrl(), e);
    } catch (IOException e) {
      throw new IllegalStateException("request to Keycloak failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The token endpoint's answer: a token on 200, an OAuth error otherwise. */
  public record TokenResponse(int status, JsonNode body) {

    public String error() {
      return body.path("error").asString("");
    }

    public AccessToken accessToken() {
      if (status != 200) {
        throw new AssertionError("no token: " + status + " " + body);
      }
      return AccessToken.decode(body.path("access_token").asString());
    }
  }

  /**
   * The claims of an access token, read without checking the signature: these tests look at what
   * the realm puts into tokens; validating them is the resource server's job.
   */
  public record AccessToken(JsonNode claims) {

    static AccessToken decode(String jwt) {
      String[] parts = jwt.split("\\.");
      if (parts.length != 3) {
        throw new AssertionError("not a signed JWT: " + parts.length + " parts");
      }
      byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
      return new AccessToken(JSON.readTree(new String(payload, StandardCharsets.UTF_8)));
    }

    public String issuer() {
      return claims.path("iss").asString("");
    }

    /** "aud" is a string for one audience and an array for several (RFC 7519, 4.1.3). */
    public List<String> audience() {
      return strings(claims.path("aud"));
    }

    public List<String> realmRoles() {
      return strings(claims.path("realm_access").path("roles"));
    }

    public List<String> clientRoles(String clientId) {
      return strings(claims.path("resource_access").path(clientId).path("roles"));
    }

    /**
     * Office slugs: the aliases of the user's Keycloak organizations. The claim is a list of
     * aliases, or an object keyed by alias once the mapper adds organization ids or attributes.
     */
    public Optional<List<String>> organization() {
      JsonNode organization = claims.path("organization");
      if (organization.isMissingNode()) {
        return Optional.empty();
      }
      return Optional.of(
          organization.isObject()
              ? List.copyOf(organization.propertyNames())
              : strings(organization));
    }

    private static List<String> strings(JsonNode node) {
      List<String> values = new ArrayList<>();
      if (node.isString()) {
        values.add(node.asString());
      } else {
        node.values().forEach(value -> values.add(value.asString()));
      }
      return values;
    }
  }
}
