package org.wastetrail.reports.chart;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class ChartsTest {
  private static final String SVG_NS = "http://www.w3.org/2000/svg";
  private static final ChartTheme ENGLISH = new ChartTheme(Locale.ENGLISH);
  private static final ChartTheme CHINESE = new ChartTheme(Locale.SIMPLIFIED_CHINESE);
  private static final String BLUE = "rgb(0,114,178)";
  private static final String ORANGE = "rgb(230,159,0)";
  private static final String GREY = "rgb(153,153,153)";
  private static final String BAND = "rgb(213,94,0)";

  /** Parses the SVG as a strict XML parser would; fails the test when it is not well-formed. */
  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
  }

  private static List<Element> elements(String svg, String name) throws Exception {
    NodeList nodes = parse(svg).getElementsByTagNameNS(SVG_NS, name);
    List<Element> list = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }

  private static List<String> texts(String svg) throws Exception {
    return elements(svg, "text").stream().map(Element::getTextContent).toList();
  }

  /** The value of one CSS property in an element's style attribute, or null. */
  private static String style(Element element, String property) {
    Matcher m = Pattern.compile("(?:^|;)\\s*" + property + "\\s*:\\s*([^;]+)").matcher(element.getAttribute("style"));
    return m.find() ? m.group(1).trim() : null;
  }

  /** Rectangles filled with the colour: bars and bands (legend swatches are paths). */
  private static long rects(String svg, String fill) throws Exception {
    return elements(svg, "rect").stream().filter(r -> fill.equals(style(r, "fill"))).count();
  }

  private static BufferedImage png(ChartImage image) throws Exception {
    return ImageIO.read(new ByteArrayInputStream(image.png()));
  }

  private static List<String> months(String first, int count) {
    return IntStream.range(0, count).mapToObj(i -> YearMonth.parse(first).plusMonths(i).toString()).toList();
  }

  private static double[] repeat(double value, int count) {
    double[] values = new double[count];
    Arrays.fill(values, value);
    return values;
  }

  private static double[] around(double base, int count) {
    return IntStream.range(0, count).mapToDouble(i -> base + (i * 7) % 11).toArray();
  }

  private static LinkedHashMap<String, double[]> series(Object... namesAndValues) {
    LinkedHashMap<String, double[]> series = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      series.put((String) namesAndValues[i], (double[]) namesAndValues[i + 1]);
    }
    return series;
  }

  private static ChartImage trend(ChartTheme theme, List<String> months, double[] tonnes, int from, int to) {
    return new TrendLineChart(theme, 680, 300).render("t", months, "Seizures", around(10, months.size()),
        "Seizures", "Tonnes", tonnes, "Tonnes", from, to, "Report period");
  }

  @Test
  @DisplayName("ranked bars: well-formed inline SVG with labels and values formatted for the locale; PNG at 2x")
  void rankedBars() throws Exception {
    ChartImage image = new RankedBarChart(ENGLISH, 600, 300)
        .render("c1", List.of("GHTEM", "GB → MY"), new double[] {12345, 7}, "Seizures");
    assertTrue(image.svg().startsWith("<svg"), "an element, not an XML document");
    List<String> texts = texts(image.svg());
    assertTrue(texts.containsAll(List.of("GHTEM", "GB → MY", "12,345", "7", "Seizures")), texts.toString());
    BufferedImage png = png(image);
    assertEquals(List.of(1200, 600), List.of(png.getWidth(), png.getHeight()));
  }

  @Test
  @DisplayName("the locale is passed in, not taken from the machine: de-DE groups with a dot")
  void localeNumbers() throws Exception {
    ChartImage image = new RankedBarChart(new ChartTheme(Locale.GERMANY), 600, 300)
        .render("c1", List.of("DEHAM"), new double[] {12345}, "Beschlagnahmen");
    assertTrue(texts(image.svg()).contains("12.345"), texts(image.svg()).toString());
  }

  @Test
  @DisplayName("Chinese labels and legend come through as text; two charts do not share ids")
  void chineseAndIds() throws Exception {
    ChartImage a = new StackedBarChart(CHINESE, 600, 300).render("chart-a", List.of("2024年第3季度", "2024年第4季度"),
        series("塑料", new double[] {3, 4}, "电子废物", new double[] {1, 2}), "查获案件");
    ChartImage b = new TrendLineChart(CHINESE, 600, 300).render("chart-b", List.of("2024-11", "2024-12"), "查获案件",
        new double[] {5, 6}, "查获案件", "吨", new double[] {1.5, 2.5}, "吨", 1, 1, "报告期");
    // Legend and period labels are text; the rotated axis label is drawn as shapes by JFreeChart.
    assertTrue(texts(a.svg()).containsAll(List.of("塑料", "电子废物", "2024年第3季度")), texts(a.svg()).toString());
    assertTrue(texts(b.svg()).containsAll(List.of("报告期", "吨")), texts(b.svg()).toString());
    assertTrue(a.svg().contains("chart-a-") && b.svg().contains("chart-b-"), "id prefixes");
    assertNotEquals(a.svg(), b.svg());
  }

  @Test
  @DisplayName("a rate chart shows a percentage axis and leaves months without a rate empty")
  void rates() throws Exception {
    ChartImage image = new RateLineChart(ENGLISH, 600, 260).render("r",
        List.of("2024-10", "2024-11", "2024-12"), "Hit rate", new double[] {0.2, Double.NaN, 0.4}, "Hit rate", 2, 2);
    assertTrue(texts(image.svg()).contains("40%"), texts(image.svg()).toString());
  }

  @Nested
  @DisplayName("Every chart")
  class EveryChart {
    @Test
    @DisplayName("names Java's logical family only by the generic family, and a real one in quotes before it")
    void fontFamilyMapping() {
      assertAll(
          () -> assertEquals("sans-serif", ChartDrawing.cssFontFamily("SansSerif")),
          () -> assertEquals("\"WenQuanYi Micro Hei\", sans-serif", ChartDrawing.cssFontFamily("WenQuanYi Micro Hei")));
    }
  }

  @Nested
  @DisplayName("A chart with a title")
  class Titled {
    private final ChartImage chart = new RankedBarChart(ENGLISH, 600, 300)
        .render("chart-ports", List.of("GHTEM"), new double[] {3}, "Seizures");

    @Test
    @DisplayName("starts with <title> and <desc>, escaped, and is named by them")
    void titleAndDescription() throws Exception {
      ChartImage titled = chart.withTitle("Ports & routes <top 10>", "Seizures > 0 & rising");
      Element svg = parse(titled.svg()).getDocumentElement();
      Element title = (Element) svg.getElementsByTagNameNS(SVG_NS, "title").item(0);
      Element desc = (Element) svg.getElementsByTagNameNS(SVG_NS, "desc").item(0);
      assertAll(
          () -> assertEquals(title, svg.getFirstChild()),
          () -> assertEquals("Ports & routes <top 10>", title.getTextContent()),
          () -> assertEquals("Seizures > 0 & rising", desc.getTextContent()),
          () -> assertEquals("img", svg.getAttribute("role")),
          () -> assertEquals("chart-ports-title chart-ports-desc", svg.getAttribute("aria-labelledby")),
          () -> assertEquals("chart-ports-title", title.getAttribute("id")),
          () -> assertTrue(titled.svg().contains("Ports &amp; routes &lt;top 10&gt;")),
          () -> assertEquals(chart.png(), titled.png()));
    }

    @Test
    @DisplayName("without a description has a title only")
    void titleOnly() throws Exception {
      Element svg = parse(chart.withTitle("Ports", " ").svg()).getDocumentElement();
      assertAll(
          () -> assertEquals(0, svg.getElementsByTagNameNS(SVG_NS, "desc").getLength()),
          () -> assertEquals("chart-ports-title", svg.getAttribute("aria-labelledby")));
    }
  }
}
