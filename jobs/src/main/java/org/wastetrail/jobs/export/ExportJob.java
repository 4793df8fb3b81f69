package org.wastetrail.jobs.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.wastetrail.jobs.io.InputException;

/**
 * {@code wastetrail export}: turns a run's report data into a non-nominal exchange package by the rules of
 * {@link ExportRules}: CSV and JSON per table, {@code README.md} and {@code export.json}. Plain Java, no Spark.
 */
public final class ExportJob {
  static final String README = "README.md";
  static final String EXPORT_JSON = "export.json";

  private final ExportConfig config;

  public ExportJob(ExportConfig config) {
    this.config = config;
  }

  public ExportResult run() {
    ReportDataFolder data = ReportDataFolder.open(config.data());
    PackageFiles files = new PackageFiles(prepareOut());
    List<Readme.Exported> exported = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (TableRule rule : ExportRules.ALLOW_LIST) {
      Optional<Table> source = data.read(rule.source());
      if (source.isEmpty()) {
        skipped.add(rule.name());
        continue;
      }
      ExportedTable table = rule.apply(source.get(), config.minCount());
      files.csv(table);
      files.json(table);
      exported.add(new Readme.Exported(rule, table));
    }
    List<String> tableNames = data.tableNames();
    List<String> unlisted = unlisted(tableNames);
    String runId = data.runId().orElse(null);
    files.text(README, new Readme().markdown(runId, config.minCount(), exported, skipped, unlisted));
    files.text(EXPORT_JSON, exportJson(runId, exported));
    List<ExportResult.TableSummary> summaries = exported.stream().map(e -> new ExportResult.TableSummary(
        e.table().name(), e.table().rows().size(), e.table().suppressedCells())).toList();
    List<String> notExported = tableNames.stream()
        .filter(n -> ExportRules.ALLOW_LIST.stream().noneMatch(r -> r.name().equals(n))).toList();
    return new ExportResult(config.out(), summaries, skipped, notExported);
  }

  /** Tables of the data folder that no rule exports and no reason leaves out: a newer run's, not yet reviewed. */
  private static List<String> unlisted(List<String> tableNames) {
    Set<String> known = ExportRules.ALLOW_LIST.stream().flatMap(r -> Stream.of(r.name(), r.source()))
        .collect(Collectors.toSet());
    return tableNames.stream().filter(n -> !known.contains(n) && !ExportRules.NOT_EXPORTED.containsKey(n)).toList();
  }

  /**
   * Creates the package folder and removes the files an earlier export wrote there, so that a table the data no longer
   * holds does not linger; other files are left alone.
   */
  private Path prepareOut() {
    Path out = config.out();
    try {
      Files.createDirectories(out);
      for (TableRule rule : ExportRules.ALLOW_LIST) {
        Files.deleteIfExists(out.resolve(rule.name() + ".csv"));
        Files.deleteIfExists(out.resolve(rule.name() + ".json"));
      }
      Files.deleteIfExists(out.resolve(README));
      Files.deleteIfExists(out.resolve(EXPORT_JSON));
    } catch (IOException e) {
      throw new InputException("cannot write the package folder " + out + ": " + e, e);
    }
    return out;
  }

  private String exportJson(String runId, List<Readme.Exported> exported) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("created", config.created().toString());
    root.put("source_run_id", runId);
    root.put("min_count", config.minCount());
    ArrayNode tables = root.putArray("tables");
    for (Readme.Exported e : exported) {
      tables.addObject().put("name", e.table().name()).put("csv", e.table().name() + ".csv")
          .put("json", e.table().name() + ".json").put("rows", e.table().rows().size())
          .put("suppressed_cells", e.table().suppressedCells());
    }
    return PackageFiles.json(root);
  }
}
