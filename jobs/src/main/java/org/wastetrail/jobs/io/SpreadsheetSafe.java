package org.wastetrail.jobs.io;

/**
 * Neutralises text cells that a spreadsheet would read as a formula (CSV injection): a cell starting with {@code =},
 * {@code +}, {@code -}, {@code @}, tab or carriage return gets a leading apostrophe. Numbers are never passed here.
 */
public final class SpreadsheetSafe {
  private SpreadsheetSafe() {}

  public static String text(String value) {
    if (value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
        ? "'" + value : value;
  }
}
