package org.wastetrail.jobs.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.wastetrail.jobs.ingest.IngestConfig;
import org.wastetrail.jobs.ingest.IngestJob;
import org.wastetrail.jobs.ingest.IngestResult;
import org.wastetrail.jobs.testing.SharedSpark;
import org.wastetrail.jobs.trends.LargestSeizures;
import org.wastetrail.reports.ReportRunner;
import org.wastetrail.reports.index.ReportIndex;

/** The pipeline on the bundled sample data, checked against figures computed without Spark and the planted truths. */
@ExtendWith(SharedSpark.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyzeIT {
  private static final Path SAMPLE_DATA = Path.of("..", "sample-data");
  private static final Path HS_MAP = Path.of("src", "main", "resources", "reference", "hs_waste_map.csv");

  @TempDir static Path out;
  private IngestResult ingest;
  private AnalyzeResult result;
  private JsonNode truth;

  @BeforeAll
  void runPipeline(SparkSession spark) throws IOException {
    String warehouse = out.resolve("warehouse").toString();
    ingest = new IngestJob(spark, new IngestConfig(SAMPLE_DATA.toString(), warehouse,
        out.resolve("quarantine").toString(), false, "test")).run();
    result = new AnalyzeJob(spark, AnalyzeConfig.defaults(warehouse, out.toString(), "test")).run();
    truth = new ObjectMapper().readTree(SAMPLE_DATA.resolve("truth.json").toFile());
  }

  private List<CSVRecord> table(String name) throws IOException {
    return IndependentTotals.read(out.resolve("data").resolve(name + ".csv"));
  }

  @Test
  @DisplayName("every generated row is accepted")
  void everyRowAccepted() {
    assertEquals(0, ingest.rowsQuarantined());
    assertEquals(truth.at("/totals/declarations").asLong(), ingest.tableRows().get("declarations"));
    assertEquals(truth.at("/totals/seizures").asLong(), ingest.tableRows().get("seizures"));
  }

  @Test
  @DisplayName("the four contract tables equal an independent computation, row for row")
  void contractTablesMatchIndependentTotals() throws IOException {
    IndependentTotals expected = new IndependentTotals(SAMPLE_DATA, HS_MAP);
    Map<String, Integer> keyColumns = Map.of("kpi_by_period", 2, "by_waste_category", 3, "by_port", 3, "by_route", 4);
    for (Map.Entry<String, Integer> table : keyColumns.entrySet()) {
      Map<String, List<String>> actual = new TreeMap<>();
      for (CSVRecord r : table(table.getKey())) {
        List<String> values = r.toList();
        actual.put(String.join(",", values.subList(0, table.getValue())),
            values.subList(table.getValue(), table.getValue() + 8));
      }
      Map<String, List<String>> wanted = new TreeMap<>();
      expected.tables.get(table.getKey()).forEach((key, m) -> wanted.put(key, m.formatted()));
      assertEquals(wanted.keySet(), actual.keySet(), table.getKey() + ": the same keys and periods");
      for (String key : wanted.keySet()) {
        List<String> want = wanted.get(key);
        List<String> got = actual.get(key);
        assertEquals(want.subList(0, 7), got.subList(0, 7), table.getKey() + " " + key);
        // The hit rate: empty alike, or equal to 10 significant digits (the contract asks for at least 6).
        assertEquals(want.get(7).isEmpty(), got.get(7).isEmpty(), table.getKey() + " " + key + " hit_rate");
        if (!want.get(7).isEmpty()) {
          assertEquals(Double.parseDouble(want.get(7)), Double.parseDouble(got.get(7)), 1e-10,
              table.getKey() + " " + key + " hit_rate");
        }
      }
    }
    assertEquals(36 + 12 + 3, table("kpi_by_period").size(), "36 months, 12 quarters, 3 years");
  }

  @Test
  @DisplayName("the planted seizure spike is an alert")
  void spikeFound() throws IOException {
    String port = truth.at("/signals/seizure_spike/port").asText();
    String month = truth.at("/signals/seizure_spike/month").asText();
    List<String> alerts = new ArrayList<>();
    for (CSVRecord r : table("alerts")) {
      alerts.add(r.get("dimension") + " " + r.get("key") + " " + r.get("period") + " " + r.get("observed"));
    }
    assertTrue(alerts.contains("PORT " + port + " " + month + " "
        + truth.at("/signals/seizure_spike/seizures_in_month").asText()), alerts.toString());
  }

  @Test
  @DisplayName("the planted emerging route is found in its first quarter, and no route before its look-back")
  void emergingRouteFound() throws IOException {
    List<String> emerging = new ArrayList<>();
    for (CSVRecord r : table("emerging_routes")) {
      assertTrue(r.get("period").compareTo("2023-Q1") >= 0, "four quarters of look-back from 2022-Q1: " + r);
      emerging.add(r.get("route_type") + " " + r.get("origin_country") + ">" + r.get("destination_country") + " "
          + r.get("period"));
    }
    assertTrue(emerging.contains("ORIGIN_DESTINATION " + truth.at("/signals/emerging_route/origin_country").asText()
        + ">" + truth.at("/signals/emerging_route/destination_country").asText() + " "
        + truth.at("/signals/emerging_route/first_quarter").asText()), emerging.toString());
  }

  @Test
  @DisplayName("the largest seizure of a year comes with its share, the year's total and median")
  void largestSeizures() throws IOException {
    String bulk = truth.at("/base_world/bulk_case_seizure_ids/0").asText();
    CSVRecord top2023 = table("largest_seizures").stream()
        .filter(r -> r.get("period_type").equals("YEAR") && r.get("period").equals("2023") && r.get("rank").equals("1"))
        .findFirst().orElseThrow();
    assertEquals(bulk, top2023.get("seizure_id"));
    CSVRecord kpi2023 = table("kpi_by_period").stream()
        .filter(r -> r.get("period_type").equals("YEAR") && r.get("period").equals("2023")).findFirst().orElseThrow();
    assertEquals(kpi2023.get("seized_kg"), top2023.get("period_seized_kg"));
    assertEquals(kpi2023.get("median_seizure_kg"), top2023.get("period_median_kg"));
    double share = Double.parseDouble(top2023.get("share_of_period_kg"));
    assertEquals(Double.parseDouble(top2023.get("quantity_kg")) / Double.parseDouble(kpi2023.get("seized_kg")), share,
        1e-9);
  }

  @Test
  @DisplayName("data quality conserves rows for every file and the manifest names every input and table")
  void qualityAndManifest() throws IOException {
    List<CSVRecord> quality = table("data_quality");
    // The generated files, as truth.json counts them, and the real trade baseline (not generated: counted here).
    String trade = "trade_baseline_owid_hs3915.csv";
    assertEquals(truth.at("/rows_per_file").size() + 1, quality.size());
    for (CSVRecord r : quality) {
      assertEquals("true", r.get("rows_conserved"), r.get("source_file"));
      String expected = r.get("source_file").equals(trade)
          ? String.valueOf(Files.readAllLines(SAMPLE_DATA.resolve(trade)).size() - 1)
          : truth.at("/rows_per_file/" + r.get("source_file")).asText();
      assertEquals(expected, r.get("rows_read"), r.get("source_file"));
    }
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("data/manifest.json").toFile());
    assertEquals(quality.size(), manifest.get("inputs").size());
    assertEquals(64, manifest.at("/inputs/0/sha256").asText().length());
    for (JsonNode table : manifest.get("tables")) {
      long rows = table(table.get("name").asText()).size();
      assertEquals(rows, table.get("rows").asLong(), table.get("name").asText());
    }
    assertEquals(result.tableRows().keySet().size(), manifest.get("tables").size());
  }

  @Test
  @DisplayName("the trend report of the latest complete quarter renders in English and Chinese, HTML and PDF")
  void trendReports() throws IOException {
    Path reports = out.resolve("reports");
    ReportRunner runner = new ReportRunner(out.resolve("data"), reports);
    ReportIndex.Entry en = runner.trend(null, Locale.ENGLISH, null);
    ReportIndex.Entry zh = runner.trend(null, Locale.SIMPLIFIED_CHINESE, "内部 – 执法敏感");
    runner.writeIndex(Locale.ENGLISH, List.of(en, zh));
    assertEquals("2024-Q4", en.period(), "the data ends on 2024-12-31, so Q4 is complete");
    CSVRecord q4 = table("kpi_by_period").stream()
        .filter(r -> r.get("period_type").equals("QUARTER") && r.get("period").equals("2024-Q4")).findFirst().orElseThrow();
    Document html = Jsoup.parse(reports.resolve(en.html()).toFile(), "UTF-8");
    assertEquals(String.format(Locale.ENGLISH, "%,d", Long.parseLong(q4.get("seizures"))),
        html.select(".kpi .value").get(0).text());
    assertEquals(5, html.select("figure svg").size());
    try (PDDocument pdf = Loader.loadPDF(reports.resolve(zh.pdf()).toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String text = stripper.getText(pdf);
        assertTrue(text.contains("内部 – 执法敏感"), "marking on page " + page);
        assertTrue(text.contains("第 " + page + " 页，共 " + pdf.getNumberOfPages() + " 页"), "footer on page " + page);
      }
    }
    Document index = Jsoup.parse(reports.resolve("index.html").toFile(), "UTF-8");
    assertEquals(List.of(en.html(), en.pdf(), zh.html(), zh.pdf()),
        index.select("tbody a").stream().map(a -> a.attr("href")).toList());
  }

  @Test
  @DisplayName("the operation review states the planted effect in words, puts the displaced port first, and comparisons"
      + " of editions render")
  void operationReviewAndComparison() throws IOException {
    String campaign = truth.at("/signals/campaign_effect/campaign_id").asText();
    Path reports = out.resolve("reports-campaigns");
    ReportRunner runner = new ReportRunner(out.resolve("data"), reports);
    assertEquals(List.of("GREENFENCE-2022", "DEMETER-VIII", "DEMETER-IX", "DEMETER-X"), runner.campaignsInData());
    ReportIndex.Entry review = runner.operation(campaign, Locale.ENGLISH, null);
    Document html = Jsoup.parse(reports.resolve(review.html()).toFile(), "UTF-8");
    CSVRecord inScope = comparison(campaign, "PRIOR", "IN_SCOPE");
    assertEquals(truth.at("/signals/campaign_effect/in_scope_during_campaign/seizures").asText(),
        html.select(".kpi .value").get(0).text());
    String effect = html.select("#sec-summary li").eachText().stream()
        .filter(t -> t.startsWith("Seizures per day at the operation's ports")).findFirst().orElseThrow();
    assertTrue(effect.matches("Seizures per day at the operation's ports rose \\d+\\.\\d times against the 31 days"
        + " before \\(95% interval \\d+\\.\\d+ to \\d+; p < 0\\.001\\)\\."), effect);
    assertTrue(effect.contains(String.format(Locale.ENGLISH, "rose %.1f times",
        Double.parseDouble(inScope.get("seizure_rate_ratio")))), effect + " vs " + inScope);
    String displaced = truth.at("/signals/campaign_effect/displacement/port").asText();
    assertEquals(displaced, html.select("#sec-displacement table.data tbody tr td").first().text());
    assertEquals(truth.at("/signals/campaign_effect/displacement/seizures_during_campaign").asText(),
        html.select("#sec-displacement table.data tbody tr").first().select("td").get(1).text());
    ReportIndex.Entry compared = runner.compare(List.of("DEMETER-IX", "DEMETER-VIII"), Locale.SIMPLIFIED_CHINESE, null);
    assertEquals("compare-DEMETER-VIII-DEMETER-IX-zh-CN.html", compared.html());
    try (PDDocument pdf = Loader.loadPDF(reports.resolve(compared.pdf()).toFile())) {
      String text = new PDFTextStripper().getText(pdf);
      assertTrue(text.contains("行动比较报告"), text);
      assertTrue(text.contains("106"), "Demeter IX's administrations");
    }
  }

  @Test
  @DisplayName("the planted campaign effect is significant at the scope ports and the displacement shows outside them")
  void campaignEffect() throws IOException {
    String campaign = truth.at("/signals/campaign_effect/campaign_id").asText();
    CSVRecord inScope = comparison(campaign, "PRIOR", "IN_SCOPE");
    assertEquals(truth.at("/signals/campaign_effect/in_scope_during_campaign/seizures").asText(),
        inScope.get("campaign_seizures"));
    assertEquals(truth.at("/signals/campaign_effect/in_scope_during_campaign/inspections").asText(),
        inScope.get("campaign_inspections"));
    assertTrue(Double.parseDouble(inScope.get("seizure_rr_ci_low")) > 1, "seizure rate up: " + inScope);
    assertTrue(Double.parseDouble(inScope.get("seizure_p_value")) < 0.01, "significant: " + inScope);
    CSVRecord outOfScope = comparison(campaign, "PRIOR", "OUT_OF_SCOPE");
    assertTrue(Double.parseDouble(outOfScope.get("seizure_rate_ratio")) > 1, "displacement: " + outOfScope);
    List<CSVRecord> series = table("campaign_series").stream()
        .filter(r -> r.get("campaign_id").equals(campaign) && r.get("scope").equals("IN_SCOPE")).toList();
    assertEquals(13, series.size(), "six months before, the campaign month, six after");
    assertEquals(List.of("DURING"), series.stream().filter(r -> r.get("period").equals("2023-10"))
        .map(r -> r.get("phase")).toList());
    CSVRecord during = series.get(6);
    assertEquals(List.of("2023-10", truth.at("/signals/campaign_effect/in_scope_during_campaign/seizures").asText(),
            truth.at("/signals/campaign_effect/in_scope_during_campaign/inspections").asText()),
        List.of(during.get("period"), during.get("seizures"), during.get("inspections")));
  }

  @Test
  @DisplayName("the campaign breakdown agrees with campaign_comparison: DEMETER-IX in scope 49 seizures, 158"
      + " inspections, 52 violations; every window's ALL row equals the comparison's PRIOR figures; ports add up")
  void campaignBreakdown() throws IOException {
    String campaign = truth.at("/signals/campaign_effect/campaign_id").asText();
    Map<String, CSVRecord> all = new TreeMap<>();
    Map<String, BigDecimal[]> portSums = new TreeMap<>();
    List<String> additive = List.of("seizures", "seized_kg", "seized_pieces", "unweighed_seizures", "unweighed_pieces",
        "declarations", "inspections", "violations", "outlier_seizures", "outlier_kg");
    for (CSVRecord r : table("campaign_breakdown")) {
      String window = r.get("campaign_id") + " " + r.get("window") + " " + r.get("scope");
      if (r.get("dimension").equals("ALL")) {
        all.put(window, r);
      } else if (r.get("dimension").equals("PORT")) {
        BigDecimal[] sums = portSums.computeIfAbsent(window, k -> zeros(additive.size()));
        for (int i = 0; i < additive.size(); i++) {
          sums[i] = sums[i].add(new BigDecimal(r.get(additive.get(i))));
        }
      }
    }
    CSVRecord demeter = all.get(campaign + " CAMPAIGN IN_SCOPE");
    assertEquals(List.of("2023-10-01", "2023-10-31", "49", "420", "158", "52"),
        List.of(demeter.get("window_from"), demeter.get("window_to"), demeter.get("seizures"),
            demeter.get("declarations"), demeter.get("inspections"), demeter.get("violations")));
    assertEquals(truth.at("/signals/campaign_effect/in_scope_during_campaign/seizures").asText(),
        demeter.get("seizures"));

    int compared = 0;
    for (CSVRecord c : table("campaign_comparison")) {
      if (!c.get("baseline").equals("PRIOR") || !c.get("waste_category").equals("ALL")) {
        continue;
      }
      for (String side : List.of("campaign", "baseline")) {
        CSVRecord row = all.get(c.get("campaign_id") + " " + (side.equals("campaign") ? "CAMPAIGN" : "PRIOR") + " "
            + c.get("scope"));
        List<String> expected = List.of(c.get(side + "_seizures"), c.get(side + "_inspections"),
            c.get(side + "_violations"), c.get(side + "_seized_kg"));
        List<String> actual = row == null ? List.of("0", "0", "0", "0")
            : List.of(row.get("seizures"), row.get("inspections"), row.get("violations"), row.get("seized_kg"));
        assertEquals(expected, actual, c.get("campaign_id") + " " + side + " " + c.get("scope"));
        compared++;
      }
    }
    assertEquals(4 * 2 * 2, compared, "4 campaigns, in and out of scope, campaign and prior windows");

    assertEquals(all.keySet(), portSums.keySet());
    for (Map.Entry<String, CSVRecord> window : all.entrySet()) {
      for (int i = 0; i < additive.size(); i++) {
        assertEquals(0, new BigDecimal(window.getValue().get(additive.get(i))).compareTo(portSums.get(window.getKey())[i]),
            window.getKey() + " " + additive.get(i) + ": the ports add up to the ALL row");
      }
    }
  }

  @Test
  @DisplayName("a campaign's heaviest seizure is its window's largest, with its share of the window's kg; outliers"
      + " are the seizures above the window's fence")
  void campaignLargestSeizures() throws IOException {
    Map<String, CSVRecord> all = new TreeMap<>();
    for (CSVRecord r : table("campaign_breakdown")) {
      if (r.get("window").equals("CAMPAIGN") && r.get("dimension").equals("ALL")) {
        all.put(r.get("campaign_id") + " " + r.get("scope"), r);
      }
    }
    List<CSVRecord> largest = table("campaign_largest_seizures");
    Map<String, Long> outliers = new TreeMap<>();
    for (CSVRecord r : largest) {
      CSVRecord window = all.get(r.get("campaign_id") + " " + r.get("scope"));
      BigDecimal kg = new BigDecimal(r.get("quantity_kg"));
      if (r.get("rank").equals("1")) {
        assertEquals(window.get("largest_seizure_kg"), r.get("quantity_kg"), r.toString());
      }
      assertEquals(kg.doubleValue() / Double.parseDouble(window.get("seized_kg")),
          Double.parseDouble(r.get("share_of_window_kg")), 1e-9, r.toString());
      boolean aboveFence = !window.get("outlier_fence_kg").isEmpty()
          && kg.compareTo(new BigDecimal(window.get("outlier_fence_kg"))) > 0;
      assertEquals(String.valueOf(aboveFence), r.get("outlier"), r.toString());
      outliers.merge(r.get("campaign_id") + " " + r.get("scope"), aboveFence ? 1L : 0L, Long::sum);
    }
    assertEquals(all.keySet(), outliers.keySet(), "a top list for every campaign window and scope with seizures");
    // Outliers are the heaviest seizures, so the top list holds all of them, or is all outliers.
    outliers.forEach((window, count) -> assertEquals(Math.min(LargestSeizures.DEFAULT_TOP,
        Long.parseLong(all.get(window).get("outlier_seizures"))), count, window));
  }

  @Test
  @DisplayName("campaign_editions compares every campaign with every earlier one; its campaign side is the campaign's")
  void campaignEditions() throws IOException {
    Map<String, CSVRecord> prior = new TreeMap<>();
    for (CSVRecord c : table("campaign_comparison")) {
      if (c.get("baseline").equals("PRIOR")) {
        prior.put(c.get("campaign_id") + " " + c.get("scope") + " " + c.get("waste_category"), c);
      }
    }
    List<String> pairs = new ArrayList<>();
    for (CSVRecord e : table("campaign_editions")) {
      if (e.get("scope").equals("IN_SCOPE") && e.get("waste_category").equals("ALL")) {
        pairs.add(e.get("campaign_id") + " " + e.get("baseline"));
        assertTrue(e.get("note").startsWith("rates per participating administration per day"), e.toString());
      }
      CSVRecord p = prior.get(e.get("campaign_id") + " " + e.get("scope") + " " + e.get("waste_category"));
      if (p != null) {
        assertEquals(List.of(p.get("campaign_seizures"), p.get("campaign_inspections"), p.get("campaign_seized_kg")),
            List.of(e.get("campaign_seizures"), e.get("campaign_inspections"), e.get("campaign_seized_kg")),
            e.toString());
      }
    }
    assertEquals(List.of("DEMETER-IX DEMETER-VIII", "DEMETER-IX GREENFENCE-2022", "DEMETER-VIII GREENFENCE-2022",
        "DEMETER-X DEMETER-IX", "DEMETER-X DEMETER-VIII", "DEMETER-X GREENFENCE-2022"), pairs);
    List<String> windows = table("campaign_windows").stream().map(r -> r.get("campaign_id") + " " + r.get("days")
        + " " + r.get("prior_from") + " " + r.get("prior_to")).toList();
    assertEquals(List.of("GREENFENCE-2022 303 2021-04-04 2022-01-31", "DEMETER-VIII 31 2022-08-31 2022-09-30",
        "DEMETER-IX 31 2023-08-31 2023-09-30", "DEMETER-X 31 2024-08-31 2024-09-30"), windows);
  }

  @Test
  @DisplayName("risk scores count what the declaration files hold, route by route and trader by trader, and the planted"
      + " high-risk route and trader rank in the top 3 while the 1-in-1 trader does not")
  void riskScores() throws IOException {
    Map<String, long[]> routes = new TreeMap<>();
    Map<String, long[]> traders = new TreeMap<>();
    long[] random = new long[2];
    try (var files = Files.list(SAMPLE_DATA)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith("declarations")).sorted().toList()) {
        for (CSVRecord d : IndependentTotals.read(file)) {
          String result = d.get("inspection_result");
          if (result.equals("NOT_INSPECTED")) {
            continue;
          }
          long violation = result.equals("VIOLATION") ? 1 : 0;
          addCount(routes, d.get("origin_country") + ">" + d.get("destination_country"), violation);
          addCount(traders, d.get("trader_id"), violation);
          if (d.get("control_type").equals("RANDOM")) {
            random[0]++;
            random[1] += violation;
          }
        }
      }
    }
    Map<String, List<CSVRecord>> byDimension = new TreeMap<>();
    for (CSVRecord r : table("risk_scores")) {
      byDimension.computeIfAbsent(r.get("dimension"), k -> new ArrayList<>()).add(r);
    }
    CSVRecord all = byDimension.get("ALL").get(0);
    assertEquals(List.of(truth.at("/totals/inspections").asText(), truth.at("/totals/violations").asText()),
        List.of(all.get("inspections"), all.get("violations")));
    assertEquals(List.of(String.valueOf(random[0]), String.valueOf(random[1])),
        List.of(all.get("random_inspections"), all.get("random_violations")), "the RANDOM stratum: prevalence");
    assertCounts(routes, byDimension.get("ROUTE"));
    assertCounts(traders, byDimension.get("TRADER"));

    // The route prior by the method of moments, computed here from the files' counts.
    double n = 0, x = 0, n2 = 0;
    for (long[] c : routes.values()) {
      n += c[0];
      x += c[1];
      n2 += (double) c[0] * c[0];
    }
    double mu = x / n;
    double spread = 0;
    for (long[] c : routes.values()) {
      spread += c[0] * Math.pow((double) c[1] / c[0] - mu, 2);
    }
    double rho = (spread / (mu * (1 - mu)) - (routes.size() - 1)) / (n - routes.size() + 1 - n2 / n);
    double strength = (1 - rho) / rho;
    CSVRecord beGh = byDimension.get("ROUTE").stream().filter(r -> r.get("key").equals("BE>GH")).findFirst()
        .orElseThrow();
    assertEquals(mu * strength, Double.parseDouble(beGh.get("prior_alpha")), 1e-6 * mu * strength);
    assertEquals((mu * strength + 84) / (strength + 141), Double.parseDouble(beGh.get("smoothed_rate")), 1e-9);
    assertEquals(List.of("141", "84"), List.of(beGh.get("inspections"), beGh.get("violations")), "truth.json");

    assertTrue(Integer.parseInt(beGh.get("rank")) <= 3, "the high-risk route in the top 3: " + beGh);
    String trader = truth.at("/signals/high_risk_trader/trader_id").asText();
    assertTrue(rankOf(byDimension.get("TRADER"), trader) <= 3, "the high-risk trader in the top 3");
    String oneInOne = truth.at("/signals/single_inspection_trader/trader_id").asText();
    assertTrue(rankOf(byDimension.get("TRADER"), oneInOne) > 3, "1 violation in 1 inspection is not a top target");
    assertEquals(List.of("1", "1", "1"), byDimension.get("TRADER").stream().filter(r -> r.get("key").equals(oneInOne))
        .map(r -> List.of(r.get("inspections"), r.get("violations"), r.get("hit_rate"))).findFirst().orElseThrow());
  }

  @Test
  @DisplayName("the backtest on the last 12 months finds more violations with the top-ranked routes than overall")
  void riskBacktest() throws IOException {
    List<CSVRecord> backtest = table("risk_backtest");
    assertEquals(5 * AnalyzeConfig.Targeting.DEFAULT_BUDGETS.size(), backtest.size(), "5 dimensions x 4 budgets");
    for (CSVRecord r : backtest) {
      assertEquals(List.of("2024-01-01", "2022-01-01", "2023-12-31", "2024-01-01", "2024-12-31"),
          List.of(r.get("cut_date"), r.get("train_from"), r.get("train_to"), r.get("test_from"), r.get("test_to")));
      assertTrue(Long.parseLong(r.get("selected_inspections")) <= Long.parseLong(r.get("budget_inspections")), r.toString());
    }
    CSVRecord routes = backtest.stream().filter(r -> r.get("dimension").equals("ROUTE")
        && r.get("budget_share").equals("0.1")).findFirst().orElseThrow();
    assertTrue(Double.parseDouble(routes.get("lift")) > 1.5, "the top routes of 2022-23 stay risky in 2024: " + routes);
  }

  @Test
  @DisplayName("licence breaches are exactly the four planted cases, with the quota excess to the gram")
  void licenceBreaches() throws IOException {
    JsonNode cases = truth.at("/signals/licence_cases");
    List<String> breaches = table("licence_breaches").stream().map(r -> r.get("breach") + " " + r.get("declaration_id")
        + " " + r.get("licence_id") + " " + r.get("excess_kg")).toList();
    assertEquals(List.of(
        "EXPIRED " + cases.at("/expired_licence/declaration_id").asText() + " "
            + cases.at("/expired_licence/licence_id").asText() + " ",
        "QUOTA_EXCEEDED " + cases.at("/quota_exceeded/crossing_declaration_id").asText() + " "
            + cases.at("/quota_exceeded/licence_id").asText() + " 8642.375",
        "WRONG_PORT " + cases.at("/wrong_port/declaration_id").asText() + " "
            + cases.at("/wrong_port/licence_id").asText() + " ",
        "NO_LICENCE " + cases.at("/no_licence/declaration_id").asText() + "  "), breaches);
    assertEquals(cases.at("/quota_exceeded/excess_kg").decimalValue().compareTo(new BigDecimal("8642.375")), 0);
    CSVRecord quota = table("licence_usage").stream()
        .filter(r -> r.get("licence_id").equals(cases.at("/quota_exceeded/licence_id").asText())).findFirst().orElseThrow();
    assertEquals(List.of("5", "108642.375", "8642.375"),
        List.of(quota.get("uses"), quota.get("used_kg"), quota.get("excess_kg")));
  }

  @Test
  @DisplayName("exactly the planted seizures are overdue: pending more than 90 days before 2024-12-31")
  void overdueRepatriations() throws IOException {
    List<String> overdue = table("repatriation_status").stream().filter(r -> r.get("status").equals("OVERDUE"))
        .map(r -> r.get("seizure_id")).toList();
    assertEquals(List.of("S202204I0000004", "S202210I0000005", "S202305I0000005", "S202311I0000005",
        "S202405I0000017"), overdue);
    assertEquals(truth.at("/totals/seizures").asLong(), table("repatriation_status").size());
    CSVRecord all = table("repatriation_summary").stream().filter(r -> r.get("dimension").equals("ALL")).findFirst()
        .orElseThrow();
    assertEquals(List.of("789", "31", "5", "327", "171", "145", "115"), List.of(all.get("seizures"), all.get("open"),
        all.get("overdue"), all.get("repatriated"), all.get("disposed"), all.get("released"), all.get("prosecuted")),
        "sample-data/README.md: 327 repatriated, 171 disposed, 145 released, 115 prosecuted, 31 pending");
    assertEquals("997", all.get("oldest_open_days"), "truth: the oldest overdue case has waited 997 days");
  }

  private static void addCount(Map<String, long[]> counts, String key, long violation) {
    long[] c = counts.computeIfAbsent(key, k -> new long[2]);
    c[0]++;
    c[1] += violation;
  }

  private static void assertCounts(Map<String, long[]> expected, List<CSVRecord> rows) {
    Map<String, List<String>> actual = new TreeMap<>();
    rows.forEach(r -> actual.put(r.get("key"), List.of(r.get("inspections"), r.get("violations"))));
    Map<String, List<String>> wanted = new TreeMap<>();
    expected.forEach((key, c) -> wanted.put(key, List.of(String.valueOf(c[0]), String.valueOf(c[1]))));
    assertEquals(wanted, actual);
  }

  private static int rankOf(List<CSVRecord> rows, String key) {
    return rows.stream().filter(r -> r.get("key").equals(key)).mapToInt(r -> Integer.parseInt(r.get("rank")))
        .findFirst().orElseThrow();
  }

  private static BigDecimal[] zeros(int n) {
    BigDecimal[] zeros = new BigDecimal[n];
    java.util.Arrays.fill(zeros, BigDecimal.ZERO);
    return zeros;
  }

  private CSVRecord comparison(String campaign, String baseline, String scope) throws IOException {
    return table("campaign_comparison").stream()
        .filter(r -> r.get("campaign_id").equals(campaign) && r.get("baseline").equals(baseline)
            && r.get("scope").equals(scope) && r.get("waste_category").equals("ALL"))
        .findFirst().orElseThrow();
  }

  @Test
  @DisplayName("a second analyze writes byte-identical tables")
  void deterministic(SparkSession spark) throws IOException {
    Path again = out.resolve("again");
    new AnalyzeJob(spark, AnalyzeConfig.defaults(out.resolve("warehouse").toString(), again.toString(), "test")).run();
    for (String table : result.tableRows().keySet()) {
      assertEquals(Files.readString(out.resolve("data").resolve(table + ".csv")),
          Files.readString(again.resolve("data").resolve(table + ".csv")), table);
    }
  }
}
