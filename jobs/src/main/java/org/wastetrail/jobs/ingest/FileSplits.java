package org.wastetrail.jobs.ingest;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a large input file can be cut into parts that are parsed in parallel and give exactly the records one reader
 * gives: at the start of a record ({@link CsvRecordReader#recordOffset()}). Records may span lines and broken quoting
 * is resynchronised line by line, so no byte pattern marks such a place: the file is read with the record reader
 * itself, up to the last cut (the rest is not read).
 */
final class FileSplits {
  private FileSplits() {}

  /** A part of a file: its records start at or after {@code start} and before {@code end}. */
  record Part(long start, long end, long linesBefore) {}

  /**
   * The file cut into about {@code parts} parts of equal size, each starting at the first record that starts at or
   * after its share of the bytes; fewer parts when a record spans more than a share.
   *
   * @param in the whole file from its first byte; read only up to the last cut
   * @param headerWidth the header's field count, as every parse of the file expects
   */
  static List<Part> cut(InputStream in, long size, int headerWidth, int parts) {
    List<Part> cut = new ArrayList<>();
    cut.add(new Part(0, Long.MAX_VALUE, 0)); // the last part runs to the end; a new cut ends it
    CsvRecordReader reader = new CsvRecordReader(in);
    if (parts > 1 && reader.next() != null) { // the header
      reader.expectFields(headerWidth);
      int share = 1;
      while (share < parts) {
        RawRecord record = reader.next();
        if (record == null) {
          break;
        }
        long offset = reader.recordOffset();
        if (offset >= size * share / parts) {
          Part last = cut.remove(cut.size() - 1);
          cut.add(new Part(last.start(), offset, last.linesBefore()));
          cut.add(new Part(offset, Long.MAX_VALUE, record.line() - 1));
          while (share < parts && offset >= size * share / parts) {
            share++;
          }
        }
      }
    }
    return cut;
  }
}
