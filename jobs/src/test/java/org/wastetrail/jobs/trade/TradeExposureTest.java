package org.wastetrail.jobs.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wastetrail.jobs.reference.ReferenceLoader;
import org.wastetrail.jobs.trade.TradeExposure.Row;
import org.wastetrail.jobs.trade.TradeExposure.SeizureTotal;
import org.wastetrail.jobs.trade.TradeExposure.TradeFigure;

class TradeExposureTest {
  private static TradeFigure imports(String country, int year, String tonnes) {
    return new TradeFigure(country, year, "PLASTIC", "IMPORT", tonnes == null ? null : new BigDecimal(tonnes));
  }

  private static TradeFigure exports(String country, int year, String tonnes) {
    return new TradeFigure(country, year, "PLASTIC", "EXPORT", tonnes == null ? null : new BigDecimal(tonnes));
  }

  private static Row row(List<Row> rows, String country, int year) {
    return rows.stream().filter(r -> r.country().equals(country) && r.year() == year).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("intensity and changes worked by hand: seized t per 1,000 t, year on year, gaps left empty")
  void byHand() {
    List<TradeFigure> trade = List.of(
        imports("MY", 2022, "200000"), imports("MY", 2023, "250000"), exports("MY", 2023, null),
        imports("GB", 2023, "1000"), exports("GB", 2022, "80000"), exports("GB", 2023, "60000"));
    List<SeizureTotal> seizures = List.of(
        // 3 seizures into MY in 2023, 50,000 kg = 50 t; 2 from GB in 2023, 30 t; one into MY in 2022, 10 t.
        new SeizureTotal("MY", 2023, "PLASTIC", true, 3, new BigDecimal("50000.000000")),
        new SeizureTotal("GB", 2023, "PLASTIC", false, 2, new BigDecimal("30000")),
        new SeizureTotal("MY", 2022, "PLASTIC", true, 1, new BigDecimal("10000")),
        new SeizureTotal("ZZ", 2023, "PLASTIC", false, 4, new BigDecimal("1000")));
    List<Row> rows = TradeExposure.compute(trade, seizures, new int[] {2022, 2023});
    assertEquals(List.of("GB 2022", "GB 2023", "MY 2022", "MY 2023"),
        rows.stream().map(r -> r.country() + " " + r.year()).toList(), "no row for ZZ");
    Row my = row(rows, "MY", 2023);
    assertEquals(0, new BigDecimal("250000").compareTo(my.legalImportsT()));
    assertNull(my.legalExportsT(), "a blank figure stays missing");
    assertEquals(3L, my.seizuresAsDestination());
    assertEquals(0, new BigDecimal("50").compareTo(my.seizedTAsDestination()));
    assertEquals(0L, my.seizuresAsOrigin());
    assertEquals(0.2, my.seizedTPer1000TImported(), 1e-12); // 50 t / 250,000 t × 1,000
    assertNull(my.seizedTPer1000TExported());
    assertEquals(25.0, my.importsYoyPct(), 1e-12); // 200,000 → 250,000
    assertEquals(400.0, my.seizedTAsDestinationYoyPct(), 1e-12); // 10 t → 50 t
    assertNull(my.seizedTAsOriginYoyPct(), "from zero: no percentage");
    Row gb = row(rows, "GB", 2023);
    assertEquals(0.5, gb.seizedTPer1000TExported(), 1e-12); // 30 t / 60,000 t × 1,000
    assertEquals(0.0, gb.seizedTPer1000TImported(), 1e-12);
    assertEquals(-25.0, gb.exportsYoyPct(), 1e-12);
    assertNull(gb.importsYoyPct(), "no 2022 import figure");
    Row gb2022 = row(rows, "GB", 2022);
    assertEquals(0L, gb2022.seizuresAsOrigin(), "inside the seizure years: zero, not missing");
    assertFalse(gb.diversion());
  }

  @Test
  @DisplayName("outside the years of the seizure data, seizure columns are missing, not zero")
  void outsideSeizureYears() {
    List<Row> rows = TradeExposure.compute(List.of(imports("CN", 2018, "51414.39")), List.of(), new int[] {2022, 2024});
    Row cn = rows.get(0);
    assertNull(cn.seizuresAsDestination());
    assertNull(cn.seizedTAsDestination());
    assertNull(cn.seizedTPer1000TImported());
    assertNull(TradeExposure.compute(List.of(imports("CN", 2018, "1")), List.of(), null).get(0).seizuresAsOrigin());
  }

  @Test
  @DisplayName("the diversion rule on a hand-made world: a 10% destination halving flags a +50%, +50,000 t riser")
  void ruleByHand() {
    List<TradeFigure> trade = List.of(
        imports("AA", 2017, "900000"), imports("AA", 2018, "450000"), // major (90%), falls to exactly half
        imports("BB", 2017, "100000"), imports("BB", 2018, "150000"), // +50%, +50,000 t: flagged
        imports("CC", 2017, "1000"), imports("CC", 2018, "40000"), // +3,900% but only +39,000 t: not flagged
        imports("AA", 2019, "460000"), imports("BB", 2019, "400000")); // no collapse in 2019: nothing flagged
    List<Row> rows = TradeExposure.compute(trade, List.of(), null);
    assertTrue(row(rows, "BB", 2018).diversion());
    assertEquals("AA", row(rows, "BB", 2018).diversionFrom());
    assertFalse(row(rows, "CC", 2018).diversion());
    assertFalse(row(rows, "AA", 2018).diversion(), "the collapsing destination itself is not flagged");
    assertFalse(row(rows, "BB", 2019).diversion(), "a rise without a collapse is not a diversion");
  }

  @Test
  @DisplayName("on the real file: Malaysia and Thailand flagged in 2018 with China; no flag in 2008-2017")
  void realFile(@TempDir Path dir) throws Exception {
    OwidTradeImport.Result converted =
        OwidTradeImport.convert(OwidTradeImportTest.owidFile(), dir, ReferenceLoader.shippedCountryNames());
    List<TradeFigure> trade = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(converted.file(), StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        trade.add(new TradeFigure(r.get("reporter_country"), Integer.parseInt(r.get("year")), "PLASTIC", r.get("flow"),
            r.get("tonnes").isEmpty() ? null : new BigDecimal(r.get("tonnes"))));
      }
    }
    List<Row> rows = TradeExposure.compute(trade, List.of(), null);
    Map<Integer, Map<String, List<String>>> flags = new TreeMap<>();
    for (Row r : rows) {
      if (r.diversion()) {
        flags.computeIfAbsent(r.year(), y -> new TreeMap<>())
            .computeIfAbsent(r.diversionFrom(), d -> new ArrayList<>()).add(r.country());
      }
    }
    assertEquals("CN", row(rows, "MY", 2018).diversionFrom());
    assertEquals("CN", row(rows, "TH", 2018).diversionFrom());
    // Every flag of the real file, worked out by hand from it (see docs/analytics.md): 2018, China's ban (Hong Kong
    // collapsed too but lost fewer tonnes); 2019, Malaysia's own crackdown.
    assertEquals(Map.of(2018, Map.of("CN", List.of("ID", "KR", "MY", "TH", "TR")), 2019, Map.of("MY", List.of("LA"))),
        flags);
    for (int year = 2008; year <= 2017; year++) {
      assertFalse(flags.containsKey(year), "no collapse, no flag in " + year);
    }
    assertEquals(0, new BigDecimal("8877766.642").compareTo(row(rows, "CN", 2012).legalImportsT()));
    assertEquals(-99.1, row(rows, "CN", 2018).importsYoyPct(), 0.05);
    assertTrue(rows.stream().map(Row::country).collect(Collectors.toSet()).stream().allMatch(c -> c.length() == 2));
  }
}
