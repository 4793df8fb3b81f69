package org.wastetrail.jobs.trade;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.wastetrail.jobs.io.InputException;

/**
 * Converts Our World in Data's "Plastic waste trade (UN Comtrade, 2022)" file (one row per entity and year, HS 3915
 * exports and imports in tonnes) into a {@code trade_baseline} input: one row per country, year and flow. Countries
 * are matched by name through the countries reference, then through {@link #ALIASES}; the aggregates of
 * {@link #AGGREGATES} (World, continents, income groups) are left out; a blank cell stays blank (a gap in the
 * statistics, never zero); every name that is neither a country nor an aggregate is reported and left out.
 */
public final class OwidTradeImport {
  public static final String OUTPUT_FILE = "trade_baseline_owid_hs3915.csv";
  public static final List<String> HEADER = List.of("reporter_country", "year", "flow", "hs_prefix", "tonnes", "source");
  static final String HS_PREFIX = "3915";
  static final String SOURCE = "UN Comtrade via Our World in Data";
  static final String ENTITY = "Entity";
  static final String YEAR = "Year";
  static final String IMPORTS = "plastic_waste_imports";
  static final String EXPORTS = "plastic_waste_exports";

  /** OWID's names that differ from the countries reference's. */
  public static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("Antigua and Barbuda", "AG"), Map.entry("Bosnia and Herzegovina", "BA"),
      Map.entry("Congo", "CG"), Map.entry("Democratic Republic of Congo", "CD"), Map.entry("Cote d'Ivoire", "CI"),
      Map.entry("Czech Republic", "CZ"), Map.entry("Hong Kong", "HK"), Map.entry("Macao", "MO"),
      Map.entry("Myanmar", "MM"), Map.entry("Palestine", "PS"), Map.entry("Russian Federation", "RU"),
      Map.entry("Saint Kitts and Nevis", "KN"), Map.entry("Saint Lucia", "LC"),
      Map.entry("Saint Vincent and the Grenadines", "VC"), Map.entry("Sao Tome and Principe", "ST"),
      Map.entry("Timor", "TL"), Map.entry("Trinidad and Tobago", "TT"), Map.entry("Türkiye", "TR"),
      Map.entry("Turkiye", "TR"), Map.entry("Viet Nam", "VN"), Map.entry("Korea", "KR"),
      Map.entry("United States of America", "US"));

  /** Entities that sum countries: left out, or every country would count twice. */
  public static final Set<String> AGGREGATES = Set.of("World", "Africa", "Asia", "Europe", "North America",
      "South America", "Oceania", "European Union (27)", "High-income countries", "Low-income countries",
      "Lower-middle-income countries", "Upper-middle-income countries");

  /** What a conversion wrote and what it left out. */
  public record Result(Path file, int rows, int gaps, int countries, Set<String> aggregatesLeftOut,
      Set<String> unmatched) {}

  private OwidTradeImport() {}

  /**
   * Writes {@code outDir/}{@value #OUTPUT_FILE}.
   *
   * @param countryNames the countries reference, name to ISO code
   */
  public static Result convert(Path owidFile, Path outDir, Map<String, String> countryNames) {
    CSVFormat in = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    List<List<String>> rows = new ArrayList<>();
    Set<String> aggregates = new TreeSet<>();
    Set<String> unmatched = new TreeSet<>();
    Set<String> countries = new TreeSet<>();
    int gaps = 0;
    try (Reader reader = Files.newBufferedReader(owidFile, StandardCharsets.UTF_8);
         CSVParser parser = CSVParser.parse(reader, in)) {
      for (String column : List.of(ENTITY, YEAR, IMPORTS, EXPORTS)) {
        if (!parser.getHeaderMap().containsKey(column)) {
          throw new InputException(owidFile + " line 1: column '" + column + "' is missing: not OWID's plastic waste"
              + " trade file (found: " + String.join(", ", parser.getHeaderNames()) + ")");
        }
      }
      for (CSVRecord record : parser) {
        String entity = record.get(ENTITY).strip();
        if (AGGREGATES.contains(entity)) {
          aggregates.add(entity);
          continue;
        }
        String iso = countryNames.containsKey(entity) ? countryNames.get(entity) : ALIASES.get(entity);
        if (iso == null) {
          unmatched.add(entity);
          continue;
        }
        countries.add(iso);
        String year = record.get(YEAR).strip();
        for (String[] flow : new String[][] {{"IMPORT", IMPORTS}, {"EXPORT", EXPORTS}}) {
          String tonnes = record.get(flow[1]).strip();
          gaps += tonnes.isEmpty() ? 1 : 0;
          rows.add(List.of(iso, year, flow[0], HS_PREFIX, tonnes, SOURCE));
        }
      }
    } catch (IOException e) {
      throw new InputException("cannot read " + owidFile + ": " + e.getMessage(), e);
    }
    Path file = outDir.resolve(OUTPUT_FILE);
    try {
      Files.createDirectories(outDir);
      try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
           CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
               .setHeader(HEADER.toArray(String[]::new)).setRecordSeparator('\n').get())) {
        for (List<String> row : rows) {
          printer.printRecord(row);
        }
      }
    } catch (IOException e) {
      throw new InputException("cannot write " + file + ": " + e.getMessage(), e);
    }
    return new Result(file, rows.size(), gaps, countries.size(), aggregates, unmatched);
  }
}
