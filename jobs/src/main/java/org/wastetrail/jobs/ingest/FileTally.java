package org.wastetrail.jobs.ingest;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one input file's parse found: rows accepted, rows quarantined, and how often each reason code occurred (a row
 * with several faults counts once per code). A parse task sends its file's tally to the driver when it has read the
 * file to the end, so the counts need no second pass over the rows.
 */
public final class FileTally implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String file;
  private long accepted;
  private long quarantined;
  private final Map<String, Long> reasons = new TreeMap<>();

  public FileTally(String file) {
    this.file = file;
  }

  public String file() {
    return file;
  }

  public long accepted() {
    return accepted;
  }

  public long quarantined() {
    return quarantined;
  }

  /** Rows per reason code. */
  public Map<String, Long> reasons() {
    return reasons;
  }

  /** Counts a parsed row by its reason codes ({@code ;}-separated; null when accepted). */
  void count(String codes) {
    if (codes == null) {
      accepted++;
      return;
    }
    quarantined++;
    for (String code : codes.split(";")) {
      reasons.merge(code, 1L, Long::sum);
    }
  }

  /** Adds the counts of another part of the same file. */
  void add(FileTally part) {
    accepted += part.accepted;
    quarantined += part.quarantined;
    part.reasons.forEach((code, rows) -> reasons.merge(code, rows, Long::sum));
  }

  /** Moves an accepted row to the quarantine under {@code code} (a duplicate found after the parse). */
  void requarantine(String code) {
    accepted--;
    quarantined++;
    reasons.merge(code, 1L, Long::sum);
  }
}
