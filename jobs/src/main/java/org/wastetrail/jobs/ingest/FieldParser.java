package org.wastetrail.jobs.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.wastetrail.jobs.reference.ReferenceData;

/**
 * Turns one field's text into its warehouse value, or records the fault. Values: text as {@code String}, dates as
 * epoch days ({@code Integer}), decimals as {@code BigDecimal} with {@value #DECIMAL_SCALE} decimals, whole numbers as
 * {@code Long} (pieces) or {@code Integer} (administrations).
 */
final class FieldParser {
  static final int DECIMAL_SCALE = 6;
  static final int DECIMAL_PRECISION = 22;
  static final int MIN_YEAR = 1900;
  static final int MAX_YEAR = 2100;


  private static final BigDecimal DECIMAL_LIMIT = BigDecimal.TEN.pow(DECIMAL_PRECISION - DECIMAL_SCALE);

  private final ReferenceData reference;

  FieldParser(ReferenceData reference) {
    this.reference = reference;
  }

  /** The value of a non-blank field, or {@code null} after adding the fault to {@code faults}. */
  Object parse(ColumnSpec column, String text, List<Fault> faults) {
    String name = column.name();
    switch (column.type()) {
      case TEXT -> {
        int length = text.codePointCount(0, text.length());
        if (column.maxLength() > 0 && length > column.maxLength()) {
          return fail(faults, ReasonCode.TOO_LONG, name, shorten(text),
              "is " + length + " characters long, at most " + column.maxLength() + " are allowed");
        }
        return text;
      }
      case CAMPAIGN_ID -> {
        return isCampaignId(text) ? text
            : fail(faults, ReasonCode.INVALID_ID, name, text, "may hold only A-Z, 0-9, '_' and '-'");
      }
      case DATE -> {
        return parseDate(name, text, faults);
      }
      case COUNTRY -> {
        return parseCountry(name, text, faults);
      }
      case COUNTRY_LIST -> {
        return parseList(column, text, faults);
      }
      case LOCODE, KNOWN_PORT -> {
        return parseLocode(column, text, faults);
      }
      case LOCODE_LIST_OR_ALL -> {
        return Vocabulary.ALL_PORTS.equals(text) ? text : parseList(column, text, faults);
      }
      case ENUM -> {
        return column.values().contains(text) ? text
            : fail(faults, ReasonCode.INVALID_ENUM, name, text, "must be one of " + String.join(", ", column.values()));
      }
      case HS6 -> {
        return text.length() == 6 && digits(text, 0, 6) ? text
            : fail(faults, ReasonCode.INVALID_HS_CODE, name, text, "must be exactly 6 digits");
      }
      case HS_PREFIX -> {
        return text.length() >= 2 && text.length() <= 6 && digits(text, 0, text.length()) ? text
            : fail(faults, ReasonCode.INVALID_HS_CODE, name, text, "must be 2 to 6 digits");
      }
      case DECIMAL_POSITIVE, DECIMAL_NON_NEGATIVE -> {
        return parseDecimal(column, text, faults);
      }
      case INTEGER_NON_NEGATIVE, INTEGER_POSITIVE -> {
        return parseInteger(column, text, faults);
      }
      case YEAR -> {
        return parseYear(name, text, faults);
      }
      case BASEL_CODE -> {
        return reference.baselCode(text) != null ? text
            : fail(faults, ReasonCode.UNKNOWN_BASEL_CODE, name, text, "is not a code of the Basel reference");
      }
      default -> throw new IllegalStateException("unhandled type " + column.type());
    }
  }

  private Object parseDate(String name, String text, List<Fault> faults) {
    if (isDate(text)) {
      try {
        LocalDate date = LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5, 7)),
            Integer.parseInt(text.substring(8, 10)));
        return (int) date.toEpochDay();
      } catch (DateTimeException e) {
        return fail(faults, ReasonCode.INVALID_DATE, name, text, "is not a calendar date");
      }
    }
    return fail(faults, ReasonCode.INVALID_DATE, name, text, "must be a date written yyyy-MM-dd");
  }

  private Object parseCountry(String name, String text, List<Fault> faults) {
    if (!(text.length() == 2 && upper(text.charAt(0)) && upper(text.charAt(1)))) {
      return fail(faults, ReasonCode.INVALID_COUNTRY, name, text,
          "must be an upper-case ISO 3166-1 alpha-2 code (ZZ if unknown)");
    }
    return reference.isCountry(text) ? text
        : fail(faults, ReasonCode.INVALID_COUNTRY, name, text, "is not a country of the countries reference");
  }

  private Object parseLocode(ColumnSpec column, String text, List<Fault> faults) {
    if (!isLocode(text)) {
      return fail(faults, ReasonCode.INVALID_LOCODE, column.name(), text,
          "must be a UN/LOCODE: 2-letter country and 3 letters or digits, upper case");
    }
    if (column.type() == FieldType.KNOWN_PORT && !reference.isKnownPort(text)) {
      return fail(faults, ReasonCode.UNKNOWN_PORT, column.name(), text, "is not in the ports reference");
    }
    return text;
  }

  /** A {@code ;}-separated list, each item checked as a country or a port; stored with the items trimmed. */
  private Object parseList(ColumnSpec column, String text, List<Fault> faults) {
    String[] items = text.split(";", -1);
    StringBuilder normalised = new StringBuilder(text.length());
    int before = faults.size();
    for (String raw : items) {
      String item = raw.strip();
      Object ok = column.type() == FieldType.COUNTRY_LIST
          ? parseCountry(column.name(), item, faults)
          : parseLocode(ColumnSpec.required(column.name(), FieldType.LOCODE), item, faults);
      if (ok != null) {
        normalised.append(normalised.length() == 0 ? "" : ";").append(item);
      }
    }
    return faults.size() == before ? normalised.toString() : null;
  }

  private Object parseDecimal(ColumnSpec column, String text, List<Fault> faults) {
    if (!isDecimal(text)) {
      return fail(faults, ReasonCode.INVALID_NUMBER, column.name(), text,
          "must be a number with '.' as decimal separator and no thousands separators");
    }
    BigDecimal value = new BigDecimal(text).setScale(DECIMAL_SCALE, RoundingMode.HALF_UP);
    if (column.type() == FieldType.DECIMAL_POSITIVE && value.signum() <= 0) {
      return fail(faults, ReasonCode.OUT_OF_RANGE, column.name(), text, "must be greater than 0");
    }
    if (value.signum() < 0) {
      return fail(faults, ReasonCode.OUT_OF_RANGE, column.name(), text, "must not be negative");
    }
    if (value.compareTo(DECIMAL_LIMIT) >= 0) {
      return fail(faults, ReasonCode.OUT_OF_RANGE, column.name(), text, "is too large (at most 16 integer digits)");
    }
    return value;
  }

  private Object parseInteger(ColumnSpec column, String text, List<Fault> faults) {
    if (!isInteger(text) || text.length() > 18) {
      return fail(faults, ReasonCode.INVALID_NUMBER, column.name(), text, "must be a whole number");
    }
    long value = Long.parseLong(text);
    long minimum = column.type() == FieldType.INTEGER_POSITIVE ? 1 : 0;
    if (value < minimum) {
      return fail(faults, ReasonCode.OUT_OF_RANGE, column.name(), text, "must be at least " + minimum);
    }
    if (column.type() == FieldType.INTEGER_POSITIVE) {
      return value > Integer.MAX_VALUE
          ? fail(faults, ReasonCode.OUT_OF_RANGE, column.name(), text, "is too large")
          : (Object) (int) value;
    }
    return value;
  }

  private Object parseYear(String name, String text, List<Fault> faults) {
    if (text.length() != 4 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return fail(faults, ReasonCode.INVALID_NUMBER, name, text, "must be a year written with four digits");
    }
    int year = Integer.parseInt(text);
    return year < MIN_YEAR || year > MAX_YEAR
        ? fail(faults, ReasonCode.OUT_OF_RANGE, name, text, "must be between " + MIN_YEAR + " and " + MAX_YEAR)
        : (Object) year;
  }

  // The shapes of the fields, checked character by character (regular expressions were a quarter of the parse):
  // only ASCII letters and digits count, as [A-Z] and [0-9] do.

  /** {@code [0-9]{4}-[0-9]{2}-[0-9]{2}} */
  static boolean isDate(String text) {
    return text.length() == 10 && digits(text, 0, 4) && text.charAt(4) == '-' && digits(text, 5, 7)
        && text.charAt(7) == '-' && digits(text, 8, 10);
  }

  /** {@code [A-Z]{2}[A-Z2-9]{3}} */
  static boolean isLocode(String text) {
    if (text.length() != 5 || !upper(text.charAt(0)) || !upper(text.charAt(1))) {
      return false;
    }
    for (int i = 2; i < 5; i++) {
      char c = text.charAt(i);
      if (!upper(c) && (c < '2' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  /** {@code [A-Z0-9_-]+} */
  static boolean isCampaignId(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!upper(c) && !digit(c) && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** {@code -?[0-9]+(\.[0-9]+)?} */
  static boolean isDecimal(String text) {
    int start = text.startsWith("-") ? 1 : 0;
    int point = text.indexOf('.', start);
    return point < 0 ? start < text.length() && digits(text, start, text.length())
        : point > start && point < text.length() - 1 && digits(text, start, point)
            && digits(text, point + 1, text.length());
  }

  /** {@code -?[0-9]+} */
  static boolean isInteger(String text) {
    int start = text.startsWith("-") ? 1 : 0;
    return start < text.length() && digits(text, start, text.length());
  }

  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!digit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean upper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  static Object fail(List<Fault> faults, ReasonCode code, String field, String value, String rule) {
    faults.add(new Fault(code, field, "field " + field + ": '" + value + "' " + rule));
    return null;
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
