package org.wastetrail.reports.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.wastetrail.reports.data.ReportData;
import org.wastetrail.reports.data.ReportDataException;
import org.wastetrail.reports.html.TemplateRenderer;
import org.wastetrail.reports.model.ChartData;
import org.wastetrail.reports.model.FigureMaker;
import org.wastetrail.reports.model.Messages;
import org.wastetrail.reports.model.Report;

/**
 * Operation reviews and campaign comparisons from a hand-made report-data folder ({@code campaign-data}): data from
 * 2023-01-01 to 2024-03-31; OP-A (31 days, 50 administrations, NLRTM and DEHAM) with 12 seizures in scope against 2 in
 * the 31 days before (rate ratio 6, 1.343 to 55.19, p 0.01318), 6 against 3 at other ports, one outlier of 200,000 kg of
 * 250,500 kg; its same dates a year earlier lie before the data; OP-B (10 days, 60 administrations) with 5 seizures;
 * EARLY-2023 whose prior days lie before the data; OLD-2022 wholly before it. Charts are not drawn: the figure maker
 * records what it was given.
 */
class CampaignReportsHtmlTest {
  private final List<Object> charts = new ArrayList<>();
  private final FigureMaker recording = (name, title, description, data) -> {
    charts.add(data);
    return new Report.Figure(name, title, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"></svg>",
        description, name + ".png", null);
  };

  private static CampaignData data() throws Exception {
    return new CampaignData(ReportData.read(Path.of(CampaignReportsHtmlTest.class.getResource("/campaign-data")
        .toURI())));
  }

  private Document operation(String id, Locale locale) throws Exception {
    Messages messages = new Messages(locale);
    Report report = new OperationReviewBuilder(data(), id, messages, recording).build("MARKING",
        LocalDate.of(2024, 4, 2));
    return Jsoup.parse(new TemplateRenderer().render("operation-review.ftlh", Map.of("report", report, "pdf", false),
        locale, messages.bundle()));
  }

  private Document compare(List<String> ids, Locale locale) throws Exception {
    Messages messages = new Messages(locale);
    Report report = new CompareReportBuilder(data(), ids, messages, recording).build("MARKING",
        LocalDate.of(2024, 4, 2));
    return Jsoup.parse(new TemplateRenderer().render("campaign-compare.ftlh", Map.of("report", report, "pdf", false),
        locale, messages.bundle()));
  }

  private static List<String> texts(Document doc, String css) {
    return doc.select(css).stream().map(Element::text).toList();
  }

  private static List<List<String>> rows(Element section, int table) {
    return section.select("table.data").get(table).select("tbody tr").stream()
        .map(tr -> tr.select("td").stream().map(Element::text).toList()).toList();
  }

  @Test
  @DisplayName("operation review: totals, tiles against the days before, and the effect in plain words")
  void operationHeadline() throws Exception {
    Document doc = operation("OP-A", Locale.ENGLISH);
    assertEquals("Operation A", doc.selectFirst(".title-page .subtitle").text());
    assertEquals("1 October 2023 to 31 October 2023 (31 days), 50 participating administrations",
        doc.selectFirst(".title-page .period").text());
    assertEquals(List.of("12", "250.5", "300", "30", "30.0%"), texts(doc, ".kpi .value"));
    List<String> changes = texts(doc, ".kpi .change");
    assertEquals("vs the 31 days before +10 (+500.0%)", changes.get(0));
    assertEquals("vs the same dates a year earlier no earlier data", changes.get(1));
    assertEquals("vs the 31 days before +245.5 (+4,910.0%)", changes.get(2));
    assertEquals("vs the 31 days before +20.0 pp", changes.get(8));
    List<String> summary = texts(doc, "#sec-summary ul.summary li");
    assertEquals("During the operation, customs at its ports recorded 12 seizures weighing 250.5 tonnes. Seizures"
        + " counted in pieces only: 2 (300 pieces, not in the tonnage).", summary.get(0));
    assertEquals("Most seizures were of E-waste (7); the busiest port was NLRTM (8 seizures).", summary.get(1));
    assertEquals("Seizures per day at the operation's ports rose 6.0 times against the 31 days before"
        + " (95% interval 1.3 to 55; p = 0.013).", summary.get(2));
    assertEquals("Seizures per day at ports outside the operation rose 2.0 times against the 31 days before"
        + " (95% interval 0.42 to 12; p = 0.51). Chance alone could give a change of this size.", summary.get(3));
    assertTrue(texts(doc, "#sec-summary p.note").contains("Test operation & <checks>"));
  }

  @Test
  @DisplayName("effect section: each baseline in words and in the table; a baseline before the data has no number")
  void effect() throws Exception {
    Document doc = operation("OP-A", Locale.ENGLISH);
    List<String> sentences = texts(doc, "#sec-effect ul.summary li");
    assertEquals(List.of(
        "Seizures per day at the operation's ports rose 6.0 times against the 31 days before"
            + " (95% interval 1.3 to 55; p = 0.013).",
        "The hit rate of inspections at the operation's ports was 30.0% of 30 inspections against 10.0% in the 31"
            + " days before: 3.0 times (95% interval 0.72 to 12).",
        "No comparison with the same dates a year earlier: it starts on 2022-10-01, before the data (from 2023-01-01)."),
        sentences);
    List<List<String>> effect = rows(doc.getElementById("sec-effect"), 0);
    assertEquals(List.of("Days just before", "Operation's ports", "2023-08-31 – 2023-09-30", "12 / 2",
        "6.0 (1.3–55)", "p = 0.013"), effect.get(0));
    assertEquals(List.of("Days just before", "Other ports", "2023-08-31 – 2023-09-30", "6 / 3", "2.0 (0.42–12)",
        "p = 0.51"), effect.get(1));
    assertEquals(List.of("Same dates a year earlier", "Operation's ports", "2022-10-01 – 2022-10-31", "12 / 0", "–",
        "–"), effect.get(2), "before the data: no number");
    List<List<String>> hits = rows(doc.getElementById("sec-effect"), 1);
    assertEquals(List.of("Days just before", "Operation's ports", "30 / 20", "30.0% / 10.0%", "3.0 (0.72–12)"),
        hits.get(0));
    ChartData.Lines series = (ChartData.Lines) charts.get(0);
    assertEquals("2023-04", series.months().get(0));
    assertEquals("2024-03", series.months().get(series.months().size() - 1), "not past the data");
    assertEquals(6, series.bandFrom());
    assertEquals(6, series.bandTo());
    double[] inScope = series.series().get("Operation's ports");
    assertEquals(2, inScope[5]);
    assertEquals(12, inScope[6]);
    assertEquals(3, inScope[7]);
    assertEquals(6, series.series().get("Other ports")[6]);
  }

  @Test
  @DisplayName("breakdowns: waste types with ratios against the days before, ports with their prior seizures")
  void breakdowns() throws Exception {
    Document doc = operation("OP-A", Locale.ENGLISH);
    List<List<String>> waste = rows(doc.getElementById("sec-waste"), 0);
    assertEquals(List.of("E-waste", "7", "210.0", "300", "3,000", "≥ 1.6"), waste.get(0));
    assertEquals(List.of("Plastics", "5", "40.5", "0", "2,000", "2.5 (0.41–26)"), waste.get(1));
    List<List<String>> ports = rows(doc.getElementById("sec-ports"), 0);
    assertEquals(List.of("NLRTM", "8", "230.0", "25", "20", "30.0%", "2"), ports.get(0));
    assertEquals(List.of("DEHAM", "4", "20.5", "15", "10", "30.0%", "0"), ports.get(1));
    assertEquals(List.of("NL", "DE"), rows(doc.getElementById("sec-ports"), 1).stream().map(r -> r.get(0)).toList());
    assertEquals(List.of("GB → NG", "DE → GH"),
        rows(doc.getElementById("sec-routes"), 0).stream().map(r -> r.get(0)).toList());
  }

  @Test
  @DisplayName("largest seizures: the outlier set apart with its share, the median and the tonnage without it")
  void outliers() throws Exception {
    Document doc = operation("OP-A", Locale.ENGLISH);
    Element section = doc.getElementById("sec-largest");
    assertEquals("The median seizure weighed 2,500 kg. Outlying seizures above 95,000 kg: 1, weighing 200.0 tonnes,"
        + " 79.8% of the tonnage; without them the operation seized 50.5 tonnes.", section.selectFirst("p").text());
    assertEquals(List.of(List.of("1", "S-0001", "2023-10-12", "NLRTM", "GB → NG", "E-waste", "200,000",
        "79.8%")), rows(section, 0));
    assertEquals(List.of("2", "3"), rows(section, 1).stream().map(r -> r.get(0)).toList());
  }

  @Test
  @DisplayName("displacement: other ports' rate in words, and the ports whose seizures rose, largest rise first")
  void displacement() throws Exception {
    Document doc = operation("OP-A", Locale.ENGLISH);
    Element section = doc.getElementById("sec-displacement");
    assertEquals("Seizures per day at ports outside the operation rose 2.0 times against the 31 days before"
        + " (95% interval 0.42 to 12; p = 0.51). Chance alone could give a change of this size.",
        section.selectFirst("ul.summary li").text());
    assertEquals(List.of(List.of("MYPEN", "4", "1", "+3 (+300.0%)")), rows(section, 0), "GBFXT did not rise");
  }

  @Test
  @DisplayName("a campaign whose prior days lie before the data gets a caveat and a note, not a number")
  void baselineBeforeData() throws Exception {
    Document doc = operation("EARLY-2023", Locale.ENGLISH);
    assertTrue(texts(doc, "#sec-caveats li").contains("The 11 days before the operation lie before the data (which"
        + " start on 2023-01-01): no comparison with them."), texts(doc, "#sec-caveats li").toString());
    assertTrue(texts(doc, "#sec-effect li").contains("No comparison with the 11 days before: it starts on 2022-12-30,"
        + " before the data (from 2023-01-01)."), texts(doc, "#sec-effect li").toString());
    assertEquals("no earlier data", texts(doc, ".kpi .change b").get(0));
    assertEquals("The days before the operation lie before the data: no port can be compared.",
        doc.selectFirst("#sec-displacement .empty").text());
  }

  @Test
  @DisplayName("a campaign running past the data is flagged incomplete; one covering every port has no displacement")
  void incompleteAndEveryPort() throws Exception {
    Document doc = operation("LATE-2024", Locale.ENGLISH);
    assertTrue(texts(doc, "#sec-caveats li").contains(
        "The data end on 2024-03-31, before the operation did: its figures are incomplete."));
    assertEquals("The operation covered every port: there is no outside to move to.",
        doc.selectFirst("#sec-displacement ul.summary li").text());
    assertEquals(1, ((ChartData.Lines) charts.get(0)).series().size(), "no out-of-scope line");
  }

  @Test
  @DisplayName("an unknown campaign names those the data holds")
  void unknownCampaign() {
    ReportDataException e = assertThrows(ReportDataException.class, () -> operation("NOPE", Locale.ENGLISH));
    assertTrue(e.getMessage().endsWith("(it holds EARLY-2023, LATE-2024, OLD-2022, OP-A, OP-B)"), e.getMessage());
  }

  @Test
  @DisplayName("comparison: editions per 1,000 administration-days, the later against the earlier in words, caveats")
  void comparison() throws Exception {
    Document doc = compare(List.of("OP-B", "OP-A"), Locale.ENGLISH);
    List<List<String>> editions = rows(doc.getElementById("sec-editions"), 0);
    // 12 seizures / (31 days × 50) × 1,000 = 7.74; 5 / (10 × 60) × 1,000 = 8.33
    assertEquals(List.of("OP-A", "2023-10-01 – 2023-10-31", "31", "50", "2", "12", "7.74"), editions.get(0));
    assertEquals(List.of("OP-B", "2024-03-01 – 2024-03-10", "10", "60", "3", "5", "8.33"), editions.get(1));
    assertEquals(List.of(List.of("OP-A", "250.5", "2,500", "30", "30.0%", "6"),
        List.of("OP-B", "15.0", "3,000", "10", "50.0%", "1")), rows(doc.getElementById("sec-editions"), 1));
    ChartData.Grouped chart = (ChartData.Grouped) charts.get(0);
    assertEquals(List.of("OP-A", "OP-B"), chart.categories());
    assertEquals(12_000.0 / 1550, chart.series().get("Operation's ports")[0], 1e-9);
    assertEquals(1_000.0 / 600, chart.series().get("Other ports")[1], 1e-9);
    assertEquals("Seizures per administration per day at the ports of Operation B rose 1.1 times against Operation A"
        + " (95% interval 0.30 to 3.2; p = 0.79). Chance alone could give a change of this size.",
        texts(doc, "#sec-effect ul.summary li").get(0));
    assertEquals(List.of(List.of("OP-B / OP-A", "Operation's ports", "5 / 12", "1.1 (0.30–3.2)", "p = 0.79"),
        List.of("OP-B / OP-A", "Other ports", "1 / 6", "0.43 (0.010–3.6)", "p = 0.69")),
        rows(doc.getElementById("sec-effect"), 0));
    assertEquals(List.of("OP-B / OP-A", "Operation's ports", "10 / 30", "50.0% / 30.0%", "1.7 (0.75–3.7)"),
        rows(doc.getElementById("sec-effect"), 1).get(0));
    List<String> caveats = texts(doc, "#sec-caveats li");
    assertTrue(caveats.contains("Operation B had 60 participating administrations, Operation A had 50: rates are per"
        + " administration per day."), caveats.toString());
    assertTrue(caveats.contains("Operation B and Operation A ran at different ports: in-scope figures cover different"
        + " places."));
    assertTrue(caveats.contains("Operation B lasted 10 days, Operation A lasted 31: rates are per day."));
    assertEquals(List.of(List.of("E-waste", "7 (4.52)", "5 (8.33)"), List.of("Plastics", "5 (3.23)", "0 (0.00)")),
        rows(doc.getElementById("sec-waste"), 0));
  }

  @Test
  @DisplayName("comparison takes two or three different campaigns")
  void comparisonArguments() {
    assertThrows(IllegalArgumentException.class, () -> compare(List.of("OP-A", "OP-A"), Locale.ENGLISH));
    assertThrows(IllegalArgumentException.class, () -> compare(List.of("OP-A"), Locale.ENGLISH));
  }

  @Test
  @DisplayName("Chinese: the same numbers in Chinese sentences, no English left in the headings")
  void chinese() throws Exception {
    Document doc = operation("OP-A", Locale.SIMPLIFIED_CHINESE);
    assertEquals("行动评估报告", doc.selectFirst("h1").text());
    assertEquals("行动口岸日均查获案件为行动前31天的6.0倍（95%区间 1.3至55；p = 0.013）。",
        texts(doc, "#sec-summary ul.summary li").get(2));
    for (String heading : texts(doc, "h2")) {
      assertTrue(heading.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
          heading);
    }
  }
}
