package org.wastetrail.jobs.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exchange package made from the hand-made data folder {@code export-data}: what it leaves out and suppresses. */
class ExportJobTest {
  static final Instant CREATED = Instant.parse("2024-07-02T10:00:00Z");
  /** Identifiers and free text planted in export-data; none may reach the package. */
  static final List<String> SECRETS = List.of("TR-ALPHA-9", "TR-BETA-7", "TR-GAMMA-3", "TR-DELTA-4", "LIC-XYZ-1",
      "LIC-Q-2", "DEC-00", "TEXT-OF-NOTE", "NOTE-SECRET", "S-SECRET-1", "T-UNLISTED-5", "/secret/input");

  @TempDir Path tmp;
  Path out;
  ExportResult result;

  static Path fixture() {
    try {
      return Path.of(ExportJobTest.class.getResource("/export-data/manifest.json").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static ExportResult export(Path out, int minCount) {
    return new ExportJob(new ExportConfig(fixture(), out, minCount, CREATED)).run();
  }

  @BeforeEach
  void exportFixture() {
    out = tmp.resolve("package");
    result = export(out, 3);
  }

  private List<String> lines(String file) throws IOException {
    return Files.readAllLines(out.resolve(file), StandardCharsets.UTF_8);
  }

  private static Map<String, String> files(Path folder) throws IOException {
    Map<String, String> contents = new TreeMap<>();
    try (Stream<Path> paths = Files.list(folder)) {
      for (Path p : paths.toList()) {
        contents.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return contents;
  }

  private static List<CSVRecord> records(Path csv) throws IOException {
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
         CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
      return parser.getRecords();
    }
  }

  @Nested
  @DisplayName("what is left out")
  class LeftOut {
    @Test
    @DisplayName("no trader id, licence id, declaration id, seizure id or note text in any file of the package")
    void noIdentifiers() throws IOException {
      String input = String.join("\n", files(fixture()).values());
      Map<String, String> output = files(out);
      for (String secret : SECRETS) {
        assertTrue(input.contains(secret), "the fixture plants " + secret);
        output.forEach((name, text) -> assertFalse(text.contains(secret), name + " holds " + secret));
      }
    }

    @Test
    @DisplayName("trader rows and the trader_id column of risk_scores are dropped, and so is the note column")
    void droppedRowsAndColumns() throws IOException {
      assertFalse(lines("risk_scores.csv").get(0).contains("trader_id"));
      assertEquals(List.of("ALL", "HS_CODE", "ROUTE"),
          records(out.resolve("risk_scores.csv")).stream().map(r -> r.get("dimension")).toList());
      assertFalse(lines("campaign_comparison.csv").get(0).contains("note"));
    }

    @Test
    @DisplayName("the backtest loses its trader rows, and a budget of a suppressed test count is suppressed with it")
    void backtest() throws IOException {
      List<String> lines = lines("risk_backtest.csv");
      assertEquals(3, lines.size(), "header and the two ROUTE rows: " + lines);
      // test_inspections 2 < 3: floor(0.5 x 2) = 1 would give it away.
      assertEquals("ROUTE,2024-01-01,2022-01-01,2023-12-31,2024-01-01,2024-12-31,0.5,,4,1,0,,,,,,,,,,"
          + "budget_inspections;selected_inspections;selected_violations;selected_hit_rate;selected_ci_low;"
          + "selected_ci_high;test_inspections;test_violations;test_hit_rate;lift", lines.get(1));
      assertEquals("ROUTE,2024-01-01,2022-01-01,2023-12-31,2024-01-01,2024-12-31,0.1,12,40,3,1,12,6,0.5,0.2109446,"
          + "0.7890554,120,30,0.25,2,", lines.get(2));
    }

    @Test
    @DisplayName("alerts keep only count measures: the seized_kg alert is dropped")
    void alertsOnCounts() throws IOException {
      assertEquals(List.of(
          "dimension,key,period_type,period,measure,observed,expected,threshold,dispersion,reference_months,method,"
              + "alpha,score,suppressed",
          "PORT,BEANR,MONTH,2024-03,seizures,5,6,10,1,9,FARRINGTON_QUASI_POISSON,0.01,-0.25,",
          "PORT,GHTEM,MONTH,2024-04,seizures,,0.5,1.8,1,9,FARRINGTON_QUASI_POISSON,0.01,,observed;score"),
          lines("alerts.csv"));
    }

    @Test
    @DisplayName("tables missing from the data are skipped silently; others are exported or named in the README")
    void missingAndUnlistedTables() throws IOException {
      assertEquals(List.of("kpi_by_period", "by_waste_category", "by_port", "emerging_routes", "campaign_windows",
          "campaign_editions", "campaign_series", "campaign_breakdown", "trade_exposure"), result.skipped());
      assertEquals(List.of("by_route", "alerts", "campaign_comparison", "risk_scores", "risk_backtest",
          "repatriation_summary", "licence_breach_summary"), result.tables().stream().map(ExportResult.TableSummary::name).toList());
      assertEquals(List.of("largest_seizures", "licence_breaches", "watchlist"), result.notExported());
      assertFalse(Files.exists(out.resolve("kpi_by_period.csv")));
      assertFalse(Files.exists(out.resolve("largest_seizures.csv")));
      String readme = Files.readString(out.resolve("README.md"));
      assertTrue(readme.contains("- `watchlist`: not on the export's allow-list"), readme);
      assertTrue(readme.contains("- `largest_seizures`: one row per seizure"), readme);
      assertTrue(readme.contains("primary suppression only"), readme);
      assertFalse(readme.contains(ColumnDescriptions.MISSING), "every exported column is described");
    }
  }

  @Nested
  @DisplayName("small counts")
  class SmallCounts {
    @Test
    @DisplayName("no guarded count under 3 in any CSV, and a suppressed count empties every cell it guards")
    void noCountUnderMinimum() throws IOException {
      int checked = 0;
      for (TableRule rule : ExportRules.ALLOW_LIST) {
        Path csv = out.resolve(rule.name() + ".csv");
        if (!Files.exists(csv)) {
          continue;
        }
        for (CSVRecord row : records(csv)) {
          for (Guard guard : rule.guards()) {
            if (guard.minus() != null || !row.isMapped(guard.count())) {
              continue;
            }
            String count = row.get(guard.count());
            if (count.isEmpty()) {
              for (String guarded : guard.guarded()) {
                assertTrue(!row.isMapped(guarded) || row.get(guarded).isEmpty(), rule.name() + " " + row);
              }
            } else {
              assertTrue(new BigDecimal(count).compareTo(BigDecimal.valueOf(3)) >= 0, rule.name() + " " + row);
              checked++;
            }
          }
        }
      }
      assertTrue(checked > 40, "counts checked: " + checked);
    }

    @Test
    @DisplayName("by_route: 2 violations suppress violations and hit_rate; 0 seizures suppress the seizure cells")
    void byRouteRows() throws IOException {
      List<String> lines = lines("by_route.csv");
      assertTrue(lines.get(0).endsWith(",largest_seizure_kg,suppressed"), lines.get(0));
      // Row 1: violations 2 < 3 -> violations, hit_rate; seizures 4 and inspections 8 keep the rate per 1000.
      assertEquals("MONTH,2024-01,BE,GH,4,1200.5,0,10,5000,8,,,500,300,500,violations;hit_rate", lines.get(1));
      // Row 2: seizures 0 -> seizures and the five cells derived from them; 3 inspections, 3 violations stay.
      assertEquals("MONTH,2024-01,CN,\"'=HYPERLINK(\"\"x\"\")\",,,,5,2500.25,3,3,1,,,,"
          + "seizures;seized_kg;seized_pieces;seizures_per_1000_inspections;median_seizure_kg;largest_seizure_kg",
          lines.get(2));
      assertEquals("QUARTER,2024-Q1,BE,GH,12,3000,7,30,15000,20,6,0.3,600,250,800,", lines.get(3));
    }

    @Test
    @DisplayName("campaign_comparison: 2 baseline seizures and 2 campaign violations suppress their ratios")
    void comparisonRow() throws IOException {
      assertEquals("'-OP1,PRIOR,2023-12-01,2023-12-31,IN_SCOPE,PLASTIC,31,31,4,,,,,,6,,5,3,,,,800,,"
          + "baseline_seizures;seizure_rate_ratio;seizure_rr_ci_low;seizure_rr_ci_high;seizure_p_value;"
          + "campaign_violations;hit_rate_ratio;hit_rr_ci_low;hit_rr_ci_high;baseline_seized_kg",
          lines("campaign_comparison.csv").get(2));
    }

    @Test
    @DisplayName("repatriation_summary: each count guards itself; 5 seizures - 3 open = 2 closed hide the median")
    void repatriationRows() throws IOException {
      // ALL: overdue 1, disposed 2, released 1, prosecuted 0 are small; 10 - 4 = 6 closed keep median_days_to_outcome.
      assertEquals(List.of(
          "dimension,key,seizures,open,overdue,repatriated,disposed,released,prosecuted,median_days_to_outcome,"
              + "median_days_to_repatriation,oldest_open_days,as_of,overdue_after_days,suppressed",
          "ALL,ALL,10,4,,3,,,,45,60,120,2024-06-30,90,overdue;disposed;released;prosecuted",
          "PORT,BEANR,5,3,,,,,,,,100,2024-06-30,90,overdue;repatriated;disposed;released;prosecuted;"
              + "median_days_to_outcome;median_days_to_repatriation"),
          lines("repatriation_summary.csv"));
    }

    @Test
    @DisplayName("--min-count 2 shows the counts of 2 that 3 suppresses")
    void lowerMinimum() throws IOException {
      Path two = tmp.resolve("two");
      export(two, 2);
      assertEquals("MONTH,2024-01,BE,GH,4,1200.5,0,10,5000,8,2,0.25,500,300,500,",
          Files.readAllLines(two.resolve("by_route.csv")).get(1));
    }
  }

  @Test
  @DisplayName("licence_breach_summary counts breaches by kind, year, port and HS heading, with exact sums")
  void breachSummary() throws IOException {
    // NO_LICENCE 2024 CNNGB 3915: DEC-003 300 + DEC-006 99.5 + DEC-007 50.25 = 449.75 kg, no excess.
    // QUOTA_EXCEEDED 2024 CNSHA 4707: gross 700.125 + 400 + 250 = 1350.125; excess 500.125 + 400 + 250 = 1150.125.
    // The 2023 NO_LICENCE case and the EXPIRED case are single breaches: suppressed.
    assertEquals(List.of("breach,year,port,hs_prefix,breaches,gross_kg,excess_kg,suppressed",
        "NO_LICENCE,2023,CNNGB,3915,,,,breaches;gross_kg;excess_kg",
        "NO_LICENCE,2024,CNNGB,3915,3,449.75,,",
        "EXPIRED,2024,CNNGB,3915,,,,breaches;gross_kg;excess_kg",
        "QUOTA_EXCEEDED,2024,CNSHA,4707,3,1350.125,1150.125,"), lines("licence_breach_summary.csv"));
  }

  @Test
  @DisplayName("JSON: numbers are numbers, codes stay strings, empty and suppressed cells are null")
  void json() throws IOException {
    JsonNode byRoute = new ObjectMapper().readTree(out.resolve("by_route.json").toFile());
    JsonNode second = byRoute.get("rows").get(1);
    assertTrue(second.get("seizures").isNull());
    assertTrue(second.get("declared_kg").isNumber());
    assertEquals(new BigDecimal("2500.25"), second.get("declared_kg").decimalValue());
    assertEquals(5, second.get("declarations").asInt());
    assertEquals("'=HYPERLINK(\"x\")", second.get("destination_country").asText());
    assertEquals("[\"seizures\",\"seized_kg\",\"seized_pieces\",\"seizures_per_1000_inspections\","
        + "\"median_seizure_kg\",\"largest_seizure_kg\"]", second.get("suppressed").toString());
    assertTrue(byRoute.get("rows").get(3).get("period").isTextual(), "the year 2024 as a period is a code");
    assertEquals("[]", byRoute.get("rows").get(3).get("suppressed").toString());

    JsonNode hs = new ObjectMapper().readTree(out.resolve("risk_scores.json").toFile()).get("rows").get(1);
    assertEquals("030910", hs.get("key").asText());
    assertEquals("030910", hs.get("hs_code").asText());
    assertTrue(hs.get("smoothed_rate").isNull());
    assertEquals(new BigDecimal("0.25"), hs.get("overall_hit_rate").decimalValue());
    JsonNode alert = new ObjectMapper().readTree(out.resolve("alerts.json").toFile()).get("rows").get(0);
    assertEquals(new BigDecimal("-0.25"), alert.get("score").decimalValue());

    JsonNode manifest = new ObjectMapper().readTree(out.resolve("export.json").toFile());
    assertEquals("2024-07-02T10:00:00Z", manifest.get("created").asText());
    assertEquals("fixture-run-7", manifest.get("source_run_id").asText());
    assertEquals(3, manifest.get("min_count").asInt());
    // by_route: 2 cells in row 1 + 6 in row 2.
    assertEquals("{\"name\":\"by_route\",\"csv\":\"by_route.csv\",\"json\":\"by_route.json\",\"rows\":4,"
        + "\"suppressed_cells\":8}", manifest.get("tables").get(0).toString());
  }

  @Test
  @DisplayName("text that starts like a formula is neutralised, numbers (also negative) are untouched")
  void spreadsheetSafe() throws IOException {
    assertTrue(lines("by_route.csv").get(2).contains("\"'=HYPERLINK(\"\"x\"\")\""));
    assertTrue(lines("campaign_comparison.csv").get(1).startsWith("'-OP1,PRIOR,"));
    assertTrue(lines("alerts.csv").get(1).endsWith(",0.01,-0.25,"));
  }

  @Test
  @DisplayName("exporting again gives the same bytes, also over an earlier package")
  void deterministic() throws IOException {
    Path again = tmp.resolve("again");
    export(again, 3);
    assertEquals(files(out), files(again));
    export(out, 3);
    assertEquals(files(again), files(out));
    List<String> names = new ArrayList<>(files(out).keySet());
    assertEquals(16, names.size(), names.toString());
  }
}
