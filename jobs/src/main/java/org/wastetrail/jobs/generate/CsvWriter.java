package org.wastetrail.jobs.generate;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A fast RFC 4180 writer: UTF-8 without BOM, "\n" line ends, a field quoted only when it holds a comma, quote, CR or
 * LF, embedded quotes doubled. Each row is encoded straight into a reusable byte buffer (one pass both encodes and
 * finds out whether the field needs quotes) and handed to a large buffered stream.
 */
final class CsvWriter implements Closeable {

  private static final int STREAM_BUFFER = 1 << 20;

  private final Path file;
  private final OutputStream out;
  private byte[] row = new byte[1024];
  private int length;
  private boolean firstField = true;
  private long rows;

  private CsvWriter(Path file, OutputStream out) {
    this.file = file;
    this.out = out;
  }

  static CsvWriter create(Path file) {
    try {
      return new CsvWriter(file, new BufferedOutputStream(Files.newOutputStream(file), STREAM_BUFFER));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + file, e);
    }
  }

  /** Writes the header row; it does not count as a data row. */
  void header(List<String> columns) {
    for (String c : columns) {
      text(c);
    }
    flushRow();
  }

  /** A free-text field: written as is, or again in quotes if it turns out to need them. */
  CsvWriter text(String value) {
    separate();
    int start = length;
    if (!appendUtf8(value, false)) {
      length = start;
      appendByte('"');
      appendUtf8(value, true);
      appendByte('"');
    }
    return this;
  }

  /** A field known to hold no comma, quote or line break (ids, codes, enum names). */
  CsvWriter plain(String value) {
    separate();
    appendUtf8(value, false);
    return this;
  }

  CsvWriter blank() {
    separate();
    return this;
  }

  CsvWriter number(long value) {
    separate();
    appendLong(value);
    return this;
  }

  /** A kilogram figure from grams: at most three decimals, trailing zeros dropped. */
  CsvWriter kilograms(long grams) {
    separate();
    appendLong(grams / 1000);
    int fraction = (int) (grams % 1000);
    if (fraction != 0) {
      int digits = 3;
      while (fraction % 10 == 0) {
        fraction /= 10;
        digits--;
      }
      appendByte('.');
      appendPadded(fraction, digits);
    }
    return this;
  }

  /** A money figure from cents, always with two decimals. */
  CsvWriter cents(long cents) {
    separate();
    appendLong(cents / 100);
    appendByte('.');
    appendPadded((int) (cents % 100), 2);
    return this;
  }

  /** A date as yyyy-MM-dd, or blank for null. */
  CsvWriter date(LocalDate date) {
    separate();
    if (date != null) {
      appendPadded(date.getYear(), 4);
      appendByte('-');
      appendPadded(date.getMonthValue(), 2);
      appendByte('-');
      appendPadded(date.getDayOfMonth(), 2);
    }
    return this;
  }

  void endRow() {
    flushRow();
    rows++;
  }

  long rows() {
    return rows;
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + file, e);
    }
  }

  private void flushRow() {
    appendByte('\n');
    try {
      out.write(row, 0, length);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    length = 0;
    firstField = true;
  }

  private void separate() {
    if (firstField) {
      firstField = false;
    } else {
      appendByte(',');
    }
  }

  /**
   * Encodes the value as UTF-8 (at most three bytes per char: a doubled quote takes two, a surrogate pair four).
   * Unquoted, it stops and returns false at the first character that needs quotes; quoted, it doubles embedded quotes.
   */
  private boolean appendUtf8(String value, boolean quoted) {
    int n = value.length();
    ensure(n * 3);
    byte[] b = row;
    int at = length;
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
          if (!quoted) {
            return false;
          }
          if (c == '"') {
            b[at++] = '"';
          }
        }
        b[at++] = (byte) c;
      } else if (c < 0x800) {
        b[at++] = (byte) (0xC0 | (c >> 6));
        b[at++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, value.charAt(++i));
        b[at++] = (byte) (0xF0 | (cp >> 18));
        b[at++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        b[at++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        b[at++] = (byte) (0x80 | (cp & 0x3F));
      } else {
        b[at++] = (byte) (0xE0 | (c >> 12));
        b[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        b[at++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    length = at;
    return true;
  }

  private void appendByte(char c) {
    ensure(1);
    row[length++] = (byte) c;
  }

  private void appendLong(long value) {
    if (value < 0) {
      appendByte('-');
      value = -value;
    }
    ensure(20);
    int start = length;
    do {
      row[length++] = (byte) ('0' + value % 10);
      value /= 10;
    } while (value != 0);
    for (int i = start, j = length - 1; i < j; i++, j--) {
      byte tmp = row[i];
      row[i] = row[j];
      row[j] = tmp;
    }
  }

  private void appendPadded(int value, int width) {
    ensure(width);
    for (int i = width - 1; i >= 0; i--) {
      row[length + i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    length += width;
  }

  private void ensure(int extra) {
    if (length + extra > row.length) {
      row = Arrays.copyOf(row, Math.max(row.length * 2, length + extra));
    }
  }
}
