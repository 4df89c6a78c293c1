package de.lotse.identity;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Does what an invited person does in their browser: opens the invitation link, goes through
 * Keycloak's pages and sets a password. Cookies are kept as a browser would; redirects are
 * followed within Keycloak, and the first one that leaves it (to the admin UI) ends the walk.
 */
public final class InvitationBrowser {

  private static final Pattern PASSWORD_FORM = Pattern.compile(
      "<form[^>]*action=\"([^\"]+)\"[^>]*>(?:(?!</form>).)*password-new", Pattern.DOTALL);
  private static final Pattern LINK = Pattern.compile("<a [^>]*href=\"(http[^\"]+)\"");

  private final StringBuilder trace = new StringBuilder();
  private final HttpClient browser = HttpClient.newBuilder()
      .cookieHandler(new LocalhostCookies())
      .followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  /**
   * @return where Keycloak sends the browser at the end: the admin UI, by redirect or by the
   *     "back to application" link of its last page
   */
  public String acceptInvitation(String link, String newPassword) {
    String url = link;
    HttpResponse<String> page = get(url);
    boolean passwordSet = false;
    for (int step = 0; step < 12; step++) {
      if (isRedirect(page)) {
        url = URI.create(url)
            .resolve(page.headers().firstValue("Location").orElseThrow())
            .toString();
        if (!url.startsWith(DevelopmentRealm.keycloakUrl())) {
          return url;
        }
        page = get(url);
        continue;
      }
      String html = page.body();
      Matcher form = PASSWORD_FORM.matcher(html);
      if (!passwordSet && form.find()) {
        page = post(
            unescape(form.group(1)),
            "password-new=" + encode(newPassword) + "&password-confirm=" + encode(newPassword));
        passwordSet = true;
        continue;
      }
      Matcher anchors = LINK.matcher(html);
      while (anchors.find()) {
        String target = unescape(anchors.group(1));
        if (!target.startsWith(DevelopmentRealm.keycloakUrl())) {
          if (passwordSet) {
            return target;
          }
        } else if (!passwordSet && target.contains("/login-actions/")) {
          url = target;
          break;
        }
      }
      if (url.equals(page.uri().toString()) || passwordSet) {
        throw new AssertionError("stuck at " + url + ":\n" + trace);
      }
      page = get(url);
    }
    throw new AssertionError("the invitation did not end within 12 pages:\n" + trace);
  }

  private HttpResponse<String> get(String url) {
    return send(HttpRequest.newBuilder(URI.create(url)).GET());
  }

  private HttpResponse<String> post(String url, String form) {
    return send(HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      HttpRequest built = request.timeout(Duration.ofSeconds(15)).build();
      HttpResponse<String> response = browser.send(built, HttpResponse.BodyHandlers.ofString());
      String body = response.body().replaceAll("\\s+", " ");
      trace
          .append(built.method())
          .append(' ')
          .append(built.uri())
          .append(" -> ")
          .append(response.statusCode())
          .append(' ')
          .append(response.headers().firstValue("Location").orElse(""))
          .append(' ')
          .append(body, 0, Math.min(body.length(), 3000))
          .append('\n');
      return response;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static boolean isRedirect(HttpResponse<?> response) {
    return response.statusCode() / 100 == 3;
  }

  private static String unescape(String html) {
    return html.replace("&amp;", "&").replace("&#61;", "=");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /**
   * Keycloak marks its login cookies Secure. Browsers treat http://localhost as a secure context
   * and send them back; Java's cookie manager sends Secure cookies over https only. This one
   * behaves like a browser on this machine.
   */
  private static final class LocalhostCookies extends CookieHandler {

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders)
        throws IOException {
      return cookies.get(uri, requestHeaders);
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
      Map<String, List<String>> insecure = new HashMap<>();
      responseHeaders.forEach((name, values) -> insecure.put(
          name,
          name != null && name.equalsIgnoreCase("Set-Cookie") && "localhost".equals(uri.getHost())
              ? values.stream().map(v -> v.replaceAll("(?i);\\s*Secure", "")).toList()
              : values));
      cookies.put(uri, insecure);
    }
  }
}
