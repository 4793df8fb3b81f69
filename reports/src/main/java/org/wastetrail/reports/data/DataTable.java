package org.wastetrail.reports.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * One report-data table ({@code OUT/data/NAME.csv}): rows of text cells by column name.
 *
 * <p>The file is RFC 4180 CSV with a header line, as analyze writes it: fields separated by commas, a field holding a
 * comma, quote or line break quoted with quotes doubled, lines ending in LF or CRLF. It is read here directly rather
 * than through a CSV library's map per row: the targeting report reads two tables of some 200,000 rows at 10M
 * declarations, and a map per row made reading them most of that report's time. Every row shares its table's column
 * index and holds its cells in an array. A row shorter than the header lacks the missing columns (asking for one is
 * an error), as with commons-csv; cells beyond the header are ignored.
 */
public final class DataTable {
  private final String name;
  private final List<Row> rows;

  private DataTable(String name, List<Row> rows) {
    this.name = name;
    this.rows = List.copyOf(rows);
  }

  /** One row: its cells by column name, typed on access; a blank cell is {@code null}. */
  public record Row(Map<String, String> cells) {
    public String text(String column) {
      String value = cells.get(column);
      if (value == null && !cells.containsKey(column)) {
        throw new IllegalArgumentException("no column " + column + " in " + cells.keySet());
      }
      return value == null || value.isEmpty() ? null : value;
    }

    public long count(String column) {
      String value = text(column);
      return value == null ? 0 : Long.parseLong(value);
    }

    public BigDecimal decimal(String column) {
      String value = text(column);
      return value == null ? null : new BigDecimal(value);
    }

    public Double rate(String column) {
      String value = text(column);
      return value == null ? null : Double.valueOf(value);
    }
  }

  /** A table with no rows (one the report data does not have). */
  public static DataTable empty(String name) {
    return new DataTable(name, List.of());
  }

  public static DataTable read(Path folder, String name) {
    Path file = folder.resolve(name + ".csv");
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ReportDataException("the report data has no " + name + ".csv in " + folder
          + " (run 'wastetrail analyze' first)");
    } catch (CharacterCodingException e) {
      throw new ReportDataException(file + " is not UTF-8 text");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return new DataTable(name, parse(text, file.toString()));
  }

  /** The rows of a CSV text whose first record is the header; {@code source} names it in messages. */
  static List<Row> parse(String text, String source) {
    Records records = new Records(text, source);
    if (!records.hasNext()) {
      return List.of();
    }
    String[] header = records.next();
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < header.length; i++) {
      if (index.putIfAbsent(header[i], i) != null && !header[i].isEmpty()) {
        throw new ReportDataException(source + ": the header names column " + header[i] + " twice");
      }
    }
    List<Row> rows = new ArrayList<>();
    while (records.hasNext()) {
      rows.add(new Row(new Cells(index, records.next())));
    }
    return rows;
  }

  public String name() {
    return name;
  }

  public List<Row> rows() {
    return rows;
  }

  /** The records of an RFC 4180 text, one array of fields each. */
  private static final class Records implements Iterator<String[]> {
    private final String text;
    private final String source;
    private final List<String> fields = new ArrayList<>();
    private final StringBuilder quoted = new StringBuilder();
    private int at;
    private int line = 1;

    Records(String text, String source) {
      this.text = text;
      this.source = source;
    }

    @Override
    public boolean hasNext() {
      return at < text.length();
    }

    @Override
    public String[] next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      int recordLine = line;
      fields.clear();
      int n = text.length();
      while (true) {
        if (at < n && text.charAt(at) == '"') {
          fields.add(quotedField(recordLine));
        } else {
          int start = at;
          while (at < n) {
            char c = text.charAt(at);
            if (c == ',' || c == '\n' || c == '\r') {
              break;
            }
            at++;
          }
          fields.add(text.substring(start, at));
        }
        if (at >= n) {
          break;
        }
        char c = text.charAt(at++);
        if (c == ',') {
          if (at >= n) {
            fields.add("");
            break;
          }
          continue;
        }
        if (c == '\r' && at < n && text.charAt(at) == '\n') {
          at++;
        }
        line++;
        break;
      }
      return fields.toArray(String[]::new);
    }

    private String quotedField(int recordLine) {
      int n = text.length();
      quoted.setLength(0);
      at++;
      while (true) {
        if (at >= n) {
          throw new ReportDataException(source + ", line " + recordLine + ": a quoted field is not closed");
        }
        char c = text.charAt(at++);
        if (c == '"') {
          if (at < n && text.charAt(at) == '"') {
            quoted.append('"');
            at++;
          } else {
            break;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          quoted.append(c);
        }
      }
      if (at < n && text.charAt(at) != ',' && text.charAt(at) != '\n' && text.charAt(at) != '\r') {
        throw new ReportDataException(source + ", line " + line + ": text after a quoted field's closing quote");
      }
      return quoted.toString();
    }
  }

  /** A row's cells: the table's column index, shared, and this row's values; read-only. */
  private static final class Cells extends AbstractMap<String, String> {
    private final Map<String, Integer> index;
    private final String[] values;

    Cells(Map<String, Integer> index, String[] values) {
      this.index = index;
      this.values = values;
    }

    @Override
    public String get(Object column) {
      Integer i = index.get(column);
      return i == null || i >= values.length ? null : values[i];
    }

    @Override
    public boolean containsKey(Object column) {
      Integer i = index.get(column);
      return i != null && i < values.length;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
      List<Entry<String, String>> entries = new ArrayList<>(index.size());
      index.forEach((column, i) -> {
        if (i < values.length) {
          entries.add(new SimpleImmutableEntry<>(column, values[i]));
        }
      });
      return new AbstractSet<>() {
        @Override
        public Iterator<Entry<String, String>> iterator() {
          return entries.iterator();
        }

        @Override
        public int size() {
          return entries.size();
        }
      };
    }
  }
}
