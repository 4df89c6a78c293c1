package de.lotse.identity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who calls the admin API, as the validated token says.
 *
 * @param subject the user's stable id in Keycloak ({@code sub})
 * @param username what the audit trail records as the actor ({@code preferred_username})
 * @param roles the platform's roles among the token's realm roles
 * @param offices slugs of the offices the user belongs to ({@code organization}); empty for
 *     users who work across offices
 */
public record Caller(String subject, String username, Set<Role> roles, Set<String> offices) {

  public Caller {
    roles = Set.copyOf(roles);
    offices = Set.copyOf(offices);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean belongsTo(String officeSlug) {
    return offices.contains(officeSlug);
  }

  static Caller from(Jwt token) {
    String username = token.getClaimAsString("preferred_username");
    return new Caller(
        token.getSubject(),
        username == null ? token.getSubject() : username,
        roles(token),
        offices(token));
  }

  static Set<Role> roles(Jwt token) {
    Object realmAccess = token.getClaims().get("realm_access");
    if (!(realmAccess instanceof Map<?, ?> access)
        || !(access.get("roles") instanceof List<?> names)) {
      return Set.of();
    }
    return names.stream()
        .map(String::valueOf)
        .map(Role::fromClaim)
        .flatMap(java.util.Optional::stream)
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Keycloak writes a list of organization aliases, or an object keyed by alias once its mapper
   * adds organization ids; both are read. The alias is the office slug.
   */
  static Set<String> offices(Jwt token) {
    Object organization = token.getClaims().get("organization");
    if (organization instanceof List<?> aliases) {
      return aliases.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
    }
    if (organization instanceof Map<?, ?> byAlias) {
      return byAlias.keySet().stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
    }
    return Set.of();
  }
}
