package org.wastetrail.jobs.ingest;

import java.util.List;

/**
 * One logical CSV record as read from a file: the physical line it starts on, its original text, and either its
 * fields or the reason it could not be split into fields.
 */
public record RawRecord(long line, String text, List<String> fields, Fault malformation) {

  static RawRecord parsed(long line, String text, List<String> fields) {
    return new RawRecord(line, text, fields, null);
  }

  static RawRecord malformed(long line, String text, ReasonCode code, String message) {
    return new RawRecord(line, text, null, new Fault(code, null, message));
  }

  public boolean isMalformed() {
    return malformation != null;
  }
}
