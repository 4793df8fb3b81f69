package org.wastetrail.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.annotations.AbstractAnnotation;
import org.jfree.chart.annotations.CategoryAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * Keeps one extreme month from flattening a monthly line: the axis stops at {@link #limit} and each value beyond it is
 * drawn at the top edge, marked with an upward triangle and labelled with its true value, so that nothing is hidden.
 */
final class OffScaleMarks extends AbstractAnnotation implements CategoryAnnotation {
  private static final long serialVersionUID = 1L;
  /** Fewer months say too little about what is usual to set any value apart. */
  static final int MIN_MONTHS = 10;
  /** A value is extreme beyond this multiple of the 95th percentile... */
  static final double EXTREME = 2.5;
  /** ...and the axis then ends at this multiple of it. */
  static final double HEADROOM = 1.5;

  private final transient ChartTheme theme;
  private final double[] values;
  private final double limit;
  private final Color color;

  private OffScaleMarks(ChartTheme theme, double[] values, double limit, Color color) {
    this.theme = theme;
    this.values = values.clone();
    this.limit = limit;
    this.color = color;
  }

  /**
   * Marks for the values beyond a robust upper limit, or null when every value fits: when the largest value exceeds
   * {@link #EXTREME} times the 95th percentile (the lower nearest rank, so that one or two extremes in 36 months cannot
   * raise it), the limit is {@link #HEADROOM} times that percentile.
   */
  static OffScaleMarks of(ChartTheme theme, double[] values, Color color) {
    double[] finite = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
    if (finite.length < MIN_MONTHS) {
      return null;
    }
    double p95 = finite[(int) Math.floor(0.95 * (finite.length - 1))];
    double max = finite[finite.length - 1];
    return p95 > 0 && max > EXTREME * p95 ? new OffScaleMarks(theme, values, HEADROOM * p95, color) : null;
  }

  double limit() {
    return limit;
  }

  /** The values to draw: those beyond the limit at the limit (NaN stays NaN). */
  double[] clipped() {
    return Arrays.stream(values).map(v -> v > limit ? limit : v).toArray();
  }

  @Override
  public void draw(Graphics2D g2, CategoryPlot plot, Rectangle2D dataArea, CategoryAxis domainAxis,
      ValueAxis rangeAxis) {
    RectangleEdge edge = plot.getDomainAxisEdge();
    g2.setFont(theme.font(Font.BOLD, ChartTheme.SMALL));
    FontMetrics metrics = g2.getFontMetrics();
    double top = dataArea.getMinY();
    List<Double> rowEnds = new ArrayList<>();
    List<Shape> marks = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      if (values[i] > limit) {
        double x = domainAxis.getCategoryMiddle(i, values.length, dataArea, edge);
        marks.add(triangle(x, top));
        String text = value(values[i]);
        Rectangle2D box = place(x, metrics.stringWidth(text) + 4, metrics.getHeight(), top, dataArea, rowEnds);
        g2.setPaint(new Color(255, 255, 255, 220));
        g2.fill(box);
        g2.setPaint(color.darker());
        TextUtils.drawAlignedString(text, g2, (float) box.getX() + 2, (float) box.getCenterY(),
            TextAnchor.HALF_ASCENT_LEFT);
      }
    }
    // Marks last, so that no label covers a neighbouring mark.
    g2.setStroke(new BasicStroke(1f));
    for (Shape mark : marks) {
      g2.setPaint(color);
      g2.fill(mark);
      g2.setPaint(Color.WHITE);
      g2.draw(mark);
    }
  }

  /** Whole numbers from 100 up, else one decimal: the true value, not the axis's precision. */
  private String value(double value) {
    NumberFormat format = theme.numbers();
    format.setMaximumFractionDigits(value >= 100 ? 0 : 1);
    return format.format(value);
  }

  private static Shape triangle(double x, double top) {
    Path2D.Double triangle = new Path2D.Double();
    triangle.moveTo(x, top);
    triangle.lineTo(x - 6, top + 9);
    triangle.lineTo(x + 6, top + 9);
    triangle.closePath();
    return triangle;
  }

  /**
   * A label's box beside its mark: right of it, else left of it, on the first row down from the top where it overlaps
   * no earlier label and stays inside the plot. {@code rowEnds} holds each row's rightmost label edge so far.
   */
  private static Rectangle2D place(double x, double width, double height, double top, Rectangle2D dataArea,
      List<Double> rowEnds) {
    for (int row = 0; row <= rowEnds.size(); row++) {
      double free = row < rowEnds.size() ? rowEnds.get(row) + 4 : dataArea.getMinX();
      for (double left : new double[] {x + 8, x - 8 - width}) {
        if (left >= Math.max(free, dataArea.getMinX()) && left + width <= dataArea.getMaxX()) {
          return take(rowEnds, row, left, width, height, top);
        }
      }
    }
    // Wider than the room on either side: against the plot's left edge, on a row of its own.
    return take(rowEnds, rowEnds.size(), dataArea.getMinX(), width, height, top);
  }

  private static Rectangle2D take(List<Double> rowEnds, int row, double left, double width, double height,
      double top) {
    if (row == rowEnds.size()) {
      rowEnds.add(left + width);
    } else {
      rowEnds.set(row, left + width);
    }
    return new Rectangle2D.Double(left, top + 1 + row * height, width, height);
  }
}
