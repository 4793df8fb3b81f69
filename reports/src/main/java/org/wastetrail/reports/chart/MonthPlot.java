package org.wastetrail.reports.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;

/**
 * A plot over months ({@link MonthAxis}) with one band of consecutive months shaded behind the data as a single
 * translucent rectangle, and the band's name above the plot, where no data can hide it.
 *
 * <p>One rectangle rather than a marker per month: per-month markers leave gaps between months and seams where their
 * anti-aliased edges meet, which print as stripes.
 */
final class MonthPlot extends CategoryPlot {
  private static final long serialVersionUID = 1L;

  private final transient ChartTheme theme;
  private final int bandFrom;
  private final int bandTo;
  private final String bandLabel;

  /**
   * @param bandFrom first shaded month (index, inclusive), -1 for no band; {@code bandTo} last (inclusive)
   * @param bandLabel written above the band; null for none
   */
  MonthPlot(ChartTheme theme, List<String> months, CategoryDataset data, ValueAxis axis,
      CategoryItemRenderer renderer, int bandFrom, int bandTo, String bandLabel) {
    super(data, new MonthAxis(months, theme.locale()), axis, renderer);
    this.theme = theme;
    this.bandFrom = bandFrom;
    this.bandTo = Math.min(bandTo, months.size() - 1);
    this.bandLabel = bandFrom >= 0 ? bandLabel : null;
    if (this.bandLabel != null) {
      RectangleInsets insets = getInsets();
      setInsets(new RectangleInsets(insets.getTop() + ChartTheme.SMALL + 6, insets.getLeft(), insets.getBottom(),
          insets.getRight()));
    }
  }

  /** Draws the band after the plot's background, before its grid lines and data. */
  @Override
  public void drawBackground(Graphics2D g2, Rectangle2D dataArea) {
    super.drawBackground(g2, dataArea);
    if (bandFrom < 0 || bandTo < bandFrom) {
      return;
    }
    CategoryAxis axis = getDomainAxis();
    int count = getCategories().size();
    RectangleEdge edge = getDomainAxisEdge();
    double pitch = count > 1
        ? axis.getCategoryMiddle(1, count, dataArea, edge) - axis.getCategoryMiddle(0, count, dataArea, edge)
        : dataArea.getWidth();
    double left = Math.max(dataArea.getMinX(), axis.getCategoryMiddle(bandFrom, count, dataArea, edge) - pitch / 2);
    double right = Math.min(dataArea.getMaxX(), axis.getCategoryMiddle(bandTo, count, dataArea, edge) + pitch / 2);
    g2.setPaint(ChartTheme.BAND);
    g2.fill(new Rectangle2D.Double(left, dataArea.getMinY(), right - left, dataArea.getHeight()));
    if (bandLabel != null) {
      drawLabel(g2, dataArea, left);
    }
  }

  /** From the band's left edge, moved left as far as needed to end inside the plot. */
  private void drawLabel(Graphics2D g2, Rectangle2D dataArea, double bandLeft) {
    Font font = theme.font(Font.PLAIN, ChartTheme.SMALL);
    g2.setFont(font);
    g2.setPaint(ChartTheme.BAND_TEXT);
    double width = g2.getFontMetrics(font).stringWidth(bandLabel);
    double x = Math.max(dataArea.getMinX(), Math.min(bandLeft, dataArea.getMaxX() - width));
    TextUtils.drawAlignedString(bandLabel, g2, (float) x, (float) dataArea.getMinY() - 4, TextAnchor.BOTTOM_LEFT);
  }
}
