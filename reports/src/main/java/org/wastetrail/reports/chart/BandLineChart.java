package org.wastetrail.reports.chart;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Monthly lines of several series over the same months, one band of months shaded and labelled (e.g. an operation's
 * months).
 */
public final class BandLineChart {
  private final ChartTheme theme;
  private final int width;
  private final int height;

  public BandLineChart(ChartTheme theme, int width, int height) {
    this.theme = theme;
    this.width = width;
    this.height = height;
  }

  /** months as "2023-04"; series in legend order, NaN = no value; bandFrom..bandTo inclusive indexes, -1 = no band. */
  public ChartImage render(String id, List<String> months, LinkedHashMap<String, double[]> series,
      String axisLabel, int bandFrom, int bandTo, String bandLabel) {
    DefaultCategoryDataset data = CategoryData.of(months, series);
    boolean wholeNumbers = series.values().stream().flatMapToDouble(Arrays::stream).filter(Double::isFinite)
        .allMatch(v -> v == Math.rint(v));
    NumberAxis y = new NumberAxis(axisLabel);
    y.setStandardTickUnits(theme.numberTicks(wholeNumbers));
    y.setAutoRangeIncludesZero(true);
    y.setUpperMargin(0.08);
    LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
    for (int i = 0; i < series.size(); i++) {
      renderer.setSeriesPaint(i, theme.color(i));
      renderer.setSeriesStroke(i, new BasicStroke(2.2f));
      renderer.setSeriesShape(i, new Ellipse2D.Double(-3, -3, 6, 6));
    }
    MonthPlot plot = new MonthPlot(theme, months, data, y, renderer, bandFrom, bandTo, bandLabel);
    JFreeChart chart = new JFreeChart(null, null, plot, true);
    theme.apply(chart);
    return ChartDrawing.draw(chart, id, width, height);
  }
}
