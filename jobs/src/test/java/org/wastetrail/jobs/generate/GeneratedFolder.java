package org.wastetrail.jobs.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A generated input folder read back with commons-csv, independently of the generator's own writer. */
final class GeneratedFolder {

  /** One data row: where it came from and its fields by header name. */
  record Row(String file, long line, Map<String, String> fields) {
    String get(String column) {
      String value = fields.get(column);
      if (value == null) {
        throw new IllegalArgumentException(file + " has no column " + column);
      }
      return value;
    }

    LocalDate date(String column) {
      return LocalDate.parse(get(column));
    }

    YearMonth month(String column) {
      return YearMonth.from(date(column));
    }

    @Override
    public String toString() {
      return file + ":" + line + " " + fields;
    }
  }

  final Path dir;
  final GeneratorOptions options;
  final Map<String, List<String>> headers = new LinkedHashMap<>();
  final List<Row> declarations = new ArrayList<>();
  final List<Row> seizures = new ArrayList<>();
  final List<Row> licences = new ArrayList<>();
  final List<Row> campaigns = new ArrayList<>();
  final JsonNode truth;

  private GeneratedFolder(Path dir, GeneratorOptions options) throws IOException {
    this.dir = dir;
    this.options = options;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.startsWith("declarations")) {
          declarations.addAll(read(f));
        } else if (name.startsWith("seizures")) {
          seizures.addAll(read(f));
        } else if (name.startsWith("licences")) {
          licences.addAll(read(f));
        } else if (name.startsWith("campaigns")) {
          campaigns.addAll(read(f));
        }
      }
    }
    truth = new ObjectMapper().readTree(dir.resolve("truth.json").toFile());
  }

  static GeneratedFolder generate(Path dir, long seed, long declarations, String from, String to, boolean signals)
      throws IOException {
    GeneratorOptions options =
        new GeneratorOptions(dir, seed, declarations, YearMonth.parse(from), YearMonth.parse(to), signals);
    new SampleDataGenerator(options).run();
    return new GeneratedFolder(dir, options);
  }

  /** Reads a folder generated earlier, such as the committed sample-data, with the options its truth.json states. */
  static GeneratedFolder existing(Path dir) throws IOException {
    JsonNode options = new ObjectMapper().readTree(dir.resolve("truth.json").toFile()).get("options");
    return new GeneratedFolder(dir, new GeneratorOptions(dir, options.get("seed").asLong(),
        options.get("declarations").asLong(), YearMonth.parse(options.get("from").asText()),
        YearMonth.parse(options.get("to").asText()), options.get("signals").asBoolean()));
  }

  Map<String, Row> declarationsById() {
    return byId(declarations, "declaration_id");
  }

  Map<String, Row> seizuresById() {
    return byId(seizures, "seizure_id");
  }

  Map<String, Row> licencesById() {
    return byId(licences, "licence_id");
  }

  LocalDate lastDate() {
    return options.lastDate();
  }

  private static Map<String, Row> byId(List<Row> rows, String column) {
    Map<String, Row> map = new LinkedHashMap<>();
    for (Row r : rows) {
      map.put(r.get(column), r);
    }
    return map;
  }

  private List<Row> read(Path file) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    List<Row> rows = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      String name = file.getFileName().toString();
      headers.put(name, parser.getHeaderNames());
      for (CSVRecord record : parser) {
        if (!record.isConsistent()) {
          throw new AssertionError(name + ":" + parser.getCurrentLineNumber() + " has " + record.size()
              + " fields for " + parser.getHeaderNames().size() + " columns");
        }
        Map<String, String> fields = new LinkedHashMap<>(record.toMap());
        rows.add(new Row(name, parser.getCurrentLineNumber(), fields));
      }
    }
    return rows;
  }
}
