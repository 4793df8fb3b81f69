package org.wastetrail.reports.chart;

import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/** Bars grouped by category (e.g. editions of an operation), one colour per series (e.g. in scope / out of scope). */
public final class GroupedBarChart {
  /** Significant digits a value label keeps at least, so that a small rate never reads as 0. */
  static final int SIGNIFICANT = 2;

  private final ChartTheme theme;
  private final int width;
  private final int height;

  public GroupedBarChart(ChartTheme theme, int width, int height) {
    this.theme = theme;
    this.width = width;
    this.height = height;
  }

  /**
   * values per series, aligned with categories; NaN = no bar (and no zero label). Values labelled on the bars with the
   * given decimals (more when a small value would otherwise show fewer than {@link #SIGNIFICANT} significant digits).
   */
  public ChartImage render(String id, List<String> categories, LinkedHashMap<String, double[]> series,
      String axisLabel, int decimals) {
    DefaultCategoryDataset data = CategoryData.of(categories, series);
    NumberAxis axis = new NumberAxis(axisLabel);
    axis.setStandardTickUnits(theme.numberTicks(false));
    axis.setUpperMargin(0.15);
    BarRenderer renderer = new BarRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setMaximumBarWidth(0.12);
    renderer.setItemMargin(0.06);
    List<Color> colors = theme.colors(new ArrayList<>(series.keySet()), null);
    for (int i = 0; i < colors.size(); i++) {
      renderer.setSeriesPaint(i, colors.get(i));
    }
    NumberFormat labels = theme.numbers();
    int shown = labelDecimals(series, decimals);
    labels.setMinimumFractionDigits(shown);
    labels.setMaximumFractionDigits(shown);
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", labels));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(theme.font(Font.PLAIN, ChartTheme.SMALL));
    renderer.setDefaultItemLabelPaint(ChartTheme.TEXT);
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
    renderer.setItemLabelAnchorOffset(3);
    CategoryAxis categoryAxis = new CategoryAxis();
    categoryAxis.setMaximumCategoryLabelLines(2);
    categoryAxis.setCategoryMargin(0.3);
    CategoryPlot plot = new CategoryPlot(data, categoryAxis, axis, renderer);
    JFreeChart chart = new JFreeChart(null, null, plot, true);
    theme.apply(chart);
    return ChartDrawing.draw(chart, id, width, height);
  }

  /**
   * The decimals asked for, or more when the smallest non-zero value would otherwise show fewer than
   * {@link #SIGNIFICANT} significant digits (0.0031 with 2 decimals would read 0.00); one count for every label.
   */
  static int labelDecimals(Map<String, double[]> series, int decimals) {
    double smallest = series.values().stream().flatMapToDouble(Arrays::stream)
        .filter(v -> Double.isFinite(v) && v != 0).map(Math::abs).min().orElse(1);
    int needed = SIGNIFICANT - 1 - (int) Math.floor(Math.log10(smallest));
    return Math.max(decimals, needed);
  }
}
