package de.lotse.tenant;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks an SVG logo and writes it anew, so that what is served is exactly what was checked.
 *
 * <p>The parser is hardened: a DOCTYPE is refused outright (no entities, so neither external
 * entities nor entity expansion), nothing external is ever loaded, and XInclude is off.
 *
 * <p>What may stay is listed, not what must go: SVG elements for shapes, text, gradients, clipping,
 * masks and filters (no {@code feImage}). Refused, with a message naming it: any other SVG element
 * ({@code script}, {@code foreignObject}, {@code a}, {@code image}, animation elements …), any
 * {@code on…} attribute, a link ({@code href}, {@code xlink:href}) or CSS {@code url()} that
 * points anywhere but into the logo itself ({@code #id}), {@code javascript:}, CSS at-rules and
 * escapes, processing instructions, and a {@code <use>} of something that itself contains a
 * {@code <use>} (the "billion laughs" of SVG). Removed silently: comments, and elements and
 * attributes of other namespaces (the metadata drawing programs add), which a browser does not
 * draw.
 */
final class SvgSanitizer {

  static final String SVG_NS = "http://www.w3.org/2000/svg";
  static final String XLINK_NS = "http://www.w3.org/1999/xlink";

  private static final int MAX_ELEMENTS = 5_000;
  private static final int MAX_DEPTH = 64;

  private static final Set<String> ALLOWED_ELEMENTS = Set.of(
      "svg",
      "g",
      "defs",
      "symbol",
      "use",
      "title",
      "desc",
      "metadata",
      "style",
      "path",
      "rect",
      "circle",
      "ellipse",
      "line",
      "polyline",
      "polygon",
      "text",
      "tspan",
      "textPath",
      "linearGradient",
      "radialGradient",
      "stop",
      "pattern",
      "clipPath",
      "mask",
      "marker",
      "filter",
      "feBlend",
      "feColorMatrix",
      "feComponentTransfer",
      "feComposite",
      "feConvolveMatrix",
      "feDiffuseLighting",
      "feDisplacementMap",
      "feDistantLight",
      "feDropShadow",
      "feFlood",
      "feFuncA",
      "feFuncB",
      "feFuncG",
      "feFuncR",
      "feGaussianBlur",
      "feMerge",
      "feMergeNode",
      "feMorphology",
      "feOffset",
      "fePointLight",
      "feSpecularLighting",
      "feSpotLight",
      "feTile",
      "feTurbulence");

  private static final Pattern URL_FUNCTION = Pattern.compile("url\\s*\\(\\s*(['\"]?)\\s*([^)]*)");
  private static final Pattern CSS_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
  private static final Pattern LENGTH = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*(px)?\\s*");
  private static final Pattern BLANKS = Pattern.compile("[\\s\\u0000-\\u001f]+");

  /** The document as it is stored, and its size in pixels when it declares one. */
  record Sanitised(byte[] document, Integer width, Integer height) {}

  Sanitised sanitise(byte[] upload) throws LogoRejectedException {
    Document document = parse(upload);
    Element root = document.getDocumentElement();
    if (!SVG_NS.equals(root.getNamespaceURI()) || !"svg".equals(root.getLocalName())) {
      throw new LogoRejectedException(
          "is XML but not an SVG image: its root must be <svg" + " xmlns=\"" + SVG_NS + "\">");
    }
    cleanOutsideRoot(document);
    Map<String, Element> ids = new HashMap<>();
    List<Element> uses = new ArrayList<>();
    int[] count = {0};
    clean(root, 0, count, ids, uses);
    checkUses(ids, uses);
    return new Sanitised(write(document), length(root, "width"), length(root, "height"));
  }

  private static Document parse(byte[] upload) throws LogoRejectedException {
    try {
      DocumentBuilder builder = hardenedFactory().newDocumentBuilder();
      builder.setEntityResolver((publicId, systemId) -> {
        throw new SAXException("external entity");
      });
      builder.setErrorHandler(new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      });
      return builder.parse(new InputSource(new ByteArrayInputStream(upload)));
    } catch (SAXParseException e) {
      if (declaresDoctype(upload)) {
        throw new LogoRejectedException("declares a DOCTYPE; SVG logos need none, and its"
            + " entities could read files or expand without end. Remove the <!DOCTYPE …> line.");
      }
      throw new LogoRejectedException("is not a well-formed SVG (XML) document (line "
          + e.getLineNumber() + ", column " + e.getColumnNumber() + ")");
    } catch (SAXException | IOException e) {
      throw new LogoRejectedException("is not a well-formed SVG (XML) document");
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the XML parser cannot be configured", e);
    }
  }

  static DocumentBuilderFactory hardenedFactory() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      return factory;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the XML parser cannot be hardened", e);
    }
  }

  private static boolean declaresDoctype(byte[] upload) {
    return new String(upload, StandardCharsets.UTF_8)
        .toUpperCase(Locale.ROOT)
        .contains("<!DOCTYPE");
  }

  /** Before and after the root element: comments go, a stylesheet instruction is refused. */
  private static void cleanOutsideRoot(Document document) throws LogoRejectedException {
    Node node = document.getFirstChild();
    while (node != null) {
      Node next = node.getNextSibling();
      if (node.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE) {
        throw new LogoRejectedException(processingInstruction(node));
      }
      if (node.getNodeType() == Node.COMMENT_NODE) {
        document.removeChild(node);
      }
      node = next;
    }
  }

  private static String processingInstruction(Node node) {
    return "contains a processing instruction (<?" + node.getNodeName() + " …?>), which can"
        + " load a stylesheet from elsewhere; remove it";
  }

  private void clean(
      Element element, int depth, int[] count, Map<String, Element> ids, List<Element> uses)
      throws LogoRejectedException {
    if (depth > MAX_DEPTH) {
      throw new LogoRejectedException("nests elements more than " + MAX_DEPTH + " deep");
    }
    if (++count[0] > MAX_ELEMENTS) {
      throw new LogoRejectedException(
          "has more than " + MAX_ELEMENTS + " elements; simplify" + " it or upload a PNG");
    }
    String name = element.getLocalName();
    if (!ALLOWED_ELEMENTS.contains(name)) {
      throw new LogoRejectedException(refusedElement(name));
    }
    cleanAttributes(element, ids);
    if ("use".equals(name)) {
      uses.add(element);
    }
    if ("style".equals(name)) {
      checkCss(element.getTextContent(), "<style>");
    }
    Node child = element.getFirstChild();
    while (child != null) {
      Node next = child.getNextSibling();
      switch (child.getNodeType()) {
        case Node.ELEMENT_NODE -> {
          if (SVG_NS.equals(child.getNamespaceURI())) {
            clean((Element) child, depth + 1, count, ids, uses);
          } else {
            element.removeChild(child); // metadata of drawing programs; not drawn
          }
        }
        case Node.COMMENT_NODE -> element.removeChild(child);
        case Node.PROCESSING_INSTRUCTION_NODE ->
          throw new LogoRejectedException(processingInstruction(child));
        case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> {}
        default ->
          throw new LogoRejectedException(
              "contains an XML construct SVG logos do not" + " need; save it as plain SVG");
      }
      child = next;
    }
  }

  private static String refusedElement(String name) {
    String why = switch (name) {
      case "script", "handler", "listener" -> "could run a script";
      case "foreignObject" -> "could embed a web page";
      case "a" -> "is a link";
      case "image", "feImage", "iframe", "embed", "object", "audio", "video" ->
        "loads other content";
      case "animate", "animateMotion", "animateTransform", "animateColor", "set", "discard" ->
        "animates (and can change links)";
      default -> "is not among the elements a logo may use";
    };
    return "contains <" + name + ">, which " + why + "; remove it";
  }

  private static void cleanAttributes(Element element, Map<String, Element> ids)
      throws LogoRejectedException {
    NamedNodeMap attributes = element.getAttributes();
    List<Attr> foreign = new ArrayList<>();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      String namespace = attribute.getNamespaceURI();
      String name =
          attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
      String value = attribute.getValue();
      if (name.toLowerCase(Locale.ROOT).startsWith("on")) {
        throw new LogoRejectedException("has the event attribute " + attribute.getName() + " on <"
            + element.getLocalName() + ">, which could run a script; remove it");
      }
      if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(namespace)) {
        if (!SVG_NS.equals(value) && !XLINK_NS.equals(value)) {
          foreign.add(attribute); // declares a namespace whose elements are removed
        }
        continue;
      }
      if ("href".equals(name) && (namespace == null || XLINK_NS.equals(namespace))) {
        if (!value.strip().startsWith("#")) {
          throw new LogoRejectedException("links to \"" + shorten(value) + "\" (in <"
              + element.getLocalName() + ">); a logo may only refer to its own parts (#id)");
        }
        continue;
      }
      if (namespace != null
          && !(XMLConstants.XML_NS_URI.equals(namespace)
              && ("space".equals(name) || "lang".equals(name)))) {
        foreign.add(attribute); // drawing programs' own data, xml:base
        continue;
      }
      checkValue(value, element.getLocalName() + " " + name);
      if ("style".equals(name)) {
        checkCss(value, "style attribute");
      }
      if ("id".equals(name)) {
        ids.put(value, element);
      }
    }
    for (Attr attribute : foreign) {
      element.removeAttributeNode(attribute);
    }
  }

  /** No script URL and no url() to anywhere outside the logo, in any attribute. */
  private static void checkValue(String value, String where) throws LogoRejectedException {
    String folded = BLANKS.matcher(value.toLowerCase(Locale.ROOT)).replaceAll("");
    if (folded.contains("javascript:") || folded.contains("vbscript:")) {
      throw new LogoRejectedException("contains a script URL (in " + where + "); remove it");
    }
    Matcher url = URL_FUNCTION.matcher(value.toLowerCase(Locale.ROOT));
    while (url.find()) {
      if (!url.group(2).startsWith("#")) {
        throw new LogoRejectedException("refers to \"" + shorten(url.group(2)) + "\" outside"
            + " the logo (in " + where + "); only url(#id) is allowed");
      }
    }
  }

  private static void checkCss(String css, String where) throws LogoRejectedException {
    if (css.indexOf('\\') >= 0) {
      throw new LogoRejectedException(
          "uses CSS escapes (in the " + where + "); write the CSS" + " plainly");
    }
    String plain = CSS_COMMENT.matcher(css).replaceAll(" ");
    String folded = plain.toLowerCase(Locale.ROOT);
    if (folded.indexOf('@') >= 0) {
      throw new LogoRejectedException("uses a CSS at-rule such as @import or @font-face (in the "
          + where + "); they can load content from elsewhere");
    }
    for (String loader :
        List.of("image-set(", "image(", "src(", "expression(", "behavior", "-moz-binding")) {
      if (folded.contains(loader)) {
        throw new LogoRejectedException("uses the CSS \"" + loader + "\" (in the " + where
            + "); it can load content from elsewhere or run code");
      }
    }
    checkValue(plain, "the " + where);
  }

  /** A {@code <use>} may show its target once per use, but no target may itself use others. */
  private static void checkUses(Map<String, Element> ids, List<Element> uses)
      throws LogoRejectedException {
    for (Element use : uses) {
      String href = use.hasAttributeNS(XLINK_NS, "href")
          ? use.getAttributeNS(XLINK_NS, "href")
          : use.getAttribute("href");
      Element target = ids.get(href.strip().replaceFirst("^#", ""));
      if (target != null
          && (target.getLocalName().equals("use")
              || target.getElementsByTagNameNS(SVG_NS, "use").getLength() > 0)) {
        throw new LogoRejectedException("has a <use> of an element that itself contains <use>;"
            + " such chains can multiply without end. Flatten them (e.g. \"Object to path\").");
      }
    }
  }

  private static byte[] write(Document document) {
    try {
      TransformerFactory factory = TransformerFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
      Transformer transformer = factory.newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      transformer.setOutputProperty(OutputKeys.METHOD, "xml");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      transformer.transform(new DOMSource(document), new StreamResult(out));
      return out.toByteArray();
    } catch (TransformerException e) {
      throw new IllegalStateException("a parsed SVG could not be written", e);
    }
  }

  /** A width or height in pixels (or without unit); null for percentages and other units. */
  private static Integer length(Element root, String attribute) {
    Matcher m = LENGTH.matcher(root.getAttribute(attribute));
    if (!m.matches()) {
      return null;
    }
    double value = Double.parseDouble(m.group(1));
    return value >= 1 && value <= Integer.MAX_VALUE ? (int) Math.round(value) : null;
  }

  private static String shorten(String value) {
    String oneLine = BLANKS.matcher(value).replaceAll(" ").strip();
    return oneLine.length() > 60 ? oneLine.substring(0, 60) + "…" : oneLine;
  }
}
