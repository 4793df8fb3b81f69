package org.wastetrail.jobs.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The one-line descriptions of the package's tables and columns, kept in one resource file ({@code columns.properties}):
 * {@code table.NAME} describes a table, {@code NAME.COLUMN} a column of one table, {@code COLUMN} a column wherever it
 * appears.
 */
final class ColumnDescriptions {
  static final String RESOURCE = "columns.properties";
  static final String MISSING = "(not described yet)";

  private final Properties descriptions = new Properties();

  ColumnDescriptions() {
    try (InputStream in = ColumnDescriptions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      descriptions.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  String table(String table) {
    return descriptions.getProperty("table." + table, MISSING);
  }

  String column(String table, String column) {
    return descriptions.getProperty(table + "." + column, descriptions.getProperty(column, MISSING));
  }
}
