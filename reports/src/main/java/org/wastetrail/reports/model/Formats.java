package org.wastetrail.reports.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as a reader of one locale expects them: grouped counts, tonnes, kg, percentages, signed changes. */
public final class Formats {
  private final Locale locale;

  public Formats(Locale locale) {
    this.locale = locale;
  }

  public String count(long value) {
    return NumberFormat.getIntegerInstance(locale).format(value);
  }

  /** Kilograms as tonnes with one decimal. */
  public String tonnes(BigDecimal kg) {
    return decimal(kg == null ? BigDecimal.ZERO : kg.movePointLeft(3), 1);
  }

  public String kg(BigDecimal kg) {
    return kg == null ? "–" : decimal(kg, 0);
  }

  /** Kilograms to the gram, as recorded ({@code 8,642.375}): quota excesses are legal figures, not estimates. */
  public String exactKg(BigDecimal kg) {
    if (kg == null) {
      return "–";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(3);
    return format.format(kg.setScale(3, RoundingMode.HALF_UP));
  }

  /** A fraction as a percentage with one decimal ({@code 0.193} → {@code 19.3%}). */
  public String percent(Double fraction) {
    if (fraction == null) {
      return "–";
    }
    NumberFormat format = NumberFormat.getPercentInstance(locale);
    format.setMinimumFractionDigits(1);
    format.setMaximumFractionDigits(1);
    return format.format(fraction);
  }

  /** A round share as a whole percentage ({@code 0.1} → {@code 10%}): budgets, thresholds. */
  public String wholePercent(double fraction) {
    return NumberFormat.getPercentInstance(locale).format(fraction);
  }

  /** At most one decimal, none when whole: medians of whole days read {@code 43} or {@code 42.5}. */
  public String upToOneDecimal(BigDecimal value) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(1);
    return format.format(value.setScale(1, RoundingMode.HALF_UP));
  }

  public String decimal(BigDecimal value, int digits) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(digits);
    format.setMaximumFractionDigits(digits);
    return format.format(value.setScale(digits, RoundingMode.HALF_UP));
  }

  /** A signed change with its relative change: {@code +12 (+25.0%)}. */
  public String signedChange(BigDecimal change, BigDecimal base, int digits) {
    String sign = change.signum() > 0 ? "+" : "";
    String absolute = sign + decimal(change, digits);
    if (base.signum() == 0) {
      return absolute;
    }
    double relative = change.doubleValue() / base.doubleValue();
    NumberFormat percent = NumberFormat.getPercentInstance(locale);
    percent.setMinimumFractionDigits(1);
    percent.setMaximumFractionDigits(1);
    return absolute + " (" + (relative > 0 ? "+" : "") + percent.format(relative) + ")";
  }

  /** A change of a rate in percentage points with one decimal and its sign. */
  public String points(double change) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(1);
    format.setMaximumFractionDigits(1);
    return (change > 0 ? "+" : "") + format.format(change * 100);
  }
}
