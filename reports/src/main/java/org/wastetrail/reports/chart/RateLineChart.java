package org.wastetrail.reports.chart;

import java.awt.BasicStroke;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** A monthly rate (hit rate) on a percentage axis; months without a rate are gaps, the report period shaded. */
public final class RateLineChart {
  private final ChartTheme theme;
  private final int width;
  private final int height;

  public RateLineChart(ChartTheme theme, int width, int height) {
    this.theme = theme;
    this.width = width;
    this.height = height;
  }

  /** @param rates fractions 0..1, {@code NaN} where undefined */
  public ChartImage render(String id, List<String> months, String name, double[] rates, String axisLabel,
      int highlightFrom, int highlightTo) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (int i = 0; i < months.size(); i++) {
      data.addValue(Double.isNaN(rates[i]) ? null : rates[i], name, months.get(i));
    }
    CategoryAxis x = new CategoryAxis();
    x.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
    NumberAxis y = new NumberAxis(axisLabel);
    y.setNumberFormatOverride(theme.percent());
    y.setLowerBound(0);
    y.setAutoRangeIncludesZero(true);
    LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
    renderer.setSeriesPaint(0, theme.color(2));
    renderer.setSeriesStroke(0, new BasicStroke(2.2f));
    renderer.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5));
    CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
    theme.shadePeriod(plot, months, highlightFrom, highlightTo, null);
    JFreeChart chart = new JFreeChart(null, null, plot, false);
    theme.apply(chart);
    return ChartDrawing.draw(chart, id, width, height);
  }
}
