package de.lotse.adminui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The admin app's files are public (what is secret is the data, behind the admin API's tokens).
 * Its pages get a Content Security Policy of their own: they talk to the sign-in service (token
 * endpoint, discovery) besides the platform, and may not be framed by anyone.
 */
@Configuration(proxyBeanMethods = false)
class AdminUiSecurity {

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  SecurityFilterChain adminUi(HttpSecurity http, AdminUiProperties properties) throws Exception {
    String signIn = properties.authorityOrigin();
    return http.securityMatcher("/admin", "/admin/**")
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
            "default-src 'self'; connect-src 'self' " + signIn + "; frame-src " + signIn
                + "; img-src 'self' https: data:; style-src 'self' 'unsafe-inline';"
                + " object-src 'none'; base-uri 'self'; frame-ancestors 'none'")))
        .authorizeHttpRequests(a -> a.anyRequest().permitAll())
        .build();
  }
}
