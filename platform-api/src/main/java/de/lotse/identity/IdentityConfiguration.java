package de.lotse.identity;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The platform as an OAuth2 resource server of the Keycloak realm: which tokens it trusts and
 * how a token becomes a {@link Caller}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
class IdentityConfiguration implements WebMvcConfigurer {

  static {
    // The caller comes from the token, not from the request: no parameter in the API description.
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
  }

  /**
   * The signing keys are fetched on the first token, not at start: the platform starts (and the
   * public chat answers) while Keycloak is still coming up.
   */
  @Bean
  JwtDecoder jwtDecoder(IdentityProperties identity, Clock clock) {
    NimbusJwtDecoder decoder =
        NimbusJwtDecoder.withJwkSetUri(identity.signingKeysUri()).build();
    decoder.setJwtValidator(tokenValidator(identity, clock));
    return decoder;
  }

  /** Signature aside, what makes a token acceptable: our issuer, our audience, still valid. */
  static OAuth2TokenValidator<Jwt> tokenValidator(IdentityProperties identity, Clock clock) {
    JwtTimestampValidator lifetime = new JwtTimestampValidator();
    lifetime.setClock(clock);
    return new DelegatingOAuth2TokenValidator<>(List.of(
        lifetime,
        new JwtIssuerValidator(identity.issuer()),
        new JwtAudienceValidator(identity.audience())));
  }

  @Bean
  JwtAuthenticationConverter jwtAuthenticationConverter() {
    JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
    converter.setPrincipalClaimName("preferred_username");
    converter.setJwtGrantedAuthoritiesConverter(IdentityConfiguration::authorities);
    return converter;
  }

  private static Collection<GrantedAuthority> authorities(Jwt token) {
    return Caller.roles(token).stream()
        .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.claimValue()))
        .toList();
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new CallerArgumentResolver());
  }
}
