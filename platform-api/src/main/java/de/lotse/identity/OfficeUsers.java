package de.lotse.identity;

import de.lotse.audit.AuditTrail;
import de.lotse.shared.TenantScope;
import de.lotse.shared.web.ApiProblem;
import de.lotse.shared.web.ApiProblem.FieldProblem;
import de.lotse.shared.web.ProblemType;
import de.lotse.tenant.TenantProfile;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The users of an office: the members of its Keycloak organization. Which office a request may
 * touch is decided before (by {@link OfficeAccess}); this class keeps every change inside that
 * office and within the office roles:
 *
 * <ul>
 *   <li>a user is found only among the members of the office of the URL (others are 404);
 *   <li>only {@code tenant-admin} and {@code tenant-editor} are ever given or taken;
 *   <li>nobody changes their own role or status (no one locks themselves out by mistake);
 *   <li>a user who also belongs to another office, or holds a platform or ministry role, is
 *       changed only by the platform's operators: realm roles count in every office, so an office
 *       admin would otherwise reach beyond their office.
 * </ul>
 *
 * Keycloak is no transaction: an invitation that fails half-way removes the user it created, so
 * a retry starts clean. Every change is written to the office's audit trail after it happened.
 */
@Service
public class OfficeUsers {

  private static final Logger log = LoggerFactory.getLogger(OfficeUsers.class);

  private final KeycloakRealm keycloak;
  private final InvitationMail invitations;
  private final AuditTrail audit;
  private final TenantScope scope;

  OfficeUsers(
      KeycloakRealm keycloak, InvitationMail invitations, AuditTrail audit, TenantScope scope) {
    this.keycloak = keycloak;
    this.invitations = invitations;
    this.audit = audit;
    this.scope = scope;
  }

  /** Everyone in the office, sorted by e-mail address; an office without organization has none. */
  public List<OfficeUser> list(TenantProfile office) {
    Optional<String> organization = keycloak.organizationId(office.slug());
    if (organization.isEmpty()) {
      return List.of();
    }
    return keycloak.members(organization.get()).stream()
        .map(member -> view(member, keycloak.realmRoles(member.getId())))
        .sorted(Comparator.comparing(u -> u.email() == null ? u.username() : u.email()))
        .toList();
  }

  public OfficeUser get(TenantProfile office, String userId) {
    UserRepresentation member = requireMember(office, userId);
    return view(member, keycloak.realmRoles(userId));
  }

  /**
   * Creates the user as a member of the office with the given role and sends the invitation
   * e-mail. An address that already has an account is a conflict, whichever office it is in.
   */
  public OfficeUser invite(TenantProfile office, NewOfficeUser invitee, Caller caller) {
    invitee.validate();
    String organization = requireOrganization(office);
    invitations.ensureRealmSmtp(); // fails before anything is created when mail cannot work
    String userId = createUser(invitee, "email");
    try {
      keycloak.run(
          "give role",
          () -> keycloak
              .user(userId)
              .roles()
              .realmLevel()
              .add(List.of(keycloak.role(invitee.officeRole().claimValue()))));
      keycloak.addMember(organization, userId);
      invitations.send(userId);
    } catch (RuntimeException e) {
      removeHalfInvited(userId);
      throw e;
    }
    record(
        office,
        caller.username(),
        "user.invited",
        invitee.email(),
        Map.of("userId", userId, "role", invitee.role()));
    return get(office, userId);
  }

  /**
   * The first administrator of a newly approved office. Safe to repeat: an account with the
   * address that belongs to no other office and holds no platform role (e.g. from an earlier,
   * interrupted approval) is taken over rather than refused.
   *
   * @param emailField the request field the address came from, for a conflict's problem
   */
  public OfficeUser inviteFirstAdmin(
      TenantProfile office, NewOfficeUser admin, String actor, String emailField) {
    admin.validate();
    String organization = requireOrganization(office);
    invitations.ensureRealmSmtp();
    Optional<UserRepresentation> existing = keycloak.findByEmail(admin.email());
    String userId;
    if (existing.isPresent()) {
      userId = existing.get().getId();
      boolean elsewhere =
          keycloak.officesOf(userId).stream().anyMatch(alias -> !alias.equals(office.slug()));
      if (elsewhere || holdsPlatformRole(keycloak.realmRoles(userId))) {
        throw emailTaken(emailField, admin.email());
      }
    } else {
      userId = createUser(admin, emailField);
    }
    setOfficeRole(userId, OfficeRole.ADMIN);
    keycloak.addMember(organization, userId);
    invitations.send(userId);
    record(
        office,
        actor,
        "user.invited",
        admin.email(),
        Map.of("userId", userId, "role", admin.role()));
    return get(office, userId);
  }

  public OfficeUser changeRole(TenantProfile office, String userId, String role, Caller caller) {
    OfficeRole target = OfficeRole.from(role)
        .orElseThrow(() -> ApiProblem.invalidField("role", "use tenant-admin or tenant-editor"));
    UserRepresentation member = requireMember(office, userId);
    List<String> roles = keycloak.realmRoles(userId);
    requireChangeable(office, caller, userId, roles);
    String before = officeRole(roles);
    if (!target.claimValue().equals(before)) {
      setOfficeRole(userId, target);
      record(
          office,
          caller.username(),
          "user.role",
          member.getUsername(),
          changeDetail(userId, before, target.claimValue()));
    }
    return get(office, userId);
  }

  /** Disabling also ends the user's sessions, so their refresh tokens stop working at once. */
  public OfficeUser changeStatus(
      TenantProfile office, String userId, boolean active, Caller caller) {
    UserRepresentation member = requireMember(office, userId);
    requireChangeable(office, caller, userId, keycloak.realmRoles(userId));
    if (!Boolean.valueOf(active).equals(member.isEnabled())) {
      keycloak.run("change status", () -> {
        UserRepresentation user = keycloak.user(userId).toRepresentation();
        user.setEnabled(active);
        keycloak.user(userId).update(user);
        if (!active) {
          keycloak.user(userId).logout();
        }
      });
      record(
          office,
          caller.username(),
          "user.status",
          member.getUsername(),
          changeDetail(userId, status(Boolean.TRUE.equals(member.isEnabled())), status(active)));
    }
    return get(office, userId);
  }

  private String requireOrganization(TenantProfile office) {
    return keycloak
        .organizationId(office.slug())
        .orElseGet(() -> keycloak.ensureOrganization(office.slug(), office.displayName(), null));
  }

  private UserRepresentation requireMember(TenantProfile office, String userId) {
    return keycloak
        .organizationId(office.slug())
        .flatMap(organization -> keycloak.member(organization, userId))
        .orElseThrow(() -> new ApiProblem(
            ProblemType.USER_NOT_FOUND,
            "The office \"" + office.slug() + "\" has no user with this id."));
  }

  private void requireChangeable(
      TenantProfile office, Caller caller, String userId, List<String> roles) {
    if (userId.equals(caller.subject())) {
      throw new ApiProblem(
          ProblemType.FORBIDDEN,
          "You cannot change your own role or status;"
              + " ask another administrator of the office.");
    }
    if (caller.has(Role.PLATFORM_ADMIN)) {
      return;
    }
    if (holdsPlatformRole(roles)) {
      throw new ApiProblem(
          ProblemType.FORBIDDEN,
          "This user also works for the platform or the"
              + " ministry; only the platform's operators can change them.");
    }
    if (keycloak.officesOf(userId).stream().anyMatch(alias -> !alias.equals(office.slug()))) {
      throw new ApiProblem(
          ProblemType.FORBIDDEN,
          "This user also belongs to another office;"
              + " only the platform's operators can change them.");
    }
  }

  private static boolean holdsPlatformRole(List<String> roles) {
    return roles.contains(Role.PLATFORM_ADMIN.claimValue())
        || roles.contains(Role.MINISTRY_ANALYST.claimValue());
  }

  private String createUser(NewOfficeUser invitee, String emailField) {
    UserRepresentation user = new UserRepresentation();
    user.setUsername(invitee.email());
    user.setEmail(invitee.email());
    user.setFirstName(invitee.firstName());
    user.setLastName(invitee.lastName());
    user.setEnabled(true);
    user.setEmailVerified(false);
    user.setRequiredActions(InvitationMail.ACTIONS);
    try (Response response =
        keycloak.call("create user", () -> keycloak.realm().users().create(user))) {
      if (response.getStatus() == 409) {
        throw emailTaken(emailField, invitee.email());
      }
      if (response.getStatus() == 400) {
        throw new ApiProblem(
            ProblemType.VALIDATION,
            "The sign-in service refused the user's" + " details; check e-mail address and names.",
            List.of(new FieldProblem(emailField, "was refused by the sign-in service")));
      }
      if (response.getStatus() >= 300) {
        throw KeycloakRealm.unavailable();
      }
      return CreatedResponseUtil.getCreatedId(response);
    }
  }

  private static ApiProblem emailTaken(String field, String email) {
    return new ApiProblem(
        ProblemType.EMAIL_TAKEN,
        "There is already an account for " + email
            + ". Invite another address, or ask the platform's operators to move the account.",
        List.of(new FieldProblem(field, "already has an account")));
  }

  private void setOfficeRole(String userId, OfficeRole target) {
    keycloak.run("set role", () -> {
      var realmRoles = keycloak.user(userId).roles().realmLevel();
      List<RoleRepresentation> other = realmRoles.listAll().stream()
          .filter(r -> OfficeRole.from(r.getName()).filter(o -> o != target).isPresent())
          .toList();
      if (!other.isEmpty()) {
        realmRoles.remove(other);
      }
      realmRoles.add(List.of(keycloak.role(target.claimValue())));
    });
  }

  /** Best effort: if even this fails, the account stays and an operator removes it. */
  private void removeHalfInvited(String userId) {
    try {
      keycloak.run("remove half-invited user", () -> keycloak.user(userId).remove());
    } catch (RuntimeException e) {
      log.error("Could not remove the half-invited user {}: {}", userId, e.getMessage());
    }
  }

  private void record(
      TenantProfile office,
      String actor,
      String action,
      String target,
      Map<String, Object> detail) {
    scope.write(office.id(), () -> audit.record(actor, action, target, detail));
  }

  private static Map<String, Object> changeDetail(String userId, String from, String to) {
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("userId", userId);
    detail.put("from", from == null ? "none" : from);
    detail.put("to", to);
    return detail;
  }

  private static String officeRole(List<String> roles) {
    if (roles.contains(Role.TENANT_ADMIN.claimValue())) {
      return Role.TENANT_ADMIN.claimValue();
    }
    return roles.contains(Role.TENANT_EDITOR.claimValue()) ? Role.TENANT_EDITOR.claimValue() : null;
  }

  private static String status(boolean enabled) {
    return enabled ? "active" : "disabled";
  }

  private static OfficeUser view(UserRepresentation user, List<String> roles) {
    return new OfficeUser(
        user.getId(),
        user.getUsername(),
        user.getEmail(),
        user.getFirstName(),
        user.getLastName(),
        officeRole(roles),
        status(Boolean.TRUE.equals(user.isEnabled())),
        Boolean.TRUE.equals(user.isEmailVerified()),
        user.getRequiredActions() == null ? List.of() : List.copyOf(user.getRequiredActions()),
        user.getCreatedTimestamp() == null
            ? null
            : Instant.ofEpochMilli(user.getCreatedTimestamp()));
  }
}
