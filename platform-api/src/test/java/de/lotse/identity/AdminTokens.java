package de.lotse.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access tokens for admin API tests: real ones from the development realm (cached for a minute;
 * they live five), and the wrong kinds a resource server must refuse.
 */
public final class AdminTokens {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Duration REUSE = Duration.ofSeconds(60);
  private static final Map<DemoUser, Cached> CACHE = new EnumMap<>(DemoUser.class);

  private record Cached(String token, Instant fetched) {}

  private AdminTokens() {}

  /** "Authorization" header value with a fresh token of the demo user. */
  public static synchronized String bearer(DemoUser user) {
    Cached cached = CACHE.get(user);
    if (cached == null || cached.fetched().plus(REUSE).isBefore(Instant.now())) {
      cached = new Cached(accessToken(user), Instant.now());
      CACHE.put(user, cached);
    }
    return "Bearer " + cached.token();
  }

  /**
   * The user's real claims, signed with a key of our own under Keycloak's key id: the shape is
   * perfect, only the signature is not Keycloak's.
   */
  public static String forged(DemoUser user) {
    try {
      SignedJWT real = SignedJWT.parse(bearer(user).substring("Bearer ".length()));
      KeyPair key = KeyPairGenerator.getInstance("RSA").generateKeyPair();
      SignedJWT forged = new SignedJWT(
          new JWSHeader.Builder(JWSAlgorithm.RS256)
              .keyID(real.getHeader().getKeyID())
              .build(),
          real.getJWTClaimsSet());
      forged.sign(new RSASSASigner((RSAPrivateKey) key.getPrivate()));
      return "Bearer " + forged.serialize();
    } catch (ParseException | NoSuchAlgorithmException | JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A real token of the same Keycloak, but of its "master" realm (the development server's
   * bootstrap admin, admin/admin): another issuer, other keys, another audience.
   */
  public static String fromAnotherIssuer() {
    String form = "grant_type=password&client_id=admin-cli&username=admin&password="
        + URLEncoder.encode("admin", StandardCharsets.UTF_8);
    HttpResponse<String> response =
        post(DevelopmentRealm.keycloakUrl() + "/realms/master/protocol/openid-connect/token", form);
    if (response.statusCode() != 200) {
      throw new AssertionError("no master-realm token: " + response.statusCode());
    }
    return "Bearer " + JSON.readTree(response.body()).path("access_token").asString();
  }

  private static String accessToken(DemoUser user) {
    HttpResponse<String> response = post(
        DevelopmentRealm.issuer() + "/protocol/openid-connect/token",
        "grant_type=password&client_id="
            + DevelopmentRealm.CLI_CLIENT + "&username=" + user.username() + "&password="
            + DemoUser.PASSWORD);
    if (response.statusCode() != 200) {
      throw new AssertionError("no token for " + user.username() + ": " + response.statusCode());
    }
    return JSON.readTree(response.body()).path("access_token").asString();
  }

  private static HttpResponse<String> post(String url, String form) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create(url))
                  .timeout(Duration.ofSeconds(15))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(
          "Keycloak is not reachable at " + DevelopmentRealm.keycloakUrl()
              + "; start it (infra/test.sh does)",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
