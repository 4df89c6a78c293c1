package de.lotse.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The resource server's checks beyond the signature (issuer, audience, lifetime) and how a token
 * becomes a caller, with tokens signed by a key of the test's own.
 */
class TokenValidationTests {

  private static final String ISSUER = "http://localhost:8180/realms/lotse";
  private static final KeyPair KEY = rsaKey();

  private final NimbusJwtDecoder decoder = decoder();

  @Test
  void acceptsATokenOfTheRealmForThePlatform() {
    Jwt jwt = decoder.decode(sign(claims().build()));

    assertThat(jwt.getClaimAsString("preferred_username")).isEqualTo("rosenheim-admin");
  }

  @Test
  void refusesAnExpiredToken() {
    String expired = sign(claims()
        .issueTime(Date.from(Instant.now().minus(Duration.ofHours(2))))
        .expirationTime(Date.from(Instant.now().minus(Duration.ofHours(1))))
        .build());

    assertThatThrownBy(() -> decoder.decode(expired))
        .isInstanceOf(JwtValidationException.class)
        .hasMessageContaining("expired");
  }

  @Test
  void refusesATokenOfAnotherIssuer() {
    String foreign = sign(claims().issuer("http://localhost:8180/realms/master").build());

    assertThatThrownBy(() -> decoder.decode(foreign)).isInstanceOf(JwtValidationException.class);
  }

  @Test
  void refusesATokenMeantForAnotherApplication() {
    String otherAudience = sign(claims().audience(List.of("account")).build());

    assertThatThrownBy(() -> decoder.decode(otherAudience))
        .isInstanceOf(JwtValidationException.class);
  }

  @Test
  void callerCarriesOnlyThePlatformsRolesAndTheOfficeList() {
    Caller caller = Caller.from(decoder.decode(sign(claims().build())));

    assertThat(caller.username()).isEqualTo("rosenheim-admin");
    assertThat(caller.roles()).containsExactly(Role.TENANT_ADMIN);
    assertThat(caller.offices()).containsExactly("rosenheim");
  }

  @Test
  void officesKeyedByAliasAreReadToo() {
    Caller caller = Caller.from(decoder.decode(sign(
        claims().claim("organization", Map.of("rosenheim", Map.of("id", "42"))).build())));

    assertThat(caller.offices()).isEqualTo(Set.of("rosenheim"));
  }

  @Test
  void callerWithoutOfficeClaimBelongsToNoOffice() {
    Caller caller = Caller.from(decoder.decode(sign(claims()
        .claim("organization", null)
        .claim("realm_access", Map.of("roles", List.of("ministry-analyst")))
        .build())));

    assertThat(caller.offices()).isEmpty();
    assertThat(caller.roles()).containsExactly(Role.MINISTRY_ANALYST);
  }

  private static JWTClaimsSet.Builder claims() {
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .audience(List.of("lotse-platform", "account"))
        .subject("0b9e6d1c-0000-4000-8000-000000000001")
        .issueTime(new Date())
        .expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(5))))
        .claim("preferred_username", "rosenheim-admin")
        .claim(
            "realm_access",
            Map.of("roles", List.of("default-roles-lotse", "tenant-admin", "offline_access")))
        .claim("organization", List.of("rosenheim"));
  }

  private static String sign(JWTClaimsSet claims) {
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
      jwt.sign(new RSASSASigner(KEY.getPrivate()));
      return jwt.serialize();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static NimbusJwtDecoder decoder() {
    NimbusJwtDecoder decoder =
        NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEY.getPublic()).build();
    decoder.setJwtValidator(IdentityConfiguration.tokenValidator(
        new IdentityProperties(ISSUER, "lotse-platform", ""), Clock.systemUTC()));
    return decoder;
  }

  private static KeyPair rsaKey() {
    try {
      return KeyPairGenerator.getInstance("RSA").generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
