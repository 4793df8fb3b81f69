package org.wastetrail.jobs.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wastetrail.jobs.io.InputException;
import org.wastetrail.jobs.reference.ReferenceLoader;

/** The conversion of OWID's real plastic waste trade file (a copy in the test resources, with its README). */
class OwidTradeImportTest {
  @TempDir static Path out;
  static OwidTradeImport.Result result;
  /** reporter|year|flow → tonnes as written ("" for a gap). */
  static final Map<String, String> TONNES = new HashMap<>();

  static Path owidFile() throws URISyntaxException {
    return Path.of(OwidTradeImportTest.class.getResource("/owid/plastic-waste-trade.csv").toURI());
  }

  @BeforeAll
  static void convert() throws Exception {
    result = OwidTradeImport.convert(owidFile(), out, ReferenceLoader.shippedCountryNames());
    try (Reader reader = Files.newBufferedReader(result.file(), StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        String key = r.get("reporter_country") + "|" + r.get("year") + "|" + r.get("flow");
        assertNull(TONNES.put(key, r.get("tonnes")), "one row per reporter, year and flow: " + key);
        assertEquals("3915", r.get("hs_prefix"));
        assertEquals("UN Comtrade via Our World in Data", r.get("source"));
      }
    }
  }

  @Test
  @DisplayName("China's imports come through exactly: 8,877,767 t in 2012, 51,414 t in 2018")
  void chinaExactly() {
    assertEquals(new BigDecimal("8877766.642"), new BigDecimal(TONNES.get("CN|2012|IMPORT")));
    assertEquals(new BigDecimal("51414.39"), new BigDecimal(TONNES.get("CN|2018|IMPORT")));
    assertEquals(new BigDecimal("5828749.884"), new BigDecimal(TONNES.get("CN|2017|IMPORT")));
    assertEquals(new BigDecimal("872525.572"), new BigDecimal(TONNES.get("MY|2018|IMPORT")));
  }

  @Test
  @DisplayName("aggregates are left out and named; every reporter is a country, every other entity matched")
  void noAggregate() throws Exception {
    assertEquals(Set.of("World", "Africa", "Asia", "Europe", "North America", "South America", "Oceania",
        "High-income countries", "Low-income countries", "Lower-middle-income countries",
        "Upper-middle-income countries"), result.aggregatesLeftOut());
    Set<String> reporters = new HashSet<>();
    TONNES.keySet().forEach(k -> reporters.add(k.substring(0, k.indexOf('|'))));
    reporters.forEach(r -> assertTrue(r.matches("[A-Z]{2}"), r));
    // 179 entities in the file, 11 of them aggregates.
    assertEquals(168, reporters.size());
    assertEquals(168, result.countries());
    assertTrue(result.unmatched().isEmpty(), result.unmatched().toString());
    List<String> lines = Files.readAllLines(owidFile());
    long aggregateRows = lines.stream().skip(1)
        .filter(l -> OwidTradeImport.AGGREGATES.contains(l.substring(0, l.indexOf(',')))).count();
    assertEquals(2 * (lines.size() - 1 - aggregateRows), result.rows(), "an import and an export row per entry");
  }

  @Test
  @DisplayName("blank cells stay blank: US exports 2016-2019, UK exports 2019, China's 2018 exports")
  void gapsStayGaps() {
    for (int year = 2016; year <= 2019; year++) {
      assertEquals("", TONNES.get("US|" + year + "|EXPORT"), "US " + year);
    }
    assertEquals("", TONNES.get("GB|2019|EXPORT"));
    assertEquals("", TONNES.get("CN|2018|EXPORT"));
    assertEquals("", TONNES.get("US|2019|IMPORT"));
    assertEquals(new BigDecimal("442291.077"), new BigDecimal(TONNES.get("US|2018|IMPORT")));
    assertEquals(TONNES.values().stream().filter(String::isEmpty).count(), result.gaps());
  }

  @Test
  @DisplayName("names through the alias list: Hong Kong, Turkey, Czechia, Cote d'Ivoire")
  void aliases() {
    assertEquals(new BigDecimal("1889223.998"), new BigDecimal(TONNES.get("HK|2017|IMPORT")));
    assertEquals(new BigDecimal("424616.355"), new BigDecimal(TONNES.get("TR|2018|IMPORT")));
    assertTrue(TONNES.keySet().stream().anyMatch(k -> k.startsWith("CZ|")));
    assertTrue(TONNES.keySet().stream().anyMatch(k -> k.startsWith("CI|")));
    assertEquals("TR", OwidTradeImport.ALIASES.get("Türkiye"));
  }

  @Test
  @DisplayName("a name that is neither a country nor an aggregate is reported and left out")
  void unmatchedReported(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("owid.csv");
    Files.writeString(file, "Entity,Year,plastic_waste_exports,plastic_waste_imports\n"
        + "Atlantis,2018,1,2\nChina,2018,,51414.39\nWorld,2018,5,6\n");
    OwidTradeImport.Result small =
        OwidTradeImport.convert(file, dir.resolve("out"), ReferenceLoader.shippedCountryNames());
    assertEquals(Set.of("Atlantis"), small.unmatched());
    assertEquals(Set.of("World"), small.aggregatesLeftOut());
    assertEquals(2, small.rows());
    assertEquals(1, small.gaps());
    assertEquals(List.of("reporter_country,year,flow,hs_prefix,tonnes,source",
            "CN,2018,IMPORT,3915,51414.39,UN Comtrade via Our World in Data",
            "CN,2018,EXPORT,3915,,UN Comtrade via Our World in Data"),
        Files.readAllLines(small.file()));
  }

  @Test
  @DisplayName("a file that is not OWID's is refused, naming the missing column")
  void notOwid(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("other.csv");
    Files.writeString(file, "country,year,value\nChina,2018,1\n");
    InputException e = assertThrows(InputException.class,
        () -> OwidTradeImport.convert(file, dir, ReferenceLoader.shippedCountryNames()));
    assertTrue(e.getMessage().contains("line 1: column 'Entity' is missing"), e.getMessage());
    assertFalse(Files.exists(dir.resolve(OwidTradeImport.OUTPUT_FILE)));
  }
}
