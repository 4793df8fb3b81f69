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
  @DisplayName("interval rows: well-formed SVG, keys top to bottom in rank order, percent ticks, the reference labelled")
  void intervals() throws Exception {
    ChartImage image = new IntervalChart(ENGLISH, 680).render("iv", List.of("BE → GH", "T-0999"),
        new double[] {0.378, 0.2}, new double[] {0.283, 0.131}, new double[] {0.477, 0.278}, new double[] {0.4, 1.0},
        0.19, "overall 19.0%", "Hit rate", List.of("Smoothed", "Interval", "Raw", "Overall"));
    List<Element> texts = elements(image.svg(), "text");
    List<String> words = texts.stream().map(Element::getTextContent).toList();
    assertTrue(words.containsAll(List.of("BE → GH", "T-0999", "overall 19.0%", "100%", "Hit rate", "Raw")),
        words.toString());
    double first = Double.parseDouble(texts.get(words.indexOf("BE → GH")).getAttribute("y"));
    double second = Double.parseDouble(texts.get(words.indexOf("T-0999")).getAttribute("y"));
    assertTrue(first < second, "rank 1 above rank 2: y " + first + " and " + second);
    assertEquals(IntervalChart.FRAME + 2 * IntervalChart.ROW, png(image).getHeight() / 2);
  }

  @Test
  @DisplayName("ranked bars: well-formed inline SVG with labels and values formatted for the locale; PNG at 2x")
  void rankedBars() throws Exception {
    ChartImage image = new RankedBarChart(ENGLISH, 600, 300)
        .render("c1", List.of("GHTEM", "GB → MY"), new double[] {12345, 7}, "Seizures");
    assertTrue(image.svg().startsWith("<svg"), "an element, not an XML document");
    assertTrue(image.svg().matches("(?s)<svg [^>]*viewBox=['\"]0(\\.0)? 0(\\.0)? 600(\\.0)? 300(\\.0)?['\"].*"),
        "a viewBox, so the drawing scales with the figure: " + image.svg().substring(0, 300));
    List<String> texts = texts(image.svg());
    assertTrue(texts.containsAll(List.of("GHTEM", "GB → MY", "12,345", "7", "Seizures")), texts.toString());
    BufferedImage png = png(image);
    assertEquals(List.of(1200, 600), List.of(png.getWidth(), png.getHeight()));
  }

  @Test
  @DisplayName("ranked bars: the value axis' last label is not cut at the chart's right edge")
  void rankedLastTick() throws Exception {
    // Ticks every 500 up to 5,000, whose label is centred on the axis' right end.
    ChartImage image = new RankedBarChart(ENGLISH, 680, 330)
        .render("c1", List.of("Plastics", "Metal scrap", "E-waste"), new double[] {4483, 1357, 812}, "Seizures");
    assertTrue(texts(image.svg()).contains("5,000"), texts(image.svg()).toString());
    BufferedImage png = png(image);
    int background = png.getRGB(png.getWidth() - 1, 0);
    for (int x = png.getWidth() - 6; x < png.getWidth(); x++) {
      for (int y = 0; y < png.getHeight(); y++) {
        assertEquals(background, png.getRGB(x, y), "ink at the right edge, x " + x + ", y " + y);
      }
    }
  }

  @Test
  @DisplayName("ranked bars: a long name wraps onto a second line rather than being cut")
  void rankedLongNames() throws Exception {
    String name = "Ozone-depleting substances and HFCs, household and mixed waste";
    List<String> texts = texts(new RankedBarChart(ENGLISH, 680, 330)
        .render("c1", List.of(name, "E-waste"), new double[] {57, 38}, "Seizures").svg());
    assertTrue(texts.stream().noneMatch(t -> t.contains("…") || t.endsWith("...")), texts.toString());
    List<String> lines = texts.stream().map(String::strip).filter(t -> t.length() > 3 && name.contains(t)).toList();
    assertEquals(2, lines.size(), texts.toString());
    assertEquals(name, String.join(" ", lines));
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
    assertTrue(texts(a.svg()).containsAll(List.of("塑料", "电子废物")), texts(a.svg()).toString());
    assertTrue(String.join("", texts(a.svg())).contains("2024年第3季度"), "a long period name wraps, whole");
    assertTrue(texts(b.svg()).containsAll(List.of("报告期", "吨", "11月", "12月")), texts(b.svg()).toString());
    assertTrue(a.svg().contains("chart-a-") && b.svg().contains("chart-b-"), "id prefixes");
    assertNotEquals(a.svg(), b.svg());
  }

  @Nested
  @DisplayName("Every chart")
  class EveryChart {
    private List<ChartImage> all(ChartTheme theme) {
      List<String> months = months("2023-01", 24);
      return List.of(
          trend(theme, months, around(40, 24), 21, 23),
          new RateLineChart(theme, 680, 260).render("r", months, "Hit rate", repeat(0.2, 24), "Hit rate", 21, 23),
          new StackedBarChart(theme, 680, 300).render("s", List.of("Q1 2024", "Q2 2024"),
              series("Plastics", new double[] {3, 4}, "Other", new double[] {1, 2}), "Seizures", "Other"),
          new RankedBarChart(theme, 680, 330).render("k", List.of("GHTEM"), new double[] {3}, "Seizures"),
          new BandLineChart(theme, 680, 300).render("b", months, series("In", around(8, 24)), "Seizures", 4, 5,
              "OP"),
          new GroupedBarChart(theme, 680, 300).render("g", List.of("OP-A", "OP-B"),
              series("In", new double[] {1.5, 2.5}), "Rate", 1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en", "zh-CN"})
    @DisplayName("sets its text in 13 px or more (9.6 pt when 680 px print 178 mm wide), in a font family that ends"
        + " with the generic sans-serif")
    void fonts(String language) throws Exception {
      for (ChartImage image : all(new ChartTheme(Locale.forLanguageTag(language)))) {
        List<Element> texts = elements(image.svg(), "text");
        assertFalse(texts.isEmpty());
        for (Element text : texts) {
          String size = style(text, "font-size");
          assertTrue(Integer.parseInt(size.replace("px", "")) >= ChartTheme.SMALL,
              "'" + text.getTextContent() + "' in " + size);
          assertTrue(style(text, "font-family").endsWith(", sans-serif"), style(text, "font-family"));
        }
      }
    }

    @Test
    @DisplayName("names Java's logical family only by the generic family, and a real one in quotes before it")
    void fontFamilyMapping() {
      assertAll(
          () -> assertEquals("sans-serif", ChartDrawing.cssFontFamily("SansSerif")),
          () -> assertEquals("\"WenQuanYi Micro Hei\", sans-serif", ChartDrawing.cssFontFamily("WenQuanYi Micro Hei")));
    }
  }

  @Nested
  @DisplayName("Monthly charts")
  class Monthly {
    @Test
    @DisplayName("over more than 12 months label the first month of each quarter, the year under January")
    void quarters() throws Exception {
      List<String> texts = texts(trend(ENGLISH, months("2023-02", 23), around(40, 23), -1, -1).svg());
      assertAll(
          () -> assertEquals(1, texts.stream().filter("Jan"::equals).count(), texts.toString()),
          () -> assertEquals(2, texts.stream().filter("Apr"::equals).count(), texts.toString()),
          () -> assertTrue(texts.containsAll(List.of("Jul", "Oct", "2024")), texts.toString()),
          () -> assertTrue(texts.stream().noneMatch(List.of("Feb", "Mar", "May", "Jun", "Aug", "Sep", "Nov",
              "Dec")::contains), texts.toString()),
          // The first label (April) carries its year although it is not January.
          () -> assertEquals(List.of("Apr", "2023"), texts.subList(texts.indexOf("Apr"), texts.indexOf("Apr") + 2)));
    }

    @Test
    @DisplayName("label every month up to 12 months, in the report's language")
    void everyMonth() throws Exception {
      List<String> english = texts(new RateLineChart(ENGLISH, 680, 260).render("r", months("2024-01", 12), "Hit rate",
          repeat(0.2, 12), "Hit rate", -1, -1).svg());
      List<String> chinese = texts(new RateLineChart(CHINESE, 680, 260).render("r", months("2024-01", 12), "查获率",
          repeat(0.2, 12), "查获率", -1, -1).svg());
      assertTrue(english.containsAll(List.of("Jan", "Feb", "Mar", "Jun", "Nov", "Dec", "2024")), english.toString());
      assertTrue(chinese.containsAll(List.of("1月", "2月", "12月", "2024")), chinese.toString());
    }

    @Test
    @DisplayName("refuse a month not written yyyy-MM, naming it")
    void badMonth() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> trend(ENGLISH, List.of("2024-01", "Feb 2024"), new double[] {1, 2}, -1, -1));
      assertTrue(e.getMessage().contains("'Feb 2024'"), e.getMessage());
    }

    @Test
    @DisplayName("shade the band as one rectangle, whatever its length, labelled once; none without a band")
    void band() throws Exception {
      List<String> months = months("2023-01", 24);
      ChartImage trend = trend(ENGLISH, months, around(40, 24), 18, 23);
      ChartImage rate = new RateLineChart(ENGLISH, 680, 260).render("r", months, "Hit rate", repeat(0.2, 24),
          "Hit rate", 20, 23);
      ChartImage lines = new BandLineChart(ENGLISH, 680, 300).render("b", months, series("In", around(8, 24)),
          "Seizures", 4, 6, "DEMETER-IX");
      ChartImage none = new BandLineChart(ENGLISH, 680, 300).render("n", months, series("In", around(8, 24)),
          "Seizures", -1, -1, "DEMETER-IX");
      assertAll(
          () -> assertEquals(1, rects(trend.svg(), BAND)),
          () -> assertEquals(1, rects(rate.svg(), BAND)),
          () -> assertEquals(1, rects(lines.svg(), BAND)),
          () -> assertEquals(0, rects(none.svg(), BAND)),
          () -> assertEquals(1, texts(trend.svg()).stream().filter("Report period"::equals).count()),
          () -> assertEquals(1, texts(lines.svg()).stream().filter("DEMETER-IX"::equals).count()),
          () -> assertFalse(texts(none.svg()).contains("DEMETER-IX")));
      Element band = elements(lines.svg(), "rect").stream().filter(r -> BAND.equals(style(r, "fill"))).findFirst()
          .orElseThrow();
      double opacity = Double.parseDouble(style(band, "fill-opacity"));
      assertTrue(opacity > 0.05 && opacity < 0.5, "translucent: " + opacity);
    }

    @Test
    @DisplayName("a rate axis starts at 0 and ends a little above the highest rate, not at 100 %")
    void rateAxis() throws Exception {
      List<String> texts = texts(new RateLineChart(ENGLISH, 680, 260).render("r", months("2024-10", 3), "Hit rate",
          new double[] {0.2, Double.NaN, 0.4}, "Hit rate", 2, 2).svg());
      assertTrue(texts.containsAll(List.of("0%", "40%")), texts.toString());
      assertFalse(texts.contains("100%") || texts.contains("60%"), texts.toString());
    }

    @Test
    @DisplayName("small rates get percent ticks with the decimals they need, never two ticks labelled alike")
    void smallRates() throws Exception {
      List<String> ticks = texts(new RateLineChart(ENGLISH, 680, 260).render("r", months("2024-10", 3), "Hit rate",
          new double[] {0.004, 0.012, 0.009}, "Hit rate", -1, -1).svg()).stream().filter(t -> t.endsWith("%"))
          .toList();
      assertEquals(ticks.stream().distinct().toList(), ticks);
      assertTrue(ticks.contains("1.0%") || ticks.contains("1.2%") || ticks.contains("1%"), ticks.toString());
    }
  }

  @Nested
  @DisplayName("The trend chart's tonnes line")
  class OffScale {
    @Test
    @DisplayName("stops its axis short of one extreme month, which is marked at the top with its true value")
    void extremeMonth() throws Exception {
      double[] tonnes = around(40, 24);
      tonnes[9] = 912.4;
      List<String> texts = texts(trend(ENGLISH, months("2023-01", 24), tonnes, -1, -1).svg());
      assertTrue(texts.contains("912"), texts.toString());
      List<Double> ticks = texts.stream().filter(t -> t.matches("[\\d,.]+") && !t.matches("20\\d\\d"))
          .map(t -> t.replace(",", "")).map(Double::valueOf).filter(v -> v != 912).toList();
      assertTrue(ticks.stream().allMatch(v -> v <= 100), "no tick near the extreme: " + ticks);
    }

    @Test
    @DisplayName("keeps its axis to the data when no month stands out")
    void noExtreme() throws Exception {
      double[] tonnes = around(40, 24);
      tonnes[9] = 90;
      List<String> texts = texts(trend(ENGLISH, months("2023-01", 24), tonnes, -1, -1).svg());
      assertTrue(texts.contains("80"), "an axis tick above the 95th percentile's 1.5 x: " + texts);
    }

    @ParameterizedTest(name = "{0} months, largest {1}: limit {2}")
    @CsvSource({
        "24, 912, 60",  // 40 is the 95th percentile (lower rank): the axis ends at 1.5 x 40
        "24, 99, NaN",  // not beyond 2.5 x 40
        "9, 912, NaN",  // too few months to tell what is usual
    })
    @DisplayName("sets the limit at 1.5 × the 95th percentile when the largest value is beyond 2.5 ×")
    void limit(int count, double largest, double expected) {
      double[] values = repeat(40, count);
      values[count / 2] = largest;
      OffScaleMarks marks = OffScaleMarks.of(ENGLISH, values, Color.ORANGE);
      if (Double.isNaN(expected)) {
        assertNull(marks);
      } else {
        assertEquals(expected, marks.limit(), 1e-9);
        assertEquals(expected, Arrays.stream(marks.clipped()).max().orElseThrow(), 1e-9);
      }
    }
  }

  @Nested
  @DisplayName("The stacked bar chart")
  class Stacked {
    private final LinkedHashMap<String, double[]> categories = series("E-waste", new double[] {5, 6, 7},
        "Plastics", new double[] {3, 4, 5}, "Other categories", new double[] {1, 2, 3});

    @Test
    @DisplayName("draws the series the caller names as the other remainder in grey, the rest in the palette")
    void other() throws Exception {
      String svg = new StackedBarChart(ENGLISH, 680, 300).render("s", List.of("Q1", "Q2", "Q3"), categories,
          "Seizures", "Other categories").svg();
      assertEquals(List.of(3L, 3L, 3L), List.of(rects(svg, BLUE), rects(svg, ORANGE), rects(svg, GREY)));
    }

    @Test
    @DisplayName("without a name for the remainder keeps every series in the palette")
    void noOther() throws Exception {
      String svg = new StackedBarChart(ENGLISH, 680, 300).render("s", List.of("Q1", "Q2", "Q3"), categories,
          "Seizures").svg();
      assertEquals(0, rects(svg, GREY));
    }
  }

  @Nested
  @DisplayName("The grouped bar chart")
  class Grouped {
    @Test
    @DisplayName("draws no bar and no label for a missing value, and labels the others with the decimals asked for")
    void missingValue() throws Exception {
      String svg = new GroupedBarChart(ENGLISH, 680, 300).render("g", List.of("DEMETER-VIII", "DEMETER-IX",
          "DEMETER-X"), series("Operation's ports", new double[] {3.1, 4.6, 3.8}, "Other ports",
          new double[] {Double.NaN, 1.2, 1.9}), "Seizures per 1,000 administration-days", 2).svg();
      List<String> texts = texts(svg);
      assertAll(
          () -> assertEquals(List.of(3L, 2L), List.of(rects(svg, BLUE), rects(svg, ORANGE))),
          () -> assertTrue(texts.containsAll(List.of("3.10", "4.60", "3.80", "1.20", "1.90", "DEMETER-VIII",
              "Operation's ports", "Other ports")), texts.toString()),
          () -> assertEquals(5, texts.stream().filter(t -> t.matches("\\d\\.\\d\\d")).count(), texts.toString()));
    }

    @Test
    @DisplayName("labels a real zero, unlike a missing value")
    void zero() throws Exception {
      List<String> texts = texts(new GroupedBarChart(ENGLISH, 680, 300).render("g", List.of("A", "B", "C"),
          series("In", new double[] {Double.NaN, 0, 2}), "Rate", 2).svg());
      assertEquals(List.of("0.00", "2.00"), texts.stream().filter(t -> t.matches("\\d\\.\\d\\d")).toList());
    }

    @Test
    @DisplayName("shows small rates with two significant digits rather than as 0.00")
    void smallValues() throws Exception {
      List<String> texts = texts(new GroupedBarChart(CHINESE, 680, 300).render("g", List.of("DEMETER-VIII",
          "DEMETER-IX", "DEMETER-X"), series("行动口岸", new double[] {0.0031, 0.0046, 0.0038}), "查获案件", 2).svg());
      assertTrue(texts.containsAll(List.of("0.0031", "0.0046", "0.0038", "行动口岸")), texts.toString());
    }

    @ParameterizedTest(name = "{0} with {1} decimals asked: {2}")
    @CsvSource({"3.1, 2, 2", "0.0031, 2, 4", "0.05, 0, 3", "120, 0, 0"})
    @DisplayName("keeps at least two significant digits")
    void decimals(double smallest, int asked, int shown) {
      assertEquals(shown, GroupedBarChart.labelDecimals(Map.of("a", new double[] {smallest, 900, Double.NaN}), asked));
    }
  }

  @Nested
  @DisplayName("The band line chart")
  class BandLines {
    @Test
    @DisplayName("draws one line per series with a gap at a missing month, the legend in the caller's order")
    void lines() throws Exception {
      double[] in = {8, 9, 7, 10, 49, 11, 9, 8, 10, 7, 9, 8, 11};
      double[] out = {14, 12, 13, 15, 33, 16, 14, 13, Double.NaN, 12, 15, 13, 14};
      String svg = new BandLineChart(ENGLISH, 680, 300).render("b", months("2023-10", 13),
          series("Operation's ports", in, "Other ports", out), "Seizures", 4, 4, "DEMETER-IX").svg();
      long blue = elements(svg, "line").stream().filter(l -> BLUE.equals(style(l, "stroke"))).count();
      long orange = elements(svg, "line").stream().filter(l -> ORANGE.equals(style(l, "stroke"))).count();
      List<String> texts = texts(svg);
      assertAll(
          () -> assertEquals(blue - 2, orange, "two segments fewer around the missing month"),
          () -> assertEquals(List.of("Operation's ports", "Other ports"),
              texts.stream().filter(t -> t.endsWith("ports")).toList()),
          () -> assertTrue(texts.containsAll(List.of("DEMETER-IX", "Oct", "Jan", "2024", "50")), texts.toString()));
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
