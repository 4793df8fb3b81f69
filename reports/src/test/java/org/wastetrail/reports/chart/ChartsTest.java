package org.wastetrail.reports.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class ChartsTest {
  private static List<String> texts(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }

  private static BufferedImage png(ChartImage image) throws Exception {
    return ImageIO.read(new ByteArrayInputStream(image.png()));
  }

  @Test
  @DisplayName("ranked bars: well-formed inline SVG with labels and values formatted for the locale; PNG at 2x")
  void rankedBars() throws Exception {
    ChartImage image = new RankedBarChart(new ChartTheme(Locale.ENGLISH), 600, 300)
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
    LinkedHashMap<String, double[]> series = new LinkedHashMap<>();
    series.put("塑料", new double[] {3, 4});
    series.put("电子废物", new double[] {1, 2});
    ChartTheme theme = new ChartTheme(Locale.SIMPLIFIED_CHINESE);
    ChartImage a = new StackedBarChart(theme, 600, 300).render("chart-a", List.of("2024年第3季度", "2024年第4季度"),
        series, "查获案件");
    ChartImage b = new TrendLineChart(theme, 600, 300).render("chart-b", List.of("2024-11", "2024-12"), "查获案件",
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
    ChartImage image = new RateLineChart(new ChartTheme(Locale.ENGLISH), 600, 260).render("r",
        List.of("2024-10", "2024-11", "2024-12"), "Hit rate", new double[] {0.2, Double.NaN, 0.4}, "Hit rate", 2, 2);
    assertTrue(texts(image.svg()).contains("40%"), texts(image.svg()).toString());
  }
}
