package de.lotse.knowledge.exchange;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps text that the chatbot shows to citizens within the Markdown the format allows: paragraphs,
 * emphasis, lists and links to http, https, mailto and tel.
 *
 * <p>Checks are deliberately conservative allow-lists rather than a Markdown parser: a link target
 * passes only if it starts with an allowed scheme, so encodings such as {@code java&#115;cript:}
 * fail without having to be decoded. A "{@code <}" counts as HTML only where HTML could start (a
 * letter, "/", "!" or "?" right after it), so that "Einkommen &lt; 1.000 €" and "&lt;= 3 Monate"
 * stay allowed. HTML inside code spans is rejected too: the format has no code spans.
 */
final class DisplayTextRules {

  private static final Pattern HTML_START =
      Pattern.compile("<(?:[A-Za-z]|/[A-Za-z]|!--|!\\[CDATA\\[|![A-Za-z]|\\?)");
  // CommonMark autolinks: <https://example.org>, <amt@example.org>.
  private static final Pattern URI_AUTOLINK =
      Pattern.compile("<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\\s<>]*)>");
  private static final Pattern EMAIL_AUTOLINK =
      Pattern.compile("<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*)>");
  private static final Pattern IMAGE = Pattern.compile("!\\[");
  // Any "](" starts an inline link target, whatever the link text (which may nest brackets).
  private static final Pattern INLINE_LINK_TARGET = Pattern.compile("\\]\\(\\s*<?([^\\s)>]*)");
  private static final Pattern LINK_DEFINITION_TARGET =
      Pattern.compile("(?m)^ {0,3}\\[[^\\]]+\\]:\\s*<?([^\\s>]*)");

  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");

  private DisplayTextRules() {}

  /** What is wrong with the text, or {@code null} when it may be shown. */
  static Violation problem(String text) {
    Violation html = htmlProblem(text);
    if (html != null) {
      return html;
    }
    if (IMAGE.matcher(text).find()) {
      return Violation.of(
          ProblemCode.IMAGE,
          "Contains an image (\"![…](…)\"). Images are not allowed; link to the page that"
              + " shows it instead.");
    }
    Violation inline = linkTargetProblem(INLINE_LINK_TARGET.matcher(text));
    return inline != null ? inline : linkTargetProblem(LINK_DEFINITION_TARGET.matcher(text));
  }

  private static Violation htmlProblem(String text) {
    Matcher start = HTML_START.matcher(text);
    while (start.find()) {
      int at = start.start();
      Matcher uri = URI_AUTOLINK.matcher(text).region(at, text.length());
      if (uri.lookingAt()) {
        Violation problem = targetProblem(uri.group(1));
        if (problem != null) {
          return problem;
        }
        continue;
      }
      if (EMAIL_AUTOLINK.matcher(text).region(at, text.length()).lookingAt()) {
        continue;
      }
      String excerpt = excerpt(text, at);
      return Violation.of(
          ProblemCode.RAW_HTML,
          Map.of("excerpt", Quoting.shorten(excerpt)),
          "Contains HTML ("
              + Quoting.quote(excerpt)
              + "). HTML is not allowed: use Markdown (**bold**, *italic*, lists,"
              + " [text](https://…)). If you mean \"less than\", put a space after \"<\".");
    }
    return null;
  }

  private static Violation linkTargetProblem(Matcher targets) {
    while (targets.find()) {
      Violation problem = targetProblem(targets.group(1));
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private static Violation targetProblem(String target) {
    String lower = target.toLowerCase(Locale.ROOT);
    if (lower.startsWith("https://")
        || lower.startsWith("http://")
        || lower.startsWith("mailto:")
        || lower.startsWith("tel:")) {
      return null;
    }
    if (target.isEmpty()) {
      return Violation.of(
          ProblemCode.LINK_WITHOUT_TARGET,
          "Contains a link without a target. Add a full address such as"
              + " https://www.example.org, mailto:… or tel:….");
    }
    Matcher scheme = SCHEME.matcher(target);
    if (scheme.lookingAt()) {
      return Violation.of(
          ProblemCode.LINK_SCHEME,
          Map.of("scheme", Quoting.shorten(scheme.group())),
          linkMessage("a " + Quoting.quote(scheme.group()) + " address"));
    }
    return Violation.of(
        ProblemCode.LINK_NOT_ABSOLUTE,
        Map.of("target", Quoting.shorten(target)),
        linkMessage(Quoting.quote(target)));
  }

  private static String linkMessage(String what) {
    return "Contains a link to "
        + what
        + ". Links must be full addresses starting with https://, http://, mailto: or tel:.";
  }

  private static String excerpt(String text, int from) {
    int end = text.indexOf('>', from);
    int stop = end < 0 ? Math.min(text.length(), from + 20) : Math.min(end + 1, from + 40);
    return text.substring(from, stop);
  }
}
