package org.wastetrail.jobs.ingest;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one input file's parse found: rows accepted, rows quarantined, and how often each reason code occurred (a row
 * with several faults counts once per code). A parse task sends its file's tally to the driver when it has read the
 * file to the end, so the counts need no second pass over the rows. It also keeps the least and greatest id accepted,
 * in Spark's order of strings (code points), which bound the existing records the file can replace.
 */
public final class FileTally implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String file;
  private long accepted;
  private long quarantined;
  private final Map<String, Long> reasons = new TreeMap<>();
  private String minId;
  private String maxId;

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

  /** The least id accepted, in code point order; null when none was. */
  public String minId() {
    return minId;
  }

  /** The greatest id accepted, in code point order; null when none was. */
  public String maxId() {
    return maxId;
  }

  /** Rows per reason code. */
  public Map<String, Long> reasons() {
    return reasons;
  }

  /** Counts a parsed row by its reason codes ({@code ;}-separated; null when accepted, with its id). */
  void count(String codes, String id) {
    if (codes == null) {
      accepted++;
      if (id != null) { // required, so never null when accepted; a null id would match no record anyway
        widen(id, id);
      }
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
    if (part.minId != null) {
      widen(part.minId, part.maxId);
    }
  }

  private void widen(String low, String high) {
    if (minId == null || compareCodePoints(low, minId) < 0) {
      minId = low;
    }
    if (maxId == null || compareCodePoints(high, maxId) > 0) {
      maxId = high;
    }
  }

  /**
   * Strings in code point order, as Spark compares them (by their UTF-8 bytes). {@link String#compareTo} compares
   * UTF-16 units, which puts a letter beyond U+FFFF (a surrogate pair) before U+E000..U+FFFF; the first differing
   * units are moved so that surrogates sort last.
   */
  static int compareCodePoints(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        return inCodePointOrder(x) - inCodePointOrder(y);
      }
    }
    return a.length() - b.length();
  }

  private static int inCodePointOrder(char c) {
    return c >= 0xE000 ? c - 0x800 : c >= 0xD800 ? c + 0x2000 : c;
  }

  /** Moves an accepted row to the quarantine under {@code code} (a duplicate found after the parse). */
  void requarantine(String code) {
    accepted--;
    quarantined++;
    reasons.merge(code, 1L, Long::sum);
  }
}
