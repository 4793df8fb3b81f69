package org.wastetrail.reports.model;

import java.math.BigDecimal;

/** Changes against an earlier value in words: "-8 (-13.6%)", "no change", "+3 · new", "no earlier data", "+2.1 pp". */
public final class Changes {
  private final Messages m;
  private final Formats f;

  public Changes(Messages messages) {
    this.m = messages;
    this.f = new Formats(messages.locale());
  }

  /** The change against a comparison value; {@code base} {@code null} when it lies before the data. */
  public String change(BigDecimal value, BigDecimal base, int digits) {
    if (base == null) {
      return m.get("change.unknown");
    }
    if (value.compareTo(base) == 0) {
      return m.get("change.none");
    }
    if (base.signum() == 0) {
      return f.signedChange(value, base, digits) + " · " + m.get("change.new");
    }
    return f.signedChange(value.subtract(base), base, digits);
  }

  /** A rate's change in percentage points; unknown when either rate is. */
  public String points(Double rate, Double baseRate) {
    return rate == null || baseRate == null ? m.get("change.unknown")
        : m.format("change.points", f.points(rate - baseRate));
  }

  /** {@code up}, {@code down}, {@code flat}, or {@code none} without a comparison value. */
  public static String direction(BigDecimal value, BigDecimal base) {
    if (value == null || base == null) {
      return "none";
    }
    int c = value.compareTo(base);
    return c > 0 ? "up" : c < 0 ? "down" : "flat";
  }
}
