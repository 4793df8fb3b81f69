package org.wastetrail.jobs.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.wastetrail.jobs.io.SpreadsheetSafe;

/**
 * Writes the package's files: each table as CSV and as JSON, and the text files. The same tables always give the same
 * bytes ({@code \n} line ends whatever the machine).
 */
final class PackageFiles {
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final ObjectWriter JSON = new ObjectMapper()
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

  private final Path folder;

  PackageFiles(Path folder) {
    this.folder = folder;
  }

  /** {@code NAME.csv}: the header, then the rows, the {@code suppressed} column last. */
  void csv(ExportedTable table) {
    Path file = folder.resolve(table.name() + ".csv");
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
         CSVPrinter printer = new CSVPrinter(writer,
             CSVFormat.RFC4180.builder().setHeader(table.header().toArray(String[]::new)).setRecordSeparator('\n')
                 .get())) {
      printer.printRecords(table.rows());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * {@code NAME.json}: {@code {"table", "columns", "rows"}}, each row an object: numbers as numbers (codes such as HS
   * codes stay strings), empty and suppressed cells null, {@code "suppressed"} the list of the row's suppressed cells.
   */
  void json(ExportedTable table) {
    ObjectNode root = NODES.objectNode();
    root.put("table", table.name());
    ArrayNode columns = root.putArray("columns");
    table.header().forEach(columns::add);
    ArrayNode rows = root.putArray("rows");
    List<String> dataColumns = table.header().subList(0, table.header().size() - 1);
    for (int r = 0; r < table.rows().size(); r++) {
      List<String> cells = table.rows().get(r);
      ObjectNode row = rows.addObject();
      for (int c = 0; c < dataColumns.size(); c++) {
        row.set(dataColumns.get(c), cell(dataColumns.get(c), cells.get(c)));
      }
      ArrayNode suppressed = row.putArray(TableRule.SUPPRESSED);
      table.suppressedByRow().get(r).forEach(suppressed::add);
    }
    text(table.name() + ".json", json(root));
  }

  void text(String name, String content) {
    Path file = folder.resolve(name);
    try {
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  static String json(ObjectNode root) {
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode cell(String column, String value) {
    if (value.isEmpty()) {
      return NODES.nullNode();
    }
    if (!ExportRules.CODE_COLUMNS.contains(column) && SpreadsheetSafe.isPlainNumber(value)) {
      return NODES.numberNode(new BigDecimal(value));
    }
    return NODES.textNode(value);
  }
}
