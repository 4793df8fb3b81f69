package org.wastetrail.reports.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

@DisplayName("InlineSvg")
class InlineSvgTest {
  private static final String SVG_NS = "http://www.w3.org/2000/svg";

  @ParameterizedTest(name = "width=\"{0}\" becomes \"{1}\"")
  @CsvSource({
      "640.0, 640",
      "319.5, 320",
      "320, 320",
      "100%, 100%",
      "12cm, 12cm",
  })
  @DisplayName("rounds a chart's plain-number size to whole pixels and leaves sizes with units alone")
  void roundsSizes(String width, String expected) throws Exception {
    Document doc = parse("<svg xmlns='" + SVG_NS + "' width='" + width + "' height='320.0'/>");
    InlineSvg.prepare(doc);
    assertEquals(expected, svg(doc, 0).getAttribute("width"));
    assertEquals("320", svg(doc, 0).getAttribute("height"));
  }

  @Test
  @DisplayName("leaves an svg nested in a chart as it is")
  void nestedSvg() throws Exception {
    Document doc = parse("<svg xmlns='" + SVG_NS + "' width='640.0' height='320.0'>"
        + "<svg x='0' y='0' width='10.5' height='5.5'/></svg>");
    InlineSvg.prepare(doc);
    assertAll(
        () -> assertEquals("640", svg(doc, 0).getAttribute("width")),
        () -> assertEquals("10.5", svg(doc, 1).getAttribute("width")),
        () -> assertFalse(svg(doc, 1).hasAttribute("alt")));
  }

  @Test
  @DisplayName("takes a chart's alternative text from aria-label, else from its figure's caption")
  void altText() throws Exception {
    Document doc = parse("<body xmlns='http://www.w3.org/1999/xhtml'>"
        + "<figure><svg xmlns='" + SVG_NS + "' aria-label='Seizures by month'/></figure>"
        + "<figure><svg xmlns='" + SVG_NS + "'/><figcaption>Tonnes by\n   month, 2023</figcaption></figure>"
        + "<figure><svg xmlns='" + SVG_NS + "' alt='Kept'/><figcaption>Caption</figcaption></figure>"
        + "<svg xmlns='" + SVG_NS + "'/></body>");
    InlineSvg.prepare(doc);
    assertAll(
        () -> assertEquals("Seizures by month", svg(doc, 0).getAttribute("alt")),
        () -> assertEquals("Tonnes by month, 2023", svg(doc, 1).getAttribute("alt")),
        () -> assertEquals("Kept", svg(doc, 2).getAttribute("alt")),
        () -> assertFalse(svg(doc, 3).hasAttribute("alt")));
  }

  private static Element svg(Document doc, int index) {
    return (Element) doc.getElementsByTagNameNS(SVG_NS, "svg").item(index);
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }
}
