package org.wastetrail.reports.trend;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The period a report is about: a month ({@code 2024-09}), a quarter ({@code 2024-Q3}) or a year ({@code 2024}). */
public record ReportPeriod(String type, YearMonth first, int months) {
  public static final String MONTH = "MONTH";
  public static final String QUARTER = "QUARTER";
  public static final String YEAR = "YEAR";

  private static final Pattern MONTH_LABEL = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER_LABEL = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern YEAR_LABEL = Pattern.compile("\\d{4}");

  /** Parses {@code 2024-09}, {@code 2024-Q3} or {@code 2024}. */
  public static ReportPeriod parse(String label) {
    Matcher m = QUARTER_LABEL.matcher(label);
    if (m.matches()) {
      return new ReportPeriod(QUARTER, YearMonth.of(Integer.parseInt(m.group(1)), 3 * Integer.parseInt(m.group(2)) - 2), 3);
    }
    m = MONTH_LABEL.matcher(label);
    if (m.matches() && Integer.parseInt(m.group(2)) >= 1 && Integer.parseInt(m.group(2)) <= 12) {
      return new ReportPeriod(MONTH, YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))), 1);
    }
    if (YEAR_LABEL.matcher(label).matches()) {
      return new ReportPeriod(YEAR, YearMonth.of(Integer.parseInt(label), 1), 12);
    }
    throw new IllegalArgumentException("'" + label + "' is not a period: use 2024-09, 2024-Q3 or 2024");
  }

  /** The latest calendar year that ends on or before the last record date. */
  public static ReportPeriod latestCompleteYear(LocalDate lastRecordDate) {
    int year = lastRecordDate.getYear() - (lastRecordDate.getMonthValue() == 12 && lastRecordDate.getDayOfMonth() == 31
        ? 0 : 1);
    return new ReportPeriod(YEAR, YearMonth.of(year, 1), 12);
  }

  /** The latest quarter that ends on or before the last record date. */
  public static ReportPeriod latestCompleteQuarter(LocalDate lastRecordDate) {
    YearMonth month = YearMonth.from(lastRecordDate);
    YearMonth quarterStart = month.withMonth(3 * ((month.getMonthValue() - 1) / 3) + 1);
    YearMonth quarterEnd = quarterStart.plusMonths(2);
    boolean complete = !lastRecordDate.isBefore(quarterEnd.atEndOfMonth());
    return new ReportPeriod(QUARTER, complete ? quarterStart : quarterStart.minusMonths(3), 3);
  }

  public YearMonth last() {
    return first.plusMonths(months - 1);
  }

  /** The label used in the report-data tables. */
  public String label() {
    return switch (type) {
      case MONTH -> first.toString();
      case QUARTER -> first.getYear() + "-Q" + ((first.getMonthValue() - 1) / 3 + 1);
      default -> String.valueOf(first.getYear());
    };
  }

  public int quarter() {
    return (first.getMonthValue() - 1) / 3 + 1;
  }

  public ReportPeriod previous() {
    return new ReportPeriod(type, first.minusMonths(months), months);
  }

  public ReportPeriod yearAgo() {
    return new ReportPeriod(type, first.minusYears(1), months);
  }

  public boolean contains(YearMonth month) {
    return !month.isBefore(first) && !month.isAfter(last());
  }

  /** The months labels ({@code 2024-07}) of the {@code count} months ending with this period's last month. */
  public List<String> monthsEndingHere(int count) {
    List<String> labels = new ArrayList<>();
    for (int i = count - 1; i >= 0; i--) {
      labels.add(last().minusMonths(i).toString());
    }
    return labels;
  }
}
