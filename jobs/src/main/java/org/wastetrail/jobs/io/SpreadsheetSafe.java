package org.wastetrail.jobs.io;

import java.util.regex.Pattern;

/**
 * Neutralises text cells that a spreadsheet would read as a formula (CSV injection): a cell starting with {@code =},
 * {@code +}, {@code -}, {@code @}, tab or carriage return gets a leading apostrophe. A neutralised cell starts with the
 * apostrophe, so neutralising it again changes nothing.
 */
public final class SpreadsheetSafe {
  private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  private SpreadsheetSafe() {}

  /** A text cell, neutralised; numbers are never passed here. */
  public static String text(String value) {
    if (value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
        ? "'" + value : value;
  }

  /** A cell of unknown kind, as read back from a CSV: a plain number ({@code -12.5}) stays as it is, text is neutralised. */
  public static String cell(String value) {
    return isPlainNumber(value) ? value : text(value);
  }

  /** A number as the project writes it: optional minus, digits, optional decimals; no exponent, no grouping. */
  public static boolean isPlainNumber(String value) {
    return PLAIN_NUMBER.matcher(value).matches();
  }
}
