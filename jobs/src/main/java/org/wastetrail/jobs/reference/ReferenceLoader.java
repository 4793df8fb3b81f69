package org.wastetrail.jobs.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.hadoop.fs.Path;
import org.wastetrail.jobs.ingest.Vocabulary;
import org.wastetrail.jobs.io.HadoopFiles;
import org.wastetrail.jobs.io.InputException;

/**
 * Loads the reference data shipped with the project; a file of the same name in {@code INPUT/reference/} replaces the
 * shipped one for that run.
 */
public final class ReferenceLoader {
  public static final String PORTS = "ports.csv";
  public static final String COUNTRIES = "countries.csv";
  public static final String BASEL_CODES = "basel_codes.csv";
  public static final String HS_WASTE_MAP = "hs_waste_map.csv";
  public static final String OVERRIDE_FOLDER = "reference";

  private final HadoopFiles files;
  private final Path overrideDir;
  private final List<String> overridden = new ArrayList<>();

  private ReferenceLoader(HadoopFiles files, Path overrideDir) {
    this.files = files;
    this.overrideDir = overrideDir;
  }

  /** The shipped reference data, with any file in {@code inputDir/reference/} taking its place. */
  public static ReferenceData load(HadoopFiles files, Path inputDir) {
    return new ReferenceLoader(files, inputDir == null ? null : new Path(inputDir, OVERRIDE_FOLDER)).load();
  }

  /** The shipped reference data alone. */
  public static ReferenceData shipped(HadoopFiles files) {
    return new ReferenceLoader(files, null).load();
  }

  /** The shipped countries reference as name to ISO 3166-1 alpha-2 code, for sources that name countries. */
  public static Map<String, String> shippedCountryNames() {
    Map<String, String> names = new HashMap<>();
    new ReferenceLoader(null, null).read(COUNTRIES, List.of("iso2", "name"), r -> names.put(r.get("name"), country(r)));
    return names;
  }

  private ReferenceData load() {
    Set<String> ports = new HashSet<>();
    read(PORTS, List.of("locode", "name", "country"), r -> ports.add(locode(r)));
    Set<String> countries = new HashSet<>();
    read(COUNTRIES, List.of("iso2", "name"), r -> countries.add(country(r)));
    countries.add(Vocabulary.UNKNOWN_COUNTRY);
    Map<String, BaselCode> basel = new HashMap<>();
    read(BASEL_CODES, List.of("code", "annex", "valid_from"), r -> {
      BaselCode code = baselCode(r);
      basel.put(code.code(), code);
    });
    Map<String, String> hs = new HashMap<>();
    read(HS_WASTE_MAP, List.of("hs_prefix", "waste_category"), r -> hs.put(hsPrefix(r), category(r, "waste_category")));
    return new ReferenceData(ports, countries, basel, hs, overridden);
  }

  private void read(String name, List<String> requiredColumns, Consumer<CSVRecord> row) {
    Path override = overrideDir == null ? null : new Path(overrideDir, name);
    String source = override != null && files.exists(override) ? override.toString() : "shipped reference/" + name;
    if (!source.startsWith("shipped")) {
      overridden.add(name);
    }
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true)
        .setTrim(true).setIgnoreEmptyLines(true).get();
    try (InputStream in = source.startsWith("shipped") ? shippedStream(name) : files.open(override);
         Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
         CSVParser parser = CSVParser.parse(reader, format)) {
      for (String column : requiredColumns) {
        if (!parser.getHeaderMap().containsKey(column)) {
          throw new InputException("reference file " + source + ": required column '" + column + "' is missing");
        }
      }
      for (CSVRecord record : parser) {
        try {
          row.accept(record);
        } catch (IllegalArgumentException | DateTimeParseException e) {
          throw new InputException("reference file " + source + " line " + record.getParser().getCurrentLineNumber()
              + ": " + e.getMessage());
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw new InputException("cannot read reference file " + source + ": " + e.getMessage(), e);
    }
  }

  private static InputStream shippedStream(String name) {
    InputStream in = ReferenceLoader.class.getResourceAsStream("/reference/" + name);
    if (in == null) {
      throw new IllegalStateException("shipped reference file missing from the jar: " + name);
    }
    return in;
  }

  private static String locode(CSVRecord r) {
    String code = r.get("locode");
    if (!code.matches("[A-Z]{2}[A-Z2-9]{3}")) {
      throw new IllegalArgumentException("field locode: '" + code + "' is not a UN/LOCODE (2 letters + 3 letters/digits)");
    }
    return code;
  }

  private static String country(CSVRecord r) {
    String code = r.get("iso2");
    if (!code.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("field iso2: '" + code + "' is not an upper-case ISO 3166-1 alpha-2 code");
    }
    return code;
  }

  private static BaselCode baselCode(CSVRecord r) {
    String code = r.get("code").toUpperCase(Locale.ROOT);
    if (code.isEmpty()) {
      throw new IllegalArgumentException("field code is empty");
    }
    LocalDate from = LocalDate.parse(r.get("valid_from"));
    String to = r.isMapped("valid_to") ? r.get("valid_to") : "";
    String hazardous = r.isMapped("hazardous") ? r.get("hazardous") : "";
    String category = r.isMapped("waste_category") && !r.get("waste_category").isEmpty() ? category(r, "waste_category") : null;
    return new BaselCode(code, r.get("annex"), Boolean.parseBoolean(hazardous), from,
        to.isEmpty() ? null : LocalDate.parse(to), category);
  }

  private static String hsPrefix(CSVRecord r) {
    String prefix = r.get("hs_prefix");
    if (!prefix.matches("[0-9]{2,6}")) {
      throw new IllegalArgumentException("field hs_prefix: '" + prefix + "' must be 2 to 6 digits");
    }
    return prefix;
  }

  private static String category(CSVRecord r, String column) {
    String value = r.get(column);
    if (!Vocabulary.WASTE_CATEGORIES.contains(value)) {
      throw new IllegalArgumentException("field " + column + ": '" + value + "' is not a waste category "
          + Vocabulary.WASTE_CATEGORIES);
    }
    return value;
  }
}
