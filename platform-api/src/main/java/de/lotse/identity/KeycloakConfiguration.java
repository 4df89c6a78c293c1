package de.lotse.identity;

import java.util.concurrent.TimeUnit;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.spi.ResteasyClientClassicProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The platform's client of Keycloak's admin API, acting as the service account of
 * {@code lotse-platform}. Nothing is fetched at start: the first call asks for a token, so the
 * platform starts (and the chat answers) while Keycloak is still coming up.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({KeycloakAdminProperties.class, MailProperties.class})
class KeycloakConfiguration {

  @Bean(destroyMethod = "close")
  Keycloak keycloakAdminClient(KeycloakAdminProperties keycloak) {
    // Bounded waits: an admin request must fail with a clear problem, not hang on Keycloak.
    var http = ResteasyClientClassicProvider.createClientBuilder()
        .connectTimeout(5, TimeUnit.SECONDS)
        .readTimeout(20, TimeUnit.SECONDS)
        .register(JacksonProvider.class, 100)
        .build();
    return KeycloakBuilder.builder()
        .serverUrl(keycloak.url())
        .realm(keycloak.realm())
        .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
        .clientId(keycloak.clientId())
        .clientSecret(keycloak.clientSecret().isBlank() ? "unset" : keycloak.clientSecret())
        .resteasyClient(http)
        .build();
  }
}
