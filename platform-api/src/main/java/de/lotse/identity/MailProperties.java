package de.lotse.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMTP server invitation e-mails leave through. Keycloak sends them (only Keycloak can mint
 * the link that lets a new user set a password), so the platform writes these settings into the
 * realm's e-mail settings before it sends one. With no host the realm's own settings are used
 * untouched, e.g. when Keycloak's administrators manage them.
 *
 * @param host SMTP host ({@code LOTSE_MAIL_HOST}); empty: leave the realm's settings alone
 * @param port SMTP port ({@code LOTSE_MAIL_PORT})
 * @param from sender address ({@code LOTSE_MAIL_FROM})
 * @param fromName sender's display name ({@code LOTSE_MAIL_FROM_NAME})
 * @param username SMTP login ({@code LOTSE_MAIL_USERNAME}); empty for none
 * @param password its password ({@code LOTSE_MAIL_PASSWORD})
 * @param starttls upgrade the connection with STARTTLS ({@code LOTSE_MAIL_STARTTLS})
 * @param ssl connect with TLS from the start, e.g. port 465 ({@code LOTSE_MAIL_SSL})
 */
@ConfigurationProperties("lotse.mail")
record MailProperties(
    @DefaultValue("") String host,
    @DefaultValue("25") int port,
    @DefaultValue("no-reply@lotse.test") String from,
    @DefaultValue("Lotse") String fromName,
    @DefaultValue("") String username,
    @DefaultValue("") String password,
    @DefaultValue("false") boolean starttls,
    @DefaultValue("false") boolean ssl) {

  boolean configured() {
    return !host.isBlank();
  }
}
