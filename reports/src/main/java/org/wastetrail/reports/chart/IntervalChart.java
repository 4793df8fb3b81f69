package org.wastetrail.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XIntervalSeries;
import org.jfree.data.xy.XIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Horizontal dot-and-whisker rows, one per key in rank order from the top: the estimate as a filled dot on its interval
 * line, the raw rate as a hollow ring, and a dashed vertical line at the reference rate. Rates are fractions shown as
 * percentages.
 */
public final class IntervalChart {
  /** Height of one key's row, and of the axis, legend and margins around the rows. */
  static final int ROW = 26;
  static final int FRAME = 96;
  private static final double DOT = 9;
  private static final Shape DOT_SHAPE = new Ellipse2D.Double(-DOT / 2, -DOT / 2, DOT, DOT);
  private static final Shape LEGEND_LINE = new Line2D.Double(-9, 0, 9, 0);
  private static final BasicStroke INTERVAL_STROKE = new BasicStroke(2.2f);
  private static final BasicStroke RING_STROKE = new BasicStroke(1.6f);
  private static final BasicStroke REFERENCE_STROKE = new BasicStroke(1.4f, BasicStroke.CAP_BUTT,
      BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f);
  private static final Color REFERENCE = new Color(0x52606D);

  private final ChartTheme theme;
  private final int width;

  public IntervalChart(ChartTheme theme, int width) {
    this.theme = theme;
    this.width = width;
  }

  /** The chart's height for a number of keys: a fixed row height, so that ten keys and three look alike. */
  static int height(int keys) {
    return FRAME + ROW * Math.max(keys, 1);
  }

  /**
   * @param legend the names of the estimate, the interval, the raw rate and the reference line, in that order
   */
  public ChartImage render(String id, List<String> keys, double[] estimates, double[] lows, double[] highs,
      double[] raw, double reference, String referenceLabel, String axisLabel, List<String> legend) {
    XIntervalSeries intervals = new XIntervalSeries(legend.get(0));
    XYSeries rawRates = new XYSeries(legend.get(2));
    for (int i = 0; i < keys.size(); i++) {
      intervals.add(estimates[i], lows[i], highs[i], i);
      rawRates.add(raw[i], i);
    }
    NumberAxis rateAxis = new NumberAxis(axisLabel);
    rateAxis.setStandardTickUnits(theme.percentTicks());
    rateAxis.setAutoRangeIncludesZero(true);
    // Room right of the largest value for its ring, never a tick past 100%.
    double top = Math.min(1.04, Math.max(reference, Math.max(max(highs), max(raw))) * 1.08 + 0.01);
    // A little room left of 0 so that a ring at 0% shows whole; no tick falls there.
    rateAxis.setRange(-top * 0.015, top);
    SymbolAxis keyAxis = new SymbolAxis(null, keys.toArray(new String[0]));
    keyAxis.setInverted(true); // rank 1 at the top
    keyAxis.setGridBandsVisible(false);
    // A free band above the first row for the reference line's label.
    keyAxis.setRange(-1.2, keys.size() - 0.4);

    XYErrorRenderer whiskers = new XYErrorRenderer();
    whiskers.setDrawXError(true);
    whiskers.setDrawYError(false);
    whiskers.setCapLength(7);
    whiskers.setErrorStroke(INTERVAL_STROKE);
    whiskers.setErrorPaint(theme.color(0));
    whiskers.setSeriesPaint(0, theme.color(0));
    whiskers.setSeriesShape(0, DOT_SHAPE);
    whiskers.setDefaultLinesVisible(false);
    XYLineAndShapeRenderer rings = new XYLineAndShapeRenderer(false, true);
    rings.setSeriesShape(0, DOT_SHAPE);
    rings.setSeriesShapesFilled(0, false);
    rings.setSeriesPaint(0, theme.color(1));
    rings.setSeriesOutlineStroke(0, RING_STROKE);
    rings.setUseOutlinePaint(false);
    rings.setDrawOutlines(true);
    rings.setSeriesStroke(0, RING_STROKE);

    XYPlot plot = new XYPlot(new XIntervalSeriesCollection(), rateAxis, keyAxis, whiskers);
    ((XIntervalSeriesCollection) plot.getDataset(0)).addSeries(intervals);
    // The raw rings are drawn over the dots, so that a raw rate equal to its estimate still shows.
    plot.setDataset(1, new XYSeriesCollection(rawRates));
    plot.setRenderer(1, rings);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    plot.addDomainMarker(referenceMarker(reference, referenceLabel));
    plot.setFixedLegendItems(legendItems(legend));
    plot.setDomainGridlinesVisible(true);
    plot.setRangeGridlinesVisible(true);
    JFreeChart chart = new JFreeChart(null, null, plot, true);
    theme.apply(chart);
    // The last tick label is centred on the plot's right edge: room for its right half.
    chart.setPadding(new RectangleInsets(2, 2, 2, 18));
    return ChartDrawing.draw(chart, id, width, height(keys.size()));
  }

  private ValueMarker referenceMarker(double reference, String label) {
    ValueMarker marker = new ValueMarker(reference, REFERENCE, REFERENCE_STROKE);
    marker.setLabel(label);
    marker.setLabelFont(theme.font(Font.PLAIN, ChartTheme.SMALL));
    marker.setLabelPaint(ChartTheme.TEXT);
    marker.setLabelBackgroundColor(Color.WHITE);
    // Above the rows, just right of the line, in the free band at the top.
    marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
    marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
    marker.setLabelOffset(new RectangleInsets(1, 4, 1, 4));
    return marker;
  }

  private LegendItemCollection legendItems(List<String> names) {
    LegendItemCollection items = new LegendItemCollection();
    items.add(item(names.get(0), DOT_SHAPE, true, theme.color(0), false, null));
    items.add(item(names.get(1), DOT_SHAPE, false, theme.color(0), true, INTERVAL_STROKE));
    items.add(item(names.get(2), DOT_SHAPE, false, theme.color(1), false, null));
    items.add(item(names.get(3), DOT_SHAPE, false, REFERENCE, true, REFERENCE_STROKE));
    return items;
  }

  /** A legend entry: a dot (filled or a ring) or, with {@code line}, a short line in the given stroke. */
  private static LegendItem item(String name, Shape shape, boolean filled, Color color, boolean line,
      BasicStroke stroke) {
    return new LegendItem(name, null, null, null, !line, shape, filled, color, !filled && !line, color, RING_STROKE,
        line, LEGEND_LINE, line ? stroke : RING_STROKE, color);
  }

  private static double max(double[] values) {
    return Arrays.stream(values).filter(Double::isFinite).max().orElse(0);
  }
}
