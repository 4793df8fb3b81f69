package org.wastetrail.reports.chart;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A monthly rate (hit rate) on a percentage axis from 0 up to a little above the highest rate; months without a rate
 * are gaps, the report period shaded.
 */
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
    NumberAxis y = new NumberAxis(axisLabel);
    y.setStandardTickUnits(theme.percentTicks());
    y.setAutoRangeIncludesZero(true);
    y.setUpperMargin(0.12);
    LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
    renderer.setSeriesPaint(0, theme.color(2));
    renderer.setSeriesStroke(0, new BasicStroke(2.2f));
    renderer.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
    MonthPlot plot = new MonthPlot(theme, months, data, y, renderer, highlightFrom, highlightTo, null);
    JFreeChart chart = new JFreeChart(null, null, plot, false);
    theme.apply(chart);
    return ChartDrawing.draw(chart, id, width, height);
  }
}
