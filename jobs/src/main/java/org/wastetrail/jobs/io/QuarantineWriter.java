package org.wastetrail.jobs.io;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;

/**
 * Writes rejected rows, in file and line order, to one CSV per input file in the quarantine folder:
 * {@code <input name>.quarantine.csv} with the columns of {@link #HEADER}. Streams: constant memory on the driver.
 * People open these files in spreadsheets, so the text cells are neutralised against formulas ({@link SpreadsheetSafe}).
 */
public final class QuarantineWriter {
  public static final String[] HEADER = {"source_file", "line", "reason_code", "reason_message", "original_text"};
  public static final String SUFFIX = ".quarantine.csv";

  private final HadoopFiles files;
  private final Path folder;

  public QuarantineWriter(HadoopFiles files, Path folder) {
    this.files = files;
    this.folder = folder;
  }

  public Path folder() {
    return folder;
  }

  public Path fileFor(String inputName) {
    String stem = inputName.toLowerCase(Locale.ROOT).endsWith(".csv")
        ? inputName.substring(0, inputName.length() - 4) : inputName;
    return new Path(folder, stem + SUFFIX);
  }

  /** Removes an earlier quarantine of this input name (a re-ingested file that now has no rejects). */
  public void clear(String inputName) {
    files.delete(fileFor(inputName));
  }

  /**
   * @param rows rows of (file, line, reason code, reason message, original text), sorted by file then line
   */
  public void write(Iterator<Row> rows) {
    files.mkdirs(folder);
    String currentFile = null;
    CSVPrinter printer = null;
    try {
      while (rows.hasNext()) {
        Row row = rows.next();
        String file = row.getString(0);
        if (!file.equals(currentFile)) {
          close(printer);
          Writer writer = new OutputStreamWriter(files.create(fileFor(file)), StandardCharsets.UTF_8);
          printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADER).setRecordSeparator('\n').get());
          currentFile = file;
        }
        printer.printRecord(text(file), row.getLong(1), text(row.getString(2)), text(row.getString(3)),
            text(row.getString(4)));
      }
      close(printer);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the quarantine in " + folder, e);
    }
  }

  private static String text(String value) {
    return value == null ? "" : SpreadsheetSafe.text(value);
  }

  private static void close(CSVPrinter printer) throws IOException {
    if (printer != null) {
      printer.close(true);
    }
  }
}
