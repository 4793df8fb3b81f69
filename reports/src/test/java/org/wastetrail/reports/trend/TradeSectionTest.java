package org.wastetrail.reports.trend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.wastetrail.reports.data.ReportData;
import org.wastetrail.reports.html.TemplateRenderer;
import org.wastetrail.reports.model.ChartData;
import org.wastetrail.reports.model.FigureMaker;
import org.wastetrail.reports.model.Messages;
import org.wastetrail.reports.model.Report;

/**
 * The annual report's "Legal trade and seizures" from a hand-made trade_exposure.csv (test resources, trade-data):
 * CN 50,000 t (2023) → 20,000 t (2024), MY 100,000 → 200,000 t flagged from CN, TH without figures, GB exporting
 * 80,000 t with 3 seizures (12 t) as origin.
 */
class TradeSectionTest {
  private final Map<String, Object> charted = new HashMap<>();
  private final FigureMaker capture = (name, title, description, data) -> {
    charted.put(name, data);
    return new Report.Figure(name, title, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"></svg>",
        description, name + ".png", null);
  };

  private Document render(String period, Locale locale) throws URISyntaxException {
    ReportData data = ReportData.read(Path.of(TradeSectionTest.class.getResource("/trade-data").toURI()));
    Messages messages = new Messages(locale);
    Report report = new TrendReportBuilder(data, ReportPeriod.parse(period), messages, capture)
        .build("OFFICIAL", LocalDate.of(2025, 1, 15));
    return Jsoup.parse(new TemplateRenderer().render("trend-report.ftlh", Map.of("report", report, "pdf", false),
        locale, messages.bundle()));
  }

  @Test
  @DisplayName("an annual report gains the section between the largest seizures and the appendices")
  void placed() throws Exception {
    Document doc = render("2024", Locale.ENGLISH);
    List<String> anchors = doc.select("nav.contents a.toc").stream().map(a -> a.attr("href")).toList();
    assertEquals(11, anchors.size());
    assertEquals("#sec-trade", anchors.get(anchors.indexOf("#sec-largest") + 1));
    assertEquals("Legal trade and seizures", doc.selectFirst("#sec-trade h2").text());
    assertEquals("Appendix A: data quality", doc.selectFirst("#sec-quality h2").text());
  }

  @Test
  @DisplayName("the charts hold the imports of the followed countries in thousand tonnes, gaps as NaN")
  void charts() throws Exception {
    render("2024", Locale.ENGLISH);
    ChartData.YearLines hubs = (ChartData.YearLines) charted.get("tradeHubs");
    assertEquals(List.of("2023", "2024"), hubs.years());
    assertEquals(List.of("China", "Hong Kong"), List.copyOf(hubs.series().keySet()));
    assertArrayEquals(new double[] {50.0, 20.0}, hubs.series().get("China"));
    assertTrue(Double.isNaN(hubs.series().get("Hong Kong")[0]), "no figure is a gap, not zero");
    ChartData.YearLines taken = (ChartData.YearLines) charted.get("tradeNew");
    assertEquals(List.of("Malaysia", "Thailand", "Vietnam", "Indonesia", "Turkey"),
        List.copyOf(taken.series().keySet()));
    assertArrayEquals(new double[] {100.0, 200.0}, taken.series().get("Malaysia"));
    assertTrue(Double.isNaN(taken.series().get("Thailand")[1]));
  }

  @Test
  @DisplayName("intensity tables: as destination against imports, as origin against exports, most tonnes first")
  void table() throws Exception {
    Document doc = render("2024", Locale.ENGLISH);
    List<Element> tables = doc.select("#sec-trade table.data");
    assertEquals(2, tables.size());
    assertEquals(List.of("MY Malaysia Plastics 5 40.0 200,000.0 0.200", "CN China Plastics 1 2.5 20,000.0 0.125"),
        tables.get(0).select("tbody tr").stream().map(Element::text).toList());
    assertEquals(List.of("GB Plastics 3 12.0 80,000.0 0.150"),
        tables.get(1).select("tbody tr").stream().map(Element::text).toList());
    assertEquals("Seizures against legal imports, 2024: the countries seizures were bound for",
        doc.select("#sec-trade h3").get(0).text());
  }

  @Test
  @DisplayName("the notes name the coverage, every gap of the followed countries, and the diversion flags")
  void notes() throws Exception {
    List<String> notes = render("2024", Locale.ENGLISH).select("#sec-trade p.note").stream()
        .map(Element::text).toList();
    assertEquals("The trade baseline covers 2023 to 2024.", notes.get(0));
    assertEquals("Years without an import figure for the destinations followed: Hong Kong (2023, 2024); "
        + "Thailand (2023, 2024); Vietnam (2023, 2024); Indonesia (2023, 2024); Turkey (2023, 2024).", notes.get(1));
    assertTrue(notes.get(2).startsWith("Gaps in the baseline (plastics): 2 country-years without an import figure, "
        + "4 without an export figure"), notes.get(2));
    assertTrue(notes.get(3).endsWith("2024: MY (as China's imports collapsed)."), notes.get(3));
  }

  @Test
  @DisplayName("a quarterly report has no such section; the annual one reads in Chinese too")
  void absentOrBeyond() throws Exception {
    Document quarter = render("2024-Q4", Locale.ENGLISH);
    assertNull(quarter.selectFirst("#sec-trade"));
    assertEquals(10, quarter.select("nav.contents a.toc").size());
    Document zh = render("2024", Locale.forLanguageTag("zh-CN"));
    assertEquals("合法贸易与查获", zh.selectFirst("#sec-trade h2").text());
  }
}
