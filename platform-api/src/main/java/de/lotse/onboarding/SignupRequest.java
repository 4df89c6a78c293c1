package de.lotse.onboarding;

import de.lotse.identity.NewOfficeUser;
import de.lotse.shared.web.ApiProblem;
import de.lotse.shared.web.ApiProblem.FieldProblem;
import de.lotse.shared.web.ProblemType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An office asks to use the platform.
 *
 * @param officeName e.g. "Landratsamt Rosenheim – Ausländerbehörde"
 * @param emailDomain the office's official e-mail domain, e.g. "lra-rosenheim.de"
 * @param contactEmail the contact person's address, which must be in that domain (or one of its
 *     subdomains): the first administrator's invitation goes there
 * @param slug the office's name in URLs, e.g. "rosenheim"
 */
public record SignupRequest(
    String officeName,
    String emailDomain,
    String contactFirstName,
    String contactLastName,
    String contactEmail,
    String slug) {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]([a-z0-9-]{0,46}[a-z0-9])?");
  private static final Pattern DOMAIN =
      Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
  private static final Pattern MARKUP = Pattern.compile("[<>{}\\\\\\p{Cntrl}]");
  /** Words the platform's own addresses use or that would mislead citizens. */
  private static final Set<String> RESERVED_SLUGS =
      Set.of("admin", "api", "www", "platform", "lotse", "demo", "widget", "signup", "static");
  /** Mailbox providers: an address there says nothing about belonging to an office. */
  private static final Set<String> PUBLIC_MAIL_DOMAINS = Set.of(
      "gmail.com",
      "googlemail.com",
      "gmx.de",
      "gmx.net",
      "gmx.at",
      "web.de",
      "t-online.de",
      "freenet.de",
      "arcor.de",
      "yahoo.com",
      "yahoo.de",
      "outlook.com",
      "outlook.de",
      "hotmail.com",
      "hotmail.de",
      "live.com",
      "live.de",
      "msn.com",
      "icloud.com",
      "me.com",
      "aol.com",
      "posteo.de",
      "mailbox.org",
      "protonmail.com",
      "proton.me",
      "gmx.com",
      "mail.de",
      "email.de");

  public SignupRequest {
    officeName = strip(officeName);
    emailDomain = lower(emailDomain);
    contactFirstName = strip(contactFirstName);
    contactLastName = strip(contactLastName);
    contactEmail = lower(contactEmail);
    slug = lower(slug);
  }

  /** Refuses what is obviously wrong, naming every offending field. */
  public void validate() {
    List<FieldProblem> problems = new ArrayList<>();
    if (officeName == null
        || officeName.length() < 3
        || officeName.length() > 200
        || MARKUP.matcher(officeName).find()) {
      problems.add(
          new FieldProblem("officeName", "give the office's name (3–200 characters, no markup)"));
    }
    boolean domainOk = emailDomain != null
        && emailDomain.length() <= 253
        && DOMAIN.matcher(emailDomain).matches();
    if (!domainOk) {
      problems.add(new FieldProblem(
          "emailDomain", "give the office's e-mail domain, e.g. lra-rosenheim.de"));
    } else if (PUBLIC_MAIL_DOMAINS.contains(emailDomain)) {
      problems.add(new FieldProblem(
          "emailDomain", "is a public mail provider; give the office's official domain"));
    }
    name(problems, "contactFirstName", contactFirstName);
    name(problems, "contactLastName", contactLastName);
    if (!NewOfficeUser.isEmail(contactEmail)) {
      problems.add(new FieldProblem("contactEmail", "use a valid e-mail address"));
    } else if (domainOk && !inDomain(contactEmail, emailDomain)) {
      problems.add(new FieldProblem(
          "contactEmail", "must be an address of the office's domain " + emailDomain));
    }
    if (slug == null || !SLUG.matcher(slug).matches()) {
      problems.add(new FieldProblem(
          "slug", "use 1–48 lower-case letters, digits and inner hyphens, e.g. \"rosenheim\""));
    } else if (RESERVED_SLUGS.contains(slug)) {
      problems.add(new FieldProblem("slug", "is reserved; choose another"));
    }
    if (!problems.isEmpty()) {
      throw new ApiProblem(
          ProblemType.VALIDATION, "The sign-up is incomplete or invalid; see errors.", problems);
    }
  }

  static boolean inDomain(String email, String domain) {
    String host = email.substring(email.indexOf('@') + 1);
    return host.equals(domain) || host.endsWith("." + domain);
  }

  private static void name(List<FieldProblem> problems, String field, String value) {
    String problem = NewOfficeUser.nameProblem(value);
    if (problem != null) {
      problems.add(new FieldProblem(field, problem));
    }
  }

  private static String strip(String value) {
    return value == null ? null : value.strip();
  }

  private static String lower(String value) {
    return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
  }
}
