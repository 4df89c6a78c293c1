package de.lotse.widget;

import de.lotse.tenant.TenantProfile;
import org.springframework.web.util.HtmlUtils;

/** The HTML of a demo page: a plain office website, plus the widget's one script tag. */
final class DemoPage {

  private DemoPage() {}

  /** Escapes only markup characters; the page is UTF-8, so umlauts stay as they are. */
  private static String escape(String text) {
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }

  /**
   * @param language the language to open the chat in, or null for the reader's browser language
   */
  static String render(TenantProfile office, String scriptPath, String language) {
    String name = escape(office.displayName());
    String bot = escape(office.botName());
    String languageAttribute =
        language == null ? "" : " data-language=\"" + escape(language) + "\"";
    return """
        <!doctype html>
        <html lang="de">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%1$s – Demo</title>
        <style>
          body { margin: 0; font-family: Georgia, 'Times New Roman', serif; color: #222; background: #f7f5f0; }
          header { background: #2b2b2b; color: #fff; padding: 1rem 1.5rem; }
          header p { margin: 0; font-size: .9rem; }
          header strong { display: block; font-size: 1.4rem; }
          nav { background: #e4dfd3; padding: .5rem 1.5rem; }
          nav a { color: #222; margin-right: 1.25rem; }
          main { max-width: 46rem; padding: 1.5rem; }
          .demo-note { border-left: 4px solid #b35c00; background: #fff; padding: .75rem 1rem; }
          footer { padding: 1.5rem; font-size: .85rem; color: #555; }
        </style>
        </head>
        <body>
        <header><p>Demo-Website</p><strong>%1$s</strong></header>
        <nav aria-label="Hauptmenü"><a href="#aufenthalt">Aufenthalt</a><a href="#termine">Termine</a><a href="#kontakt">Kontakt</a></nav>
        <main>
          <h1>Ausländerbehörde</h1>
          <p class="demo-note">Diese Seite ist eine Nachbildung einer Behörden-Website auf der Plattform
          Lotse. Unten rechts finden Sie %2$s, die digitale Assistenz der Behörde.</p>
          <h2 id="aufenthalt">Aufenthalt</h2>
          <p>Hier informieren wir über Aufenthaltstitel, ihre Verlängerung und die Unterlagen, die Sie
          dafür brauchen. Viele Fragen beantwortet %2$s rund um die Uhr und in vielen Sprachen.</p>
          <h2 id="termine">Termine</h2>
          <p>Vorsprachen sind in der Regel nur mit Termin möglich. Bitte bringen Sie alle Unterlagen mit.</p>
          <h2 id="kontakt">Kontakt</h2>
          <p>Die Kontaktangaben der Behörde zeigt Ihnen der Chat unter „Kontakt“.</p>
        </main>
        <footer>Demo-Seite – keine echte Website der Behörde.</footer>
        <script src="%3$s" data-tenant="%4$s"%5$s async></script>
        </body>
        </html>
        """.formatted(name, bot, escape(scriptPath), escape(office.slug()), languageAttribute);
  }
}
