package org.wastetrail.jobs.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads RFC 4180 records from a UTF-8 byte stream, one physical line at a time, so that a malformed line is
 * quarantined on its own: it never shifts, merges with or swallows its neighbours.
 *
 * <p>A quoted field may run over several lines. When a quote opened on a line does not close into a well-formed record
 * of the expected width (within {@link #MAX_RECORD_CHARS}), only that first line is reported as malformed and reading
 * resumes on the line after it. Blank lines between records are skipped; line numbers are physical, 1-based, with the
 * header on line 1. A leading byte order mark is dropped; {@code \r\n} and {@code \n} both end a line.
 */
public final class CsvRecordReader implements Closeable {

  /** A record longer than this (in characters, all its lines) is not accepted as one record. */
  public static final int MAX_RECORD_CHARS = 32_768;

  private static final int MAX_LINE_BYTES = MAX_RECORD_CHARS * 4;

  private final InputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  /** Where {@code buffer[0]} is in the file. */
  private long bufferOffset;
  private byte[] lineBytes = new byte[256];
  private long physicalLine;
  private boolean atStart;
  private long end = Long.MAX_VALUE;
  private long recordOffset = -1;
  private final Deque<PhysicalLine> pushedBack = new ArrayDeque<>();
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private int expectedFields = -1;

  public CsvRecordReader(InputStream in) {
    this(in, 0, 0);
  }

  /**
   * A reader of part of a file: {@code in} is positioned at byte {@code startOffset}, where a record starts (see
   * {@link #recordOffset()}), and {@code linesBefore} physical lines precede it. A part after the first has no header
   * and no byte order mark.
   */
  public CsvRecordReader(InputStream in, long startOffset, long linesBefore) {
    this.in = in;
    this.bufferOffset = startOffset;
    this.physicalLine = linesBefore;
    this.atStart = startOffset == 0;
  }

  /**
   * Ends the input at the record that starts at or after this byte: the first record of the next part of the file. A
   * record that starts before it is read whole, wherever it ends.
   */
  public void stopAt(long offset) {
    this.end = offset;
  }

  /**
   * The byte where the record {@link #next()} returned last starts (its first line; -1 before any). Between records
   * a reader holds nothing but the lines after that one (those a record that failed to close gave back come next, in
   * file order): a reader started there, with the same line count, reads the rest exactly as this one goes on to.
   */
  public long recordOffset() {
    return recordOffset;
  }

  /** Every later record must have this many fields (the header's width). */
  public void expectFields(int count) {
    this.expectedFields = count;
  }

  /** The next record, or {@code null} at the end of the input. */
  public RawRecord next() {
    PhysicalLine first = nextNonBlankLine();
    if (first == null || first.offset >= end) {
      return null;
    }
    recordOffset = first.offset;
    if (!first.validUtf8) {
      return RawRecord.malformed(first.number, first.text, ReasonCode.INVALID_ENCODING,
          "line " + first.number + " is not valid UTF-8 (bad bytes shown as \uFFFD)");
    }
    if (first.truncated) {
      return RawRecord.malformed(first.number, first.text, ReasonCode.RECORD_TOO_LONG,
          "line " + first.number + " is longer than " + MAX_RECORD_CHARS + " characters");
    }
    FieldSplitter splitter = new FieldSplitter(expectedFields);
    splitter.feed(first.text);
    if (!splitter.inQuotes()) {
      return finishSingleLine(first, splitter);
    }
    return continueQuotedRecord(first, splitter);
  }

  private RawRecord finishSingleLine(PhysicalLine line, FieldSplitter splitter) {
    List<String> fields = splitter.finish();
    if (splitter.broken) {
      return RawRecord.malformed(line.number, line.text, ReasonCode.BROKEN_QUOTING,
          "line " + line.number + ": a closing quote is followed by other characters instead of a comma");
    }
    if (expectedFields >= 0 && fields.size() != expectedFields) {
      return RawRecord.malformed(line.number, line.text, ReasonCode.WRONG_FIELD_COUNT,
          "line " + line.number + " has " + fields.size() + " fields, the header has " + expectedFields);
    }
    return RawRecord.parsed(line.number, line.text, fields);
  }

  private RawRecord continueQuotedRecord(PhysicalLine first, FieldSplitter splitter) {
    List<PhysicalLine> consumed = new ArrayList<>();
    StringBuilder text = new StringBuilder(first.text);
    boolean closed = false;
    while (text.length() <= MAX_RECORD_CHARS) {
      PhysicalLine next = nextLine();
      if (next == null) {
        break;
      }
      consumed.add(next);
      if (!next.validUtf8 || next.truncated) {
        break;
      }
      text.append('\n').append(next.text);
      splitter.feed("\n");
      splitter.feed(next.text);
      if (!splitter.inQuotes()) {
        closed = true;
        break;
      }
    }
    if (closed && text.length() <= MAX_RECORD_CHARS && !splitter.broken) {
      List<String> fields = splitter.finish();
      if (expectedFields < 0 || fields.size() == expectedFields) {
        return RawRecord.parsed(first.number, text.toString(), fields);
      }
    }
    // The quote did not form a record: report the opening line alone and read its followers afresh.
    for (int i = consumed.size() - 1; i >= 0; i--) {
      pushedBack.addFirst(consumed.get(i));
    }
    return RawRecord.malformed(first.number, first.text, ReasonCode.UNTERMINATED_QUOTE,
        "line " + first.number + " opens a quoted field that does not close into a record of "
            + (expectedFields < 0 ? "the expected width" : expectedFields + " fields"));
  }

  private PhysicalLine nextNonBlankLine() {
    PhysicalLine line;
    do {
      line = nextLine();
    } while (line != null && line.text.isEmpty() && line.validUtf8);
    return line;
  }

  private PhysicalLine nextLine() {
    if (!pushedBack.isEmpty()) {
      return pushedBack.removeFirst();
    }
    try {
      return readPhysicalLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private PhysicalLine readPhysicalLine() throws IOException {
    long lineOffset = bufferOffset + position;
    int length = 0;
    boolean truncated = false;
    boolean sawAny = false;
    while (true) {
      if (position == limit) {
        bufferOffset += limit;
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          if (!sawAny) {
            return null;
          }
          break;
        }
      }
      sawAny = true;
      int start = position;
      int newline = -1;
      for (int i = start; i < limit; i++) {
        if (buffer[i] == '\n') {
          newline = i;
          break;
        }
      }
      int end = newline < 0 ? limit : newline;
      int chunk = end - start;
      if (length + chunk > MAX_LINE_BYTES) {
        chunk = Math.max(0, MAX_LINE_BYTES - length);
        truncated = true;
      }
      ensureCapacity(length + chunk);
      System.arraycopy(buffer, start, lineBytes, length, chunk);
      length += chunk;
      position = newline < 0 ? limit : newline + 1;
      if (newline >= 0) {
        break;
      }
    }
    physicalLine++;
    int offset = 0;
    if (atStart) {
      atStart = false;
      if (length >= 3 && (lineBytes[0] & 0xFF) == 0xEF && (lineBytes[1] & 0xFF) == 0xBB && (lineBytes[2] & 0xFF) == 0xBF) {
        offset = 3;
      }
    }
    if (length > offset && lineBytes[length - 1] == '\r') {
      length--;
    }
    return decode(physicalLine, lineOffset, offset, length - offset, truncated);
  }

  private PhysicalLine decode(long number, long lineOffset, int offset, int length, boolean truncated) {
    boolean ascii = true;
    for (int i = offset; i < offset + length; i++) {
      if (lineBytes[i] < 0) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return new PhysicalLine(number, new String(lineBytes, offset, length, StandardCharsets.ISO_8859_1), true,
          truncated, lineOffset);
    }
    try {
      CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(lineBytes, offset, length));
      return new PhysicalLine(number, chars.toString(), true, truncated, lineOffset);
    } catch (CharacterCodingException e) {
      return new PhysicalLine(number, new String(lineBytes, offset, length, StandardCharsets.UTF_8), false, truncated,
          lineOffset);
    }
  }

  private void ensureCapacity(int needed) {
    if (needed > lineBytes.length) {
      byte[] bigger = new byte[Math.max(needed, lineBytes.length * 2)];
      System.arraycopy(lineBytes, 0, bigger, 0, lineBytes.length);
      lineBytes = bigger;
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** @param offset the byte where the line starts in the file */
  private record PhysicalLine(long number, String text, boolean validUtf8, boolean truncated, long offset) {}

  /** RFC 4180 field splitting, fed line by line so that a quoted field can span lines. */
  private static final class FieldSplitter {
    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    private final List<String> fields;
    private final StringBuilder current = new StringBuilder();
    private State state = State.FIELD_START;
    private boolean broken;

    /** @param expectedFields the record's width when known (-1 for the header): the list is made that long once */
    FieldSplitter(int expectedFields) {
      fields = new ArrayList<>(Math.max(expectedFields, 16));
    }

    void feed(String text) {
      for (int i = 0, n = text.length(); i < n; i++) {
        char c = text.charAt(i);
        switch (state) {
          case FIELD_START -> {
            if (c == '"') {
              state = State.QUOTED;
            } else if (c == ',') {
              endField();
            } else {
              current.append(c);
              state = State.UNQUOTED;
            }
          }
          case UNQUOTED -> {
            if (c == ',') {
              endField();
            } else {
              current.append(c); // a quote inside an unquoted field is taken literally
            }
          }
          case QUOTED -> {
            if (c == '"') {
              state = State.QUOTE_IN_QUOTED;
            } else {
              current.append(c);
            }
          }
          case QUOTE_IN_QUOTED -> {
            if (c == '"') {
              current.append('"');
              state = State.QUOTED;
            } else if (c == ',') {
              endField();
            } else {
              broken = true;
              current.append(c);
              state = State.UNQUOTED;
            }
          }
        }
      }
    }

    boolean inQuotes() {
      return state == State.QUOTED;
    }

    List<String> finish() {
      fields.add(current.toString());
      current.setLength(0);
      return fields;
    }

    private void endField() {
      fields.add(current.toString());
      current.setLength(0);
      state = State.FIELD_START;
    }
  }

}
