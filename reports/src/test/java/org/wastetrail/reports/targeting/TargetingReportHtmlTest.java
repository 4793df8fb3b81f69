package org.wastetrail.reports.targeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wastetrail.reports.ReportRunner;
import org.wastetrail.reports.data.ReportData;
import org.wastetrail.reports.data.ReportDataException;
import org.wastetrail.reports.html.TemplateRenderer;
import org.wastetrail.reports.index.ReportIndex;
import org.wastetrail.reports.model.ChartData;
import org.wastetrail.reports.model.FigureMaker;
import org.wastetrail.reports.model.Messages;
import org.wastetrail.reports.model.Report;

/**
 * The targeting report from a hand-made report-data folder ({@code targeting-data}, as of 2024-12-31): 300
 * inspections with 57 violations (19.0%), 40 random ones with 5 (12.5%); 11 routes (BE → GH first, 24 of 60, smoothed
 * 37.8%, 90% interval 28.3%–47.7%; IT → TN 11th), 6 traders of which T-0999 with 1 violation in 1 inspection ranks
 * 3rd, below T-0042 (22 in 100) and T-0007 (13 in 60); a backtest cut on 2024-01-01 with 160 test inspections and 30
 * violations (18.75%); five licence breaches (two NO_LICENCE, one UNKNOWN_LICENCE quoting a {@code <script>} licence
 * id, one WRONG_TRADER, one QUOTA_EXCEEDED of 3,500.125 kg, shown to the gram); eight seizures of which S-0001 (250 days) and S-0002 (120)
 * are overdue after 90 days. Charts are not drawn here: the figure maker records what it was given.
 */
class TargetingReportHtmlTest {
  @TempDir Path tmp;

  private final List<Object> charts = new ArrayList<>();
  private final FigureMaker recording = (name, title, description, data) -> {
    charts.add(data);
    return new Report.Figure(name, title, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"></svg>",
        description, name + ".png", null);
  };

  private static Path fixture() throws Exception {
    return Path.of(TargetingReportHtmlTest.class.getResource("/targeting-data").toURI());
  }

  private Document render(Path folder, Locale locale) {
    Messages messages = new Messages(locale);
    Report report = new TargetingReportBuilder(new TargetingData(ReportData.read(folder)), messages, recording)
        .build("MARKING", LocalDate.of(2025, 1, 6));
    return Jsoup.parse(new TemplateRenderer().render("targeting-report.ftlh", Map.of("report", report, "pdf", false),
        locale, messages.bundle()));
  }

  private Document english() throws Exception {
    return render(fixture(), Locale.ENGLISH);
  }

  /** A copy of the fixture with some tables emptied (header only) or removed. */
  private Path variant(List<String> emptied, List<String> removed) throws Exception {
    Path copy = tmp.resolve("data");
    Files.createDirectories(copy);
    try (Stream<Path> files = Files.list(fixture())) {
      for (Path file : files.toList()) {
        Files.copy(file, copy.resolve(file.getFileName()));
      }
    }
    for (String table : emptied) {
      Path file = copy.resolve(table + ".csv");
      Files.writeString(file, Files.readAllLines(file).get(0) + "\n");
    }
    for (String table : removed) {
      Files.delete(copy.resolve(table + ".csv"));
    }
    return copy;
  }

  private static List<String> texts(Element root, String css) {
    return root.select(css).stream().map(Element::text).toList();
  }

  private static List<List<String>> rows(Document doc, String section, int table) {
    return doc.getElementById(section).select("table.data").get(table).select("tbody tr").stream()
        .map(tr -> tr.select("td").stream().map(Element::text).toList()).toList();
  }

  @Test
  @DisplayName("headline: hit rate, random-check prevalence, breaches with kg over quota, overdue cases, as of a date")
  void headline() throws Exception {
    Document doc = english();
    assertEquals("Data as of 31 December 2024", doc.selectFirst(".title-page .period").text());
    assertEquals("Figures as of 31 December 2024.", doc.selectFirst("#sec-summary p.note").text());
    // 57/300 = 19.0%; random 5/40 = 12.5%; 5 breach rows; 2 seizures with status OVERDUE
    assertEquals(List.of("19.0%", "12.5%", "5", "2"), texts(doc, ".kpi .value"));
    assertEquals(List.of("violations / inspections 57 / 300", "declarations 1,200",
        "violations / random inspections 5 / 40",
        "only random checks estimate prevalence; targeted rates overstate it",
        "kg over quota 3,500.125", "declarations concerned 5",
        "oldest, days pending 250", "overdue after, days 90"), texts(doc, ".kpi .change"));
    List<String> summary = texts(doc, "#sec-summary ul.summary li");
    assertEquals("The highest-ranked route is BE → GH: 24 violations in 60 inspections, a smoothed hit rate of 37.8%"
        + " (90% interval 28.3% to 47.7%), 2.0 times the overall rate.", summary.get(1));
  }

  @Test
  @DisplayName("ranking: top 10 routes with smoothed rates and intervals; a 1-in-1 trader ranks below 22 in 100")
  void ranking() throws Exception {
    Document doc = english();
    List<List<String>> routes = rows(doc, "sec-ranking", 0);
    assertEquals(10, routes.size(), "11 routes, the top 10 shown");
    // smoothed (1.336 + 24) / (7.033 + 60) = 0.378, interval 0.2833-0.4768, lift 0.378 / 0.19 = 1.99
    assertEquals(List.of("1", "BE → GH", "60", "24", "40.0%", "37.8% (28.3%–47.7%)", "2.0×"), routes.get(0));
    assertFalse(routes.stream().anyMatch(r -> r.get(1).equals("IT → TN")), "rank 11 is left out");
    List<List<String>> traders = rows(doc, "sec-ranking", 1);
    assertEquals(List.of("T-0042", "T-0007", "T-0999", "T-0015", "T-0100", "T-0300"),
        traders.stream().map(r -> r.get(1)).toList());
    // (14.71 + 1) / (77.43 + 1) = 0.2003: the prior outweighs one inspection
    assertEquals(List.of("3", "T-0999", "1", "1", "100.0%", "20.0% (13.1%–27.8%)", "1.1×"), traders.get(2));
    assertEquals(List.of("Rank", "Route", "HS code", "Inspections", "Violations", "Smoothed rate (90% interval)",
        "Lift"), texts(doc.getElementById("sec-ranking").select("table.data").get(3), "thead th"));
    assertEquals(List.of("1", "BE → GH", "854890", "40", "20", "46.1% (34.2%–58.3%)", "2.4×"),
        rows(doc, "sec-ranking", 3).get(0));
    assertEquals(1, doc.select("#sec-ranking p.note").size(), "one method sentence, under the first table");

    ChartData.Intervals routeChart = (ChartData.Intervals) charts.get(0);
    assertEquals(3, charts.stream().filter(ChartData.Intervals.class::isInstance).count(), "routes, traders, HS codes");
    assertEquals("BE → GH", routeChart.keys().get(0));
    assertEquals(0.2833055992, routeChart.lows()[0], 1e-12);
    assertEquals(0.4, routeChart.raw()[0], 1e-12);
    assertEquals(0.19, routeChart.reference(), 1e-12);
    assertEquals("overall 19.0%", routeChart.referenceLabel());
  }

  @Test
  @DisplayName("backtest: one sentence per breakdown at the 10% budget, the table and the grouped chart")
  void backtest() throws Exception {
    Document doc = english();
    List<String> sentences = texts(doc, "#sec-backtest ul.summary li");
    // routes at 10%: 7/15 = 46.7% against 30/160 = 18.75% → 18.8%, lift 2.49
    assertEquals("Inspecting the top-ranked routes with 10% of the inspections from 1 January 2024 to 31 December 2024"
        + " would have found violations in 46.7% of them, against 18.8% overall (2.5 times).", sentences.get(0));
    // traders: 1/1, lift 1 / 0.1875 = 5.33; route × HS: 7/16 = 43.75% → 43.8%, lift 2.33
    assertTrue(sentences.get(1).contains("top-ranked traders") && sentences.get(1).contains("100.0% of them")
        && sentences.get(1).endsWith("(5.3 times)."), sentences.get(1));
    assertTrue(sentences.get(3).contains("43.8% of them") && sentences.get(3).endsWith("(2.3 times)."),
        sentences.get(3));
    assertEquals("With 10% of the inspections from 1 January 2024 to 31 December 2024, no top-ranked ports fitted in"
        + " the budget: each had more inspections than that.", sentences.get(4));
    List<List<String>> table = rows(doc, "sec-backtest", 0);
    assertEquals(20, table.size(), "five breakdowns × four budgets");
    // Clopper–Pearson 95% for 7 of 15: 0.2127 to 0.7341
    assertEquals(List.of("Routes", "10% (16)", "2 of 11", "15", "7", "46.7% (21.3%–73.4%)", "18.8%", "2.5×"),
        table.get(1));
    ChartData.Grouped chart = (ChartData.Grouped) charts.get(3);
    assertEquals(List.of("5%", "10%", "20%", "50%"), chart.categories());
    assertEquals(List.of("Routes", "Traders", "HS codes", "Routes by HS code", "Ports", "All inspections"),
        List.copyOf(chart.series().keySet()));
    assertEquals(700.0 / 15, chart.series().get("Routes")[1], 1e-6);
    assertTrue(Double.isNaN(chart.series().get("Ports")[1]), "no port selected: no bar");
    assertEquals(18.75, chart.series().get("All inspections")[3], 1e-9);
  }

  @Test
  @DisplayName("licences: counts of the eight kinds, the quota case, the full list escaped, licences over 80%")
  void licences() throws Exception {
    Document doc = english();
    List<List<String>> kinds = rows(doc, "sec-licences", 0);
    assertEquals(List.of(List.of("No licence quoted", "2", "15,000"), List.of("Unknown licence", "1", "8,000"),
        List.of("Licence not yet valid", "0", "0"), List.of("Licence expired", "0", "0"),
        List.of("Licence of another trader", "1", "5,000"), List.of("Licence for another port", "0", "0"),
        List.of("Goods not covered by the licence", "0", "0"), List.of("Quota exceeded", "1", "9,500")), kinds);
    assertEquals(List.of(List.of("L-2024-03", "T-0007", "40,000", "43,500.125", "3,500.125", "D-1010", "2024-07-01")),
        rows(doc, "sec-licences", 1));
    List<List<String>> all = rows(doc, "sec-licences", 2);
    assertEquals(List.of("2024-03-10", "D-1002", "Unknown licence", "CNSHA", "T-0300", "470790", "8,000",
        "<script>alert(1)</script>"), all.get(1));
    assertTrue(doc.select("script").isEmpty(), "the licence id arrived as text, not as an element");
    // used 43,500.125 / 40,000 = 1.087503125 → 108.8%; 8,500 / 10,000 = 85.0%; L-2023-01 at 30% is
    // not listed
    assertEquals(List.of(List.of("L-2024-03", "T-0007", "3915", "–", "2024-01-01 – 2024-12-31", "40,000", "43,500",
        "108.8%"), List.of("L-2024-09", "T-0015", "4707", "CNSHA", "2024-01-01 – 2024-12-31", "10,000", "8,500",
        "85.0%")), rows(doc, "sec-licences", 3));
  }

  @Test
  @DisplayName("repatriation: overdue seizures oldest first; ports and destinations with open cases, then all")
  void repatriation() throws Exception {
    Document doc = english();
    assertEquals(List.of(List.of("S-0001", "2024-04-25", "BEANR", "GH", "E-waste", "250"),
        List.of("S-0002", "2024-09-02", "NLRTM", "NG", "Plastics", "120")), rows(doc, "sec-repatriation", 0));
    // closed days 30, 42, 43, 60, 60 → median 43; repatriated 30, 42, 43, 60 → (42 + 43) / 2 = 42.5
    assertEquals(List.of(List.of("BEANR", "3", "1", "1", "51.5", "51.5"), List.of("DEHAM", "2", "1", "0", "42", "42"),
        List.of("NLRTM", "3", "1", "1", "45", "30"), List.of("All ports", "8", "3", "2", "43", "42.5")),
        rows(doc, "sec-repatriation", 1));
    assertEquals(List.of("GH", "NG", "All destinations"),
        rows(doc, "sec-repatriation", 2).stream().map(r -> r.get(0)).toList(), "MY has no open seizure");
    assertTrue(texts(doc, "#sec-methods p").contains("Figures are as of 31 December 2024. A seizure is open while its"
        + " outcome is pending or dated after that day, and overdue once open for more than 90 days."));
  }

  @Test
  @DisplayName("repatriation: past 100 overdue seizures the longest-waiting 100 are listed and a note gives the total")
  void overdueListCapped() throws Exception {
    Path data = variant(List.of(), List.of());
    Path status = data.resolve("repatriation_status.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(status));
    String model = lines.stream().filter(l -> l.startsWith("S-0002,")).findFirst().orElseThrow();
    // 110 more overdue seizures, waiting 91 to 200 days: with S-0001 (250) and S-0002 (120), 112 overdue in all.
    for (int i = 0; i < 110; i++) {
      lines.add(model.replace("S-0002,", String.format("S-9%03d,", i)).replace(",120,", "," + (91 + i) + ","));
    }
    Files.write(status, lines);
    Document doc = render(data, Locale.ENGLISH);
    List<List<String>> listed = rows(doc, "sec-repatriation", 0);
    assertEquals(TargetingReportBuilder.OVERDUE_LISTED, listed.size());
    assertEquals(List.of("S-0001", "250"), List.of(listed.get(0).get(0), listed.get(0).get(5)));
    assertEquals(List.of("S-9109", "200"), List.of(listed.get(1).get(0), listed.get(1).get(5)));
    // 250; 200 down to 121 (80 seizures); 120 twice, S-0002 before S-9029 (ties by id); then 119 down to 103.
    assertEquals(List.of("S-0002", "120"), List.of(listed.get(81).get(0), listed.get(81).get(5)));
    assertEquals(List.of("S-9029", "120"), List.of(listed.get(82).get(0), listed.get(82).get(5)));
    assertEquals(List.of("S-9012", "103"), List.of(listed.get(99).get(0), listed.get(99).get(5)));
    assertEquals("112", texts(doc, ".kpi .value").get(3));
    assertTrue(texts(doc, "#sec-repatriation p.note").contains("The 100 that have waited longest are listed, of 112"
        + " overdue seizures; every one is in repatriation_status.csv of the report data."));
    assertFalse(english().select("#sec-repatriation p.note").text().contains("waited longest"),
        "two overdue seizures are all listed, without the note");
  }

  @Test
  @DisplayName("Chinese: the same figures under Chinese headings, labels and dates")
  void chinese() throws Exception {
    Document doc = render(fixture(), Locale.SIMPLIFIED_CHINESE);
    assertEquals("布控目标报告", doc.selectFirst("h1").text());
    assertEquals("数据截至2024年12月31日", doc.selectFirst(".title-page .period").text());
    assertEquals(List.of("总体查获率", "违规发生率（随机查验）", "许可证违规", "逾期未退运"), texts(doc, ".kpi .label"));
    assertEquals(List.of("19.0%", "12.5%", "5", "2"), texts(doc, ".kpi .value"));
    assertEquals(List.of("超出配额", "1", "9,500"), rows(doc, "sec-licences", 0).get(7));
    assertEquals("2.0倍", rows(doc, "sec-ranking", 0).get(0).get(6));
    for (String heading : texts(doc, "h2, h3, th")) {
      assertTrue(heading.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
          heading);
    }
  }

  @Test
  @DisplayName("no backtest rows and no licence breach: a sentence says why, no empty table or chart")
  void emptyBacktestAndNoBreach() throws Exception {
    Document doc = render(variant(List.of("risk_backtest", "licence_breaches", "licence_usage"), List.of()),
        Locale.ENGLISH);
    assertEquals(List.of("No backtest: the data hold too little before or after the cut date (at least two months of"
        + " data, with inspections on both sides, are needed)."), texts(doc, "#sec-backtest ul.summary li"));
    assertTrue(doc.select("#sec-backtest table, #sec-backtest figure").isEmpty());
    assertFalse(charts.stream().anyMatch(ChartData.Grouped.class::isInstance), "no backtest chart");
    assertEquals(List.of("No licence breach in the data.", "No licence has used more than 80% of its quota."),
        texts(doc, "#sec-licences p.empty"));
    assertEquals("0", texts(doc, ".kpi .value").get(2));
  }

  @Test
  @DisplayName("data analysed before the targeting tables existed is refused, naming the missing table")
  void missingTable() throws Exception {
    Path folder = variant(List.of(), List.of("repatriation_summary"));
    ReportDataException e = assertThrows(ReportDataException.class,
        () -> new TargetingData(ReportData.read(folder)));
    assertEquals("the report data in " + folder + " has no repatriation_summary.csv: it predates the targeting tables"
        + " (run 'wastetrail analyze' again to write them)", e.getMessage());
    assertFalse(new ReportRunner(tmp.resolve("none"), tmp).hasTargetingData());
  }

  @Test
  @DisplayName("every targeting text is in both languages")
  void bothLanguages() {
    ResourceBundle english = new Messages(Locale.ENGLISH).bundle();
    ResourceBundle chinese = new Messages(Locale.SIMPLIFIED_CHINESE).bundle();
    List<String> targeting = english.keySet().stream()
        .filter(k -> k.startsWith("tgt.") || k.startsWith("breach.")).sorted().toList();
    assertEquals(targeting, chinese.keySet().stream().filter(k -> k.startsWith("tgt.") || k.startsWith("breach."))
        .sorted().toList());
    Map<String, String> sameText = new HashMap<>();
    targeting.stream().filter(k -> english.getString(k).equals(chinese.getString(k)) && !k.equals("tgt.interval"))
        .forEach(k -> sameText.put(k, english.getString(k)));
    assertNull(sameText.isEmpty() ? null : sameText, "untranslated");
  }

  @Test
  @DisplayName("the runner writes HTML and an A4 PDF whose text holds the headline figures, and an index entry")
  void pdf() throws Exception {
    Path out = tmp.resolve("reports");
    ReportRunner runner = new ReportRunner(fixture(), out);
    assertTrue(runner.hasTargetingData());
    ReportIndex.Entry entry = runner.targeting(Locale.ENGLISH, null);
    assertEquals(new ReportIndex.Entry("targeting", "2024-12-31", "as of 31 December 2024", "en", "Targeting report",
        "targeting-2024-12-31-en.html", "targeting-2024-12-31-en.pdf"), entry);
    assertTrue(Files.isRegularFile(out.resolve("targeting-2024-12-31-en-rank-ROUTE.png")));
    try (PDDocument pdf = Loader.loadPDF(out.resolve(entry.pdf()).toFile())) {
      String text = new PDFTextStripper().getText(pdf);
      assertTrue(text.contains("19.0%") && text.contains("57 / 300"), "headline tile");
      assertTrue(text.contains("46.7% (21.3%–73.4%)"), "backtest table");
      assertEquals(595.3, pdf.getPage(0).getMediaBox().getWidth(), 0.5, "A4");
    }
  }
}
