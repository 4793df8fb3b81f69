package org.wastetrail.reports.chart;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A month axis read horizontally: the month's short name in the report's language, the year under the first label and
 * under each January. Over more than 12 months only the first month of every quarter is labelled (or of every half
 * year, or January, when even that would not fit), so that labels never overlap and never need turning.
 */
final class MonthAxis extends CategoryAxis {
  private static final int[] STEPS = {1, 3, 6, 12};
  /** Space between two labels, in pixels. */
  private static final int GAP = 8;

  private final List<YearMonth> months;
  private final DateTimeFormatter monthName;
  private int step = 1;

  /** @param months the categories, as {@code 2024-01} */
  MonthAxis(List<String> months, Locale locale) {
    this.months = new ArrayList<>();
    for (String month : months) {
      try {
        this.months.add(YearMonth.parse(month));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("month '" + month + "' is not written as yyyy-MM", e);
      }
    }
    this.monthName = DateTimeFormatter.ofPattern("LLL", locale);
  }

  @Override
  @SuppressWarnings("rawtypes")
  public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
    step = step(g2.getFontMetrics(getTickLabelFont()), dataArea.getWidth());
    return super.refreshTicks(g2, state, dataArea, edge);
  }

  @Override
  @SuppressWarnings("rawtypes")
  protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
    return TextUtils.createTextBlock(label(months.indexOf(YearMonth.parse(category.toString()))),
        getTickLabelFont(category), getTickLabelPaint(category));
  }

  /** The month's label, empty when it is skipped. */
  String label(int index) {
    YearMonth month = months.get(index);
    if (!labelled(month)) {
      return "";
    }
    boolean firstLabel = months.subList(0, index).stream().noneMatch(this::labelled);
    String name = monthName.format(month);
    return firstLabel || month.getMonthValue() == 1 ? name + "\n" + month.getYear() : name;
  }

  private boolean labelled(YearMonth month) {
    return (month.getMonthValue() - 1) % step == 0;
  }

  /** Every month up to 12 months if they fit; else the smallest step whose labels fit the width per label. */
  private int step(FontMetrics metrics, double width) {
    int widest = 0;
    for (YearMonth month : months) {
      widest = Math.max(widest, Math.max(metrics.stringWidth(monthName.format(month)),
          metrics.stringWidth(String.valueOf(month.getYear()))));
    }
    double perMonth = width / Math.max(1, months.size());
    for (int candidate : STEPS) {
      if ((candidate > 1 || months.size() <= 12) && candidate * perMonth >= widest + GAP) {
        return candidate;
      }
    }
    return STEPS[STEPS.length - 1];
  }
}
