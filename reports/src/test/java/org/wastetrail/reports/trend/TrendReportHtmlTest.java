package org.wastetrail.reports.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.wastetrail.reports.model.FigureMaker;
import org.wastetrail.reports.model.Messages;
import org.wastetrail.reports.model.Report;

/**
 * The trend report's HTML from a fixture report-data folder (a generated run's data), without Spark and without
 * drawing charts. Expected figures are read by hand from the fixture's kpi_by_period.csv:
 * 2024-Q4: 51 seizures, 1,419,121.24 kg, 3,436 pieces, 314 inspections, hit rate 0.152866242;
 * 2024-Q3: 59 seizures, hit rate 0.1741935484; 2023-Q4: 119 seizures.
 */
class TrendReportHtmlTest {
  private static final FigureMaker NO_DRAWING = (name, title, description, data) ->
      new Report.Figure(name, title, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"></svg>",
          description, name + ".png", null);

  private static Document render(Locale locale, String marking) throws URISyntaxException {
    ReportData data = ReportData.read(Path.of(TrendReportHtmlTest.class.getResource("/fixture-data").toURI()));
    Messages messages = new Messages(locale);
    Report report = new TrendReportBuilder(data, ReportPeriod.parse("2024-Q4"), messages, NO_DRAWING)
        .build(marking, LocalDate.of(2025, 1, 15));
    String html = new TemplateRenderer().render("trend-report.ftlh", Map.of("report", report, "pdf", false), locale,
        messages.bundle());
    return Jsoup.parse(html);
  }

  private static List<String> texts(Document doc, String css) {
    return doc.select(css).stream().map(Element::text).toList();
  }

  @Test
  @DisplayName("KPI tiles show the period's figures and their changes against the previous quarter and a year ago")
  void kpiTiles() throws Exception {
    Document doc = render(Locale.ENGLISH, "OFFICIAL – LAW ENFORCEMENT SENSITIVE");
    assertEquals(List.of("51", "1,419.1", "3,436", "314", "15.3%"), texts(doc, ".kpi .value"));
    List<String> changes = texts(doc, ".kpi .change");
    assertEquals("vs Q3 2024 -8 (-13.6%)", changes.get(0));
    assertEquals("vs Q4 2023 -68 (-57.1%)", changes.get(1));
    assertEquals("vs Q3 2024 -2.1 pp", changes.get(8));
    assertTrue(doc.select(".summary li").get(0).text()
        .startsWith("Customs recorded 51 seizures in Q4 2024, -8 (-13.6%) on Q3 2024"), doc.select(".summary li").text());
  }

  @Test
  @DisplayName("ten sections in the contents, each with its anchor, and the marking on the title page")
  void structure() throws Exception {
    Document doc = render(Locale.ENGLISH, "OFFICIAL – LAW ENFORCEMENT SENSITIVE");
    assertEquals(10, doc.select("nav.contents a.toc").size());
    for (Element link : doc.select("nav.contents a.toc")) {
      assertEquals(1, doc.select(link.attr("href")).size(), link.attr("href"));
    }
    assertEquals("OFFICIAL – LAW ENFORCEMENT SENSITIVE", doc.selectFirst(".title-page .marking").text());
    assertTrue(doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content").startsWith("default-src 'none'"));
    assertEquals(5, doc.select("figure svg").size());
    assertEquals(10, doc.select("#sec-ports table.data tbody tr").size(), "top ten ports");
  }

  @Test
  @DisplayName("untrusted text such as a marking with a script tag comes out as text, inert")
  void escaping() throws Exception {
    Document doc = render(Locale.ENGLISH, "<script>alert(1)</script>");
    assertTrue(doc.select("script").isEmpty());
    assertEquals("<script>alert(1)</script>", doc.selectFirst(".title-page .marking").text());
  }

  @Test
  @DisplayName("a zh-CN report has Chinese labels and the same figures")
  void chinese() throws Exception {
    Document doc = render(Locale.SIMPLIFIED_CHINESE, "内部资料");
    assertEquals("zh-CN", doc.selectFirst("html").attr("lang"));
    assertEquals(List.of("查获案件", "查获吨数", "未称重件数", "查验次数", "查获率"), texts(doc, ".kpi .label"));
    assertEquals(List.of("51", "1,419.1", "3,436", "314", "15.3%"), texts(doc, ".kpi .value"));
    assertTrue(doc.selectFirst(".title-page .period").text().contains("2024年第4季度"),
        doc.selectFirst(".title-page .period").text());
  }
}
