package de.lotse.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;

/**
 * Hostile SVG logos: everything that could run a script, load something from elsewhere or
 * expand without end is refused, and the reason names it; harmless editor metadata is removed.
 */
class SvgSanitizerTests {

  private final SvgSanitizer sanitizer = new SvgSanitizer();

  private static byte[] svg(String body) {
    return TestImages.svg(body);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private String rejection(byte[] upload) {
    try {
      sanitizer.sanitise(upload);
    } catch (LogoRejectedException e) {
      return e.getMessage();
    }
    throw new AssertionError("accepted: " + new String(upload, StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      script element            | <script>alert(document.cookie)</script>                      | <script>
      script in a group         | <g><rect width='1' height='1'/><script>alert(1)</script></g>  | <script>
      upper-case SCRIPT         | <SCRIPT>alert(1)</SCRIPT>                                     | <SCRIPT>
      onload on a shape         | <rect width='1' height='1' onload='alert(1)'/>                | onload
      onclick in upper case     | <rect width='1' height='1' ONCLICK='alert(1)'/>               | ONCLICK
      foreign on-attribute      | <rect xmlns:x='urn:x' x:onclick='alert(1)' width='1'/>        | x:onclick
      javascript link           | <a href='javascript:alert(1)'><rect width='1'/></a>           | <a>
      javascript use            | <use href=' JaVaScRiPt:alert(1)'/>                            | links to
      xlink external use        | <use xlink:href='https://evil.example/sprite.svg#logo'/>      | links to
      data URI use              | <use href='data:image/svg+xml;base64,PHN2Zz48L3N2Zz4='/>      | links to
      external image            | <image href='https://evil.example/track.png'/>                | <image>
      feImage                   | <filter id='f'><feImage href='https://evil.example/x'/></filter> | <feImage>
      foreignObject             | <foreignObject><div xmlns='http://www.w3.org/1999/xhtml'>x</div></foreignObject> | <foreignObject>
      animate to javascript     | <animate attributeName='href' to='javascript:alert(1)'/>      | <animate>
      set an event handler      | <set attributeName='onmouseover' to='alert(1)'/>              | <set>
      css import                | <style>@import url(https://evil.example/x.css);</style>       | at-rule
      css font face             | <style>@font-face{font-family:x;src:url(https://e.example/f)}</style> | at-rule
      css url in style element  | <style>rect{fill:url(https://evil.example/x)}</style>         | outside
      css url in style attr     | <rect style='fill:url(  "https://evil.example/x")' width='1'/> | outside
      url in presentation attr  | <rect fill='url(https://evil.example/p#g)' width='1'/>        | outside
      css escape                | <style>rect{fill:u\\72l(https://evil.example/x)}</style>      | escapes
      css image-set             | <style>rect{fill:image-set('https://evil.example/x' 1x)}</style> | image-set
      javascript in attribute   | <rect width='1' filter='java&#x09;script:alert(1)'/>          | script URL
      """)
  void refusesWhatCouldRunOrLoad(String name, String body, String named) {
    assertThat(rejection(svg(body))).as(name).contains(named);
  }

  @Test
  void refusesEntityExpansion() {
    String laughs = """
        <?xml version="1.0"?>
        <!DOCTYPE svg [
          <!ENTITY a "lollollollollollollollollollol">
          <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
          <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
          <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
          <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
          <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
          <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
        ]>
        <svg xmlns="http://www.w3.org/2000/svg"><text>&g;</text></svg>""";

    assertThat(rejection(utf8(laughs))).contains("DOCTYPE");
  }

  @Test
  void refusesExternalEntitiesWithoutReadingThem() {
    String xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <svg xmlns="http://www.w3.org/2000/svg"><text>&xxe;</text></svg>""";
    String parameterEntity = """
        <?xml version="1.0"?>
        <!DOCTYPE svg [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]>
        <svg xmlns="http://www.w3.org/2000/svg"/>""";

    assertThat(rejection(utf8(xxe))).contains("DOCTYPE").doesNotContain("root:");
    assertThat(rejection(utf8(parameterEntity))).contains("DOCTYPE");
  }

  @Test
  void refusesAnExternalDtd() {
    String external = """
        <?xml version="1.0"?>
        <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://127.0.0.1:9/svg11.dtd">
        <svg xmlns="http://www.w3.org/2000/svg"/>""";

    assertThat(rejection(utf8(external))).contains("DOCTYPE");
  }

  @Test
  void refusesAStylesheetProcessingInstruction() {
    String styled = """
        <?xml version="1.0"?>
        <?xml-stylesheet type="text/css" href="https://evil.example/x.css"?>
        <svg xmlns="http://www.w3.org/2000/svg"/>""";

    assertThat(rejection(utf8(styled))).contains("xml-stylesheet");
  }

  @Test
  void refusesUseChainsThatMultiply() {
    byte[] chain = svg("<defs><g id='a'><rect width='1' height='1'/></g>"
        + "<g id='b'><use href='#a'/><use href='#a'/><use href='#a'/></g>"
        + "<g id='c'><use href='#b'/><use href='#b'/><use href='#b'/></g></defs>"
        + "<use href='#c'/>");

    assertThat(rejection(chain)).contains("<use>");
  }

  @Test
  void refusesWhatIsNotAnSvgDocument() {
    assertThat(rejection(utf8("<svg width='1'/>"))).contains("xmlns");
    assertThat(rejection(utf8("<html xmlns='http://www.w3.org/1999/xhtml'/>")))
        .contains("not an SVG image");
    assertThat(rejection(utf8("<svg xmlns='http://www.w3.org/2000/svg'><g></svg>")))
        .contains("well-formed");
  }

  @Test
  void refusesARenderBombOfElements() {
    assertThat(rejection(svg("<rect width='1'/>".repeat(5_001)))).contains("5000 elements");
    assertThat(rejection(svg("<g>".repeat(100) + "</g>".repeat(100)))).contains("deep");
  }

  @Test
  void keepsADrawingAndRemovesEditorMetadataCommentsAndForeignScripts() throws Exception {
    byte[] inkscape = utf8("""
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- Created with Inkscape -->
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
             xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
             xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
             xmlns:h="http://www.w3.org/1999/xhtml"
             width="64" height="32" viewBox="0 0 64 32" xml:base="https://evil.example/">
          <sodipodi:namedview pagecolor="#ffffff" inkscape:zoom="2"/>
          <h:script>alert(1)</h:script>
          <defs><linearGradient id="g"><stop offset="0" stop-color="#00528c"/></linearGradient>
            <path id="p" d="M0 0h10v10z"/></defs>
          <g inkscape:label="Layer 1" inkscape:groupmode="layer">
            <style>.c{fill:url(#g)}</style>
            <rect class="c" width="64" height="32" style="stroke:url(#g)"/>
            <use xlink:href="#p" x="20"/>
            <text x="2" y="20" xml:space="preserve">Landratsamt</text>
          </g>
        </svg>""");

    SvgSanitizer.Sanitised clean = sanitizer.sanitise(inkscape);
    String written = new String(clean.document(), StandardCharsets.UTF_8);

    assertThat(written)
        .contains("<rect", "url(#g)", "xlink:href=\"#p\"", "Landratsamt", "linearGradient");
    assertThat(written)
        .doesNotContain(
            "inkscape", "sodipodi", "script", "Created with", "evil.example", "xml:base");
    assertThat(clean.width()).isEqualTo(64);
    assertThat(clean.height()).isEqualTo(32);
    Document again = SvgSanitizer.hardenedFactory()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(clean.document()));
    assertThat(again.getDocumentElement().getNamespaceURI()).isEqualTo(SvgSanitizer.SVG_NS);
  }
}
