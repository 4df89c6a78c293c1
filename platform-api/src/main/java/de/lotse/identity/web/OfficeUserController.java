package de.lotse.identity.web;

import de.lotse.identity.Caller;
import de.lotse.identity.NewOfficeUser;
import de.lotse.identity.OfficeAccess;
import de.lotse.identity.OfficeArea;
import de.lotse.identity.OfficeUser;
import de.lotse.identity.OfficeUsers;
import de.lotse.shared.web.ApiProblem;
import de.lotse.shared.web.ProblemType;
import de.lotse.tenant.TenantProfile;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The users of an office, for its administrators: list, invite, change role, disable and
 * enable. Role and status are sub-resources of a user, each replaced as a whole (PUT), so that a
 * request says exactly what it changes and is safe to repeat.
 */
@RestController
@RequestMapping("/api/v1/admin/tenants/{slug}/users")
@Tag(name = "Office users (admin)")
class OfficeUserController {

  /** Keycloak's user ids are UUIDs; anything else cannot be a user of any office. */
  private static final Pattern USER_ID = Pattern.compile("[0-9a-fA-F-]{36}");

  private final OfficeAccess access;
  private final OfficeUsers users;

  OfficeUserController(OfficeAccess access, OfficeUsers users) {
    this.access = access;
    this.users = users;
  }

  @GetMapping
  List<OfficeUser> list(Caller caller, @PathVariable String slug) {
    return users.list(office(caller, slug));
  }

  /**
   * Creates the user with the role ({@code tenant-admin} or {@code tenant-editor}) and e-mails
   * them an invitation: a link to set their password, valid for the invitation lifespan, that
   * ends in the admin UI. An address that already has an account: 409 naming {@code email}.
   */
  @PostMapping
  ResponseEntity<OfficeUser> invite(
      Caller caller, @PathVariable String slug, @RequestBody InvitationBody body) {
    TenantProfile office = office(caller, slug);
    OfficeUser invited = users.invite(office, body.toNewUser(), caller);
    return ResponseEntity.created(
            URI.create("/api/v1/admin/tenants/" + slug + "/users/" + invited.id()))
        .body(invited);
  }

  @GetMapping("/{userId}")
  OfficeUser get(Caller caller, @PathVariable String slug, @PathVariable String userId) {
    return users.get(office(caller, slug), userId(userId));
  }

  @PutMapping("/{userId}/role")
  OfficeUser changeRole(
      Caller caller,
      @PathVariable String slug,
      @PathVariable String userId,
      @RequestBody RoleBody body) {
    TenantProfile office = office(caller, slug);
    return users.changeRole(office, userId(userId), body.role(), caller);
  }

  /** {@code disabled} locks the user out at once (their sessions end); {@code active} undoes it. */
  @PutMapping("/{userId}/status")
  OfficeUser changeStatus(
      Caller caller,
      @PathVariable String slug,
      @PathVariable String userId,
      @RequestBody StatusBody body) {
    TenantProfile office = office(caller, slug);
    boolean active = switch (body.status() == null ? "" : body.status()) {
      case "active" -> true;
      case "disabled" -> false;
      default -> throw ApiProblem.invalidField("status", "use active or disabled");
    };
    return users.changeStatus(office, userId(userId), active, caller);
  }

  private TenantProfile office(Caller caller, String slug) {
    return access.require(caller, slug, OfficeArea.USERS);
  }

  private static String userId(String value) {
    if (!USER_ID.matcher(value).matches()) {
      throw new ApiProblem(ProblemType.USER_NOT_FOUND, "There is no user with this id.");
    }
    return value;
  }

  /** @param role {@code tenant-admin} or {@code tenant-editor} */
  record InvitationBody(String email, String firstName, String lastName, String role) {

    NewOfficeUser toNewUser() {
      return new NewOfficeUser(email, firstName, lastName, role);
    }
  }

  /** @param role {@code tenant-admin} or {@code tenant-editor} */
  record RoleBody(String role) {}

  /** @param status {@code active} or {@code disabled} */
  record StatusBody(String status) {}
}
