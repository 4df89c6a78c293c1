package de.lotse.identity;

import de.lotse.shared.web.ApiProblem;
import de.lotse.shared.web.ProblemType;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The few operations the platform needs from Keycloak's admin API, with its failures turned into
 * the API's problems. Everything else about users and offices (who may do what) is decided by the
 * callers of this class: Keycloak lets the service account do anything to any user.
 */
@Component
class KeycloakRealm {

  private static final Logger log = LoggerFactory.getLogger(KeycloakRealm.class);
  private static final int PAGE = 200;

  private final Keycloak keycloak;
  private final KeycloakAdminProperties properties;
  /** Aliases never change (Keycloak refuses it), so an alias keeps its organization's id. */
  private final Map<String, String> organizationIds = new ConcurrentHashMap<>();

  KeycloakRealm(Keycloak keycloak, KeycloakAdminProperties properties) {
    this.keycloak = keycloak;
    this.properties = properties;
  }

  RealmResource realm() {
    if (!properties.configured()) {
      throw new ApiProblem(
          ProblemType.IDENTITY_UNAVAILABLE,
          "User management is switched off on"
              + " this platform (no LOTSE_KEYCLOAK_CLIENT_SECRET); ask the platform's operators.");
    }
    return keycloak.realm(properties.realm());
  }

  /** Runs one admin API call; Keycloak being away or refusing the service account is a 503. */
  <T> T call(String what, Supplier<T> action) {
    try {
      return action.get();
    } catch (ProcessingException e) {
      log.warn("Keycloak not reachable ({}): {}", what, e.getMessage());
      throw unavailable();
    } catch (WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (status == 401 || status == 403 || status >= 500) {
        log.error(
            "Keycloak refused the platform's service account or failed ({}): {}", what, status);
        throw unavailable();
      }
      throw e;
    }
  }

  void run(String what, Runnable action) {
    call(what, () -> {
      action.run();
      return null;
    });
  }

  static ApiProblem unavailable() {
    return new ApiProblem(
        ProblemType.IDENTITY_UNAVAILABLE,
        "The sign-in service cannot be reached at the moment. Nothing was changed there that"
            + " would block a retry; please try again in a minute.");
  }

  static boolean isStatus(WebApplicationException e, int status) {
    return e.getResponse() != null && e.getResponse().getStatus() == status;
  }

  // --- organizations (offices) ---

  Optional<String> organizationId(String alias) {
    String cached = organizationIds.get(alias);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<String> found = call("find organization", () -> {
      for (int first = 0; ; first += PAGE) {
        List<OrganizationRepresentation> page = realm().organizations().list(first, PAGE);
        Optional<String> match = page.stream()
            .filter(o -> alias.equals(o.getAlias()))
            .map(OrganizationRepresentation::getId)
            .findFirst();
        if (match.isPresent() || page.size() < PAGE) {
          return match;
        }
      }
    });
    found.ifPresent(id -> organizationIds.put(alias, id));
    return found;
  }

  /**
   * Creates the office's organization unless one with this alias exists. Returns its id either
   * way, so that a retried onboarding picks up what an earlier attempt created.
   *
   * @param domain the office's e-mail domain, or null
   */
  String ensureOrganization(String alias, String name, String domain) {
    Optional<String> existing = organizationId(alias);
    if (existing.isPresent()) {
      return existing.get();
    }
    OrganizationRepresentation organization = new OrganizationRepresentation();
    organization.setAlias(alias);
    organization.setName(name);
    organization.setEnabled(true);
    if (domain != null) {
      organization.addDomain(new OrganizationDomainRepresentation(domain));
    }
    try (Response response =
        call("create organization", () -> realm().organizations().create(organization))) {
      if (response.getStatus() == 409) {
        // Another attempt was faster, or the name or domain belongs to another organization.
        return organizationId(alias)
            .orElseThrow(() -> new ApiProblem(
                ProblemType.DOMAIN_TAKEN,
                "The sign-in service already has an office with this name or e-mail domain.",
                List.of(new ApiProblem.FieldProblem(
                    "emailDomain",
                    "\"" + domain + "\" or the office name is registered for another office"))));
      }
      if (response.getStatus() >= 500) {
        throw unavailable();
      }
      String id = CreatedResponseUtil.getCreatedId(response);
      organizationIds.put(alias, id);
      return id;
    }
  }

  OrganizationResource organization(String id) {
    return realm().organizations().get(id);
  }

  /** The organizations (offices' aliases) a user belongs to. */
  List<String> officesOf(String userId) {
    return call(
        "user's organizations",
        () -> realm().organizations().members().getOrganizations(userId, true).stream()
            .map(OrganizationRepresentation::getAlias)
            .toList());
  }

  List<MemberRepresentation> members(String organizationId) {
    return call("list members", () -> {
      List<MemberRepresentation> all = new java.util.ArrayList<>();
      for (int first = 0; ; first += PAGE) {
        List<MemberRepresentation> page =
            organization(organizationId).members().list(first, PAGE, false);
        all.addAll(page);
        if (page.size() < PAGE) {
          return all;
        }
      }
    });
  }

  /** The member, if the user belongs to the organization. */
  Optional<MemberRepresentation> member(String organizationId, String userId) {
    try {
      return Optional.of(call(
          "get member",
          () -> organization(organizationId).members().member(userId).toRepresentation()));
    } catch (WebApplicationException e) {
      if (isStatus(e, 404) || isStatus(e, 400)) {
        return Optional.empty();
      }
      throw e;
    }
  }

  void addMember(String organizationId, String userId) {
    try (Response response =
        call("add member", () -> organization(organizationId).members().addMember(userId))) {
      // 409: already a member, which is what we want.
      if (response.getStatus() >= 400 && response.getStatus() != 409) {
        log.error("Keycloak refused to add a member: {}", response.getStatus());
        throw unavailable();
      }
    }
  }

  // --- users ---

  UserResource user(String userId) {
    return realm().users().get(userId);
  }

  Optional<UserRepresentation> findByEmail(String email) {
    return call("find user", () -> realm().users().searchByEmail(email, true)).stream()
        .findFirst();
  }

  List<String> realmRoles(String userId) {
    return call("user's roles", () -> user(userId).roles().realmLevel().listAll()).stream()
        .map(RoleRepresentation::getName)
        .toList();
  }

  RoleRepresentation role(String name) {
    return call("get role", () -> realm().roles().get(name).toRepresentation());
  }
}
