package de.lotse.identity;

import de.lotse.shared.web.ApiProblem;
import de.lotse.shared.web.ProblemType;
import jakarta.ws.rs.WebApplicationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.keycloak.representations.idm.RealmRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends the invitation: Keycloak's "execute actions" e-mail, whose link lets the new user set a
 * password (and so proves the address) and then leads to the admin UI. Keycloak sends it through
 * the realm's SMTP settings, which are first made to match the platform's {@link MailProperties}.
 */
@Component
class InvitationMail {

  private static final Logger log = LoggerFactory.getLogger(InvitationMail.class);
  static final List<String> ACTIONS = List.of("UPDATE_PASSWORD", "VERIFY_EMAIL");

  private final KeycloakRealm keycloak;
  private final KeycloakAdminProperties properties;
  private final MailProperties mail;
  private volatile boolean passwordWritten;

  InvitationMail(KeycloakRealm keycloak, KeycloakAdminProperties properties, MailProperties mail) {
    this.keycloak = keycloak;
    this.properties = properties;
    this.mail = mail;
  }

  void send(String userId) {
    ensureRealmSmtp();
    try {
      keycloak.run(
          "send invitation",
          () -> keycloak
              .user(userId)
              .executeActionsEmail(
                  properties.invitationClientId(),
                  properties.invitationRedirectUrl(),
                  (int) properties.invitationLifespan().toSeconds(),
                  ACTIONS));
    } catch (ApiProblem unavailable) {
      // Keycloak answers 500 when its SMTP server refuses, so "unavailable" may mean the mail.
      throw notSent();
    } catch (WebApplicationException e) {
      log.warn("Keycloak did not send the invitation: {}", e.getResponse().getStatus());
      throw notSent();
    }
  }

  private static ApiProblem notSent() {
    return new ApiProblem(
        ProblemType.INVITATION_NOT_SENT,
        "The invitation e-mail could not be"
            + " sent (sign-in service or mail server); please try again later.");
  }

  /**
   * Checked before every invitation rather than once at start: invitations are rare, Keycloak may
   * have been restarted (a development realm is re-imported), and the check is one request.
   * The password cannot be compared (Keycloak masks it), so it is written once per instance.
   */
  void ensureRealmSmtp() {
    if (!mail.configured()) {
      return;
    }
    Map<String, String> wanted = smtpSettings();
    Map<String, String> current =
        keycloak.call("read realm", () -> keycloak.realm().toRepresentation().getSmtpServer());
    boolean same = current != null
        && wanted.entrySet().stream()
            .filter(e -> !e.getKey().equals("password"))
            .allMatch(e -> Objects.equals(e.getValue(), current.get(e.getKey())));
    if (same && (mail.password().isBlank() || passwordWritten)) {
      return;
    }
    RealmRepresentation change = new RealmRepresentation();
    change.setSmtpServer(wanted);
    keycloak.run("update realm e-mail settings", () -> keycloak.realm().update(change));
    passwordWritten = true;
    log.info("Set the realm's SMTP server to {}:{}", mail.host(), mail.port());
  }

  private Map<String, String> smtpSettings() {
    Map<String, String> smtp = new LinkedHashMap<>();
    smtp.put("host", mail.host());
    smtp.put("port", String.valueOf(mail.port()));
    smtp.put("from", mail.from());
    smtp.put("fromDisplayName", mail.fromName());
    smtp.put("ssl", String.valueOf(mail.ssl()));
    smtp.put("starttls", String.valueOf(mail.starttls()));
    boolean auth = !mail.username().isBlank();
    smtp.put("auth", String.valueOf(auth));
    if (auth) {
      smtp.put("user", mail.username());
      smtp.put("password", mail.password());
    }
    return smtp;
  }
}
