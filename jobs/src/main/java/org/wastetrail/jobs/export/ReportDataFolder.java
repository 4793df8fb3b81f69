package org.wastetrail.jobs.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.wastetrail.jobs.io.InputException;

/** A run's report-data folder ({@code OUT/data}), read without Spark: its manifest's run id and its CSV tables. */
public final class ReportDataFolder {
  static final String MANIFEST = "manifest.json";
  private static final String CSV = ".csv";

  private final Path folder;
  private final String runId;

  private ReportDataFolder(Path folder, String runId) {
    this.folder = folder;
    this.runId = runId;
  }

  /** Opens the folder; a missing or unreadable folder, or one without a manifest, is the user's input error. */
  public static ReportDataFolder open(Path folder) {
    if (!Files.isDirectory(folder) || !Files.isReadable(folder)) {
      throw new InputException("report data folder " + folder + " does not exist or cannot be read");
    }
    Path manifest = folder.resolve(MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      throw new InputException("report data folder " + folder + " has no " + MANIFEST + ": it is not a run's OUT/data");
    }
    try {
      JsonNode runId = new ObjectMapper().readTree(manifest.toFile()).path("run_id");
      return new ReportDataFolder(folder, runId.isTextual() ? runId.asText() : null);
    } catch (IOException e) {
      throw new InputException("cannot read " + manifest + ": " + e.getMessage(), e);
    }
  }

  public Path folder() {
    return folder;
  }

  /** The run id of the manifest, when it has one. */
  public Optional<String> runId() {
    return Optional.ofNullable(runId);
  }

  /** The names of the tables in the folder ({@code by_route} for {@code by_route.csv}), sorted. */
  public List<String> tableNames() {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(CSV) && !n.startsWith("."))
          .map(n -> n.substring(0, n.length() - CSV.length())).sorted().toList();
    } catch (IOException e) {
      throw new InputException("cannot list report data folder " + folder + ": " + e.getMessage(), e);
    }
  }

  /** The table, or empty when the folder lacks it (a run older than the table). */
  public Optional<Table> read(String name) {
    Path file = folder.resolve(name + CSV);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
         CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
      List<String> header = parser.getHeaderNames();
      List<List<String>> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        if (record.size() != header.size()) {
          throw new InputException(file + " line " + parser.getCurrentLineNumber() + ": " + record.size()
              + " fields, the header has " + header.size());
        }
        rows.add(record.toList());
      }
      return Optional.of(new Table(name, header, rows));
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
