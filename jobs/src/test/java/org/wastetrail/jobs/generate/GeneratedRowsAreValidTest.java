package org.wastetrail.jobs.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wastetrail.jobs.generate.GeneratedFolder.Row;

@DisplayName("Every generated row follows the data contract")
class GeneratedRowsAreValidTest {

  @TempDir static Path tmp;
  private static GeneratedFolder signals;
  private static GeneratedFolder noSignals;
  private static GeneratedFolder acrossHs2022;
  private static GeneratedFolder acrossBasel2025;
  private static GeneratedFolder beforeTheBan;

  @BeforeAll
  static void generate() throws IOException {
    signals = GeneratedFolder.generate(tmp.resolve("signals"), 11, 20_000, "2022-01", "2024-12", true);
    noSignals = GeneratedFolder.generate(tmp.resolve("plain"), 11, 20_000, "2022-01", "2024-12", false);
    acrossHs2022 = GeneratedFolder.generate(tmp.resolve("hs2022"), 12, 8_000, "2020-07", "2022-06", true);
    acrossBasel2025 = GeneratedFolder.generate(tmp.resolve("basel2025"), 13, 20_000, "2024-04", "2025-06", true);
    beforeTheBan = GeneratedFolder.generate(tmp.resolve("ban"), 14, 5_000, "2016-01", "2019-12", false);
  }

  static Stream<GeneratedFolder> all() {
    return Stream.of(signals, noSignals, acrossHs2022, acrossBasel2025, beforeTheBan);
  }

  @Test
  @DisplayName("no row breaks a contract rule (header, ids, dates, codes, ports, directions, links, formats)")
  void contractRules() {
    all().forEach(folder -> {
      List<String> problems = ContractChecker.check(folder);
      assertTrue(problems.isEmpty(), folder.dir.getFileName() + ": " + problems.size() + " problems, first: "
          + problems.subList(0, Math.min(15, problems.size())));
    });
  }

  @Test
  @DisplayName("ids are unique across all files of a kind, and every file is UTF-8 without BOM with LF endings")
  void filesAndIds() throws IOException {
    for (GeneratedFolder folder : List.of(signals, acrossBasel2025)) {
      assertEquals(folder.declarations.size(), folder.declarationsById().size());
      assertEquals(folder.seizures.size(), folder.seizuresById().size());
      try (Stream<Path> files = Files.list(folder.dir)) {
        for (Path f : files.toList()) {
          byte[] bytes = Files.readAllBytes(f);
          assertTrue(bytes.length > 0 && bytes[0] != (byte) 0xEF, f + " starts with a BOM");
          assertTrue(!new String(bytes, StandardCharsets.UTF_8).contains("\r\n"), f + " has CRLF line ends");
        }
      }
    }
  }

  @Test
  @DisplayName("the clean world has no licence breach at all")
  void cleanLicences() {
    assertEquals(List.of(), LicenceAudit.breaches(noSignals));
    long licensedImports = noSignals.declarations.stream().filter(d -> !d.get("licence_id").isEmpty()).count();
    assertTrue(licensedImports > 100, "licensed imports exist: " + licensedImports);
  }

  @Test
  @DisplayName("only recent seizures are pending in the clean world")
  void onlyRecentPending() {
    LocalDate cutoff = noSignals.lastDate().minusDays(90);
    List<Row> overdue = noSignals.seizures.stream()
        .filter(s -> s.get("outcome").equals("PENDING") && s.date("seizure_date").isBefore(cutoff)).toList();
    assertEquals(List.of(), overdue);
    assertTrue(noSignals.seizures.stream().anyMatch(s -> s.get("outcome").equals("PENDING")));
  }

  @Test
  @DisplayName("truth.json states the rows of every file and the totals")
  void truthTotals() {
    all().forEach(folder -> {
      assertEquals(folder.declarations.size(), folder.truth.at("/totals/declarations").asLong());
      assertEquals(folder.seizures.size(), folder.truth.at("/totals/seizures").asLong());
      assertEquals(folder.licences.size(), folder.truth.at("/totals/licences").asLong());
      assertEquals(folder.campaigns.size(), folder.truth.at("/totals/campaigns").asLong());
      assertEquals(folder.lastDate().toString(), folder.truth.at("/period/last_date").asText());
      Map<String, Long> rows = Stream.of(folder.declarations, folder.seizures).flatMap(List::stream)
          .collect(Collectors.groupingBy(Row::file, Collectors.counting()));
      rows.forEach((file, n) -> assertEquals(n, folder.truth.at("/rows_per_file/" + file).asLong(), file));
    });
  }

  @Nested
  @DisplayName("codes follow their changes in time")
  class CodeChanges {

    @Test
    @DisplayName("e-waste is declared under 8548.90 before 2022 and under 85.49 from 2022 (HS 2022)")
    void hs2022() {
      assertTrue(has(acrossHs2022.declarations, d -> d.get("hs_code").equals("854890")));
      assertTrue(has(acrossHs2022.declarations, d -> d.get("hs_code").startsWith("8549")));
      assertTrue(has(acrossHs2022.declarations, d -> d.get("hs_code").equals("854810")));
    }

    @Test
    @DisplayName("the Basel 2025 e-waste codes appear from 2025 and the old ones before")
    void basel2025() {
      assertTrue(has(acrossBasel2025.seizures, s -> s.get("basel_code").equals("A1180")));
      assertTrue(has(acrossBasel2025.seizures,
          s -> s.get("basel_code").equals("A1181") || s.get("basel_code").equals("Y49")));
    }

    @Test
    @DisplayName("plastic goes to China before the 2018 ban and to South-East Asia and Turkey after it")
    void chinaBan() {
      long before = count(beforeTheBan.declarations, d -> d.date("declaration_date").getYear() < 2018
          && d.get("destination_country").equals("CN") && d.get("hs_code").startsWith("3915"));
      long after = count(beforeTheBan.declarations, d -> d.date("declaration_date").getYear() >= 2018
          && d.get("destination_country").equals("CN") && d.get("hs_code").startsWith("3915"));
      long diverted = count(beforeTheBan.declarations, d -> d.date("declaration_date").getYear() >= 2018
          && List.of("MY", "TH", "VN", "ID", "TR").contains(d.get("destination_country"))
          && d.get("hs_code").startsWith("3915"));
      assertTrue(before > 10 * Math.max(1, after), "before " + before + ", after " + after);
      assertTrue(diverted > before / 2, "diverted " + diverted);
    }
  }

  @Nested
  @DisplayName("the records look like an administration's")
  class Realism {

    @Test
    @DisplayName("most declarations are not inspected, random checks are about 2%, targeted ones find more")
    void controlMix() {
      List<Row> d = noSignals.declarations;
      double uninspected = share(d, r -> r.get("inspection_result").equals("NOT_INSPECTED"));
      double random = share(d, r -> r.get("control_type").equals("RANDOM"));
      assertTrue(uninspected > 0.85, "uninspected " + uninspected);
      assertTrue(random > 0.015 && random < 0.025, "random " + random);
      assertTrue(hitRate(d, "RISK_TARGETED") > 2 * hitRate(d, "RANDOM"));
    }

    @Test
    @DisplayName("most seizures rest on a violation declaration; some have none; some are counted in pieces only")
    void seizureKinds() {
      List<Row> s = signals.seizures;
      double linked = share(s, r -> !r.get("declaration_id").isEmpty());
      assertTrue(linked > 0.6 && linked < 0.95, "linked " + linked);
      assertTrue(has(s, r -> r.get("quantity_kg").isEmpty() && !r.get("pieces").isEmpty()));
      assertTrue(has(s, r -> !r.get("misdeclared_as").isEmpty()));
      assertTrue(has(s, r -> r.get("origin_country").equals("ZZ")));
      assertTrue(has(s, r -> !r.get("operation").isEmpty()));
      assertTrue(has(s, r -> !r.get("quantity_kg").isEmpty() && Double.parseDouble(r.get("quantity_kg")) > 1e7),
          "a bulk case of more than 10,000 t");
    }

    @ParameterizedTest(name = "[{0}]")
    @DisplayName("free text holds what a CSV reader must survive")
    @ValueSource(strings = {",", "\"", "\n", "<script>alert(1)</script>", "废旧电器", "ä", "é"})
    void awkwardText(String fragment) {
      assertTrue(has(signals.seizures, r -> r.get("notes").contains(fragment)
              || r.get("misdeclared_as").contains(fragment))
          || has(signals.declarations, r -> r.get("goods_description").contains(fragment)), fragment);
    }
  }

  private static boolean has(List<Row> rows, Predicate<Row> p) {
    return rows.stream().anyMatch(p);
  }

  private static long count(List<Row> rows, Predicate<Row> p) {
    return rows.stream().filter(p).count();
  }

  private static double share(List<Row> rows, Predicate<Row> p) {
    return count(rows, p) / (double) rows.size();
  }

  private static double hitRate(List<Row> rows, String control) {
    List<Row> c = rows.stream().filter(r -> r.get("control_type").equals(control)).toList();
    return count(c, r -> r.get("inspection_result").equals("VIOLATION")) / (double) c.size();
  }
}
