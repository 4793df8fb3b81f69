package org.wastetrail.reports.model;

import org.wastetrail.reports.model.Report.Cell;

/** Table cells by how they are laid out (outside {@link Cell}: templates call its accessors by these names). */
public final class Cells {
  private Cells() {}

  /** A number: right-aligned and unbroken. */
  public static Cell number(String text) {
    return new Cell(text, "num");
  }

  /** An id, port, route or date: unbroken; right-aligned when {@code numeric}. */
  public static Cell code(String text, boolean numeric) {
    return new Cell(text, numeric ? "num" : "code");
  }

  /** Words that may wrap. */
  public static Cell text(String text) {
    return new Cell(text, "text");
  }
}
