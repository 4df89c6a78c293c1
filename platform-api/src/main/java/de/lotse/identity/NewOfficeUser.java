package de.lotse.identity;

import de.lotse.shared.web.ApiProblem;
import de.lotse.shared.web.ApiProblem.FieldProblem;
import de.lotse.shared.web.ProblemType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Someone to invite into an office.
 *
 * @param role {@code tenant-admin} or {@code tenant-editor}: the only roles an office can give
 */
public record NewOfficeUser(String email, String firstName, String lastName, String role) {

  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+'-]{1,64}@([A-Za-z0-9-]{1,63}\\.)+[A-Za-z]{2,63}");
  /** What Keycloak's person-name validator refuses, checked here so the field can be named. */
  private static final Pattern NAME_FORBIDDEN =
      Pattern.compile("[<>&\"$%!#?§;*~/\\\\|^=\\[\\]{}()\\p{Cntrl}]");

  public NewOfficeUser {
    email = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    firstName = firstName == null ? null : firstName.strip();
    lastName = lastName == null ? null : lastName.strip();
  }

  public void validate() {
    List<FieldProblem> problems = new ArrayList<>();
    if (!isEmail(email)) {
      problems.add(new FieldProblem("email", "use a valid e-mail address"));
    }
    checkName(problems, "firstName", firstName);
    checkName(problems, "lastName", lastName);
    if (OfficeRole.from(role).isEmpty()) {
      problems.add(new FieldProblem("role", "use tenant-admin or tenant-editor"));
    }
    if (!problems.isEmpty()) {
      throw new ApiProblem(
          ProblemType.VALIDATION, "The invitation is incomplete or invalid; see errors.", problems);
    }
  }

  public static boolean isEmail(String value) {
    return value != null && value.length() <= 254 && EMAIL.matcher(value).matches();
  }

  /** Names as Keycloak accepts them: 1–100 characters, no markup or shell characters. */
  public static String nameProblem(String value) {
    if (value == null || value.isBlank()) {
      return "is required";
    }
    if (value.length() > 100) {
      return "is too long (at most 100 characters)";
    }
    if (NAME_FORBIDDEN.matcher(value).find()) {
      return "may not contain characters like < > & \" $ % ! # ? ; * / \\ | = ( ) [ ] { }";
    }
    return null;
  }

  private static void checkName(List<FieldProblem> problems, String field, String value) {
    String problem = nameProblem(value);
    if (problem != null) {
      problems.add(new FieldProblem(field, problem));
    }
  }

  OfficeRole officeRole() {
    return OfficeRole.from(role).orElseThrow();
  }
}
