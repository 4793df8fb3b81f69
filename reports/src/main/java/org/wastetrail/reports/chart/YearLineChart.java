package org.wastetrail.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** Yearly lines of several series (e.g. the legal imports of the main destinations), a gap where a year is missing. */
public final class YearLineChart {
  private final ChartTheme theme;
  private final int width;
  private final int height;

  public YearLineChart(ChartTheme theme, int width, int height) {
    this.theme = theme;
    this.width = width;
    this.height = height;
  }

  /** years as "2018"; series in legend order, NaN = no value (the line breaks there). */
  public ChartImage render(String id, List<String> years, LinkedHashMap<String, double[]> series, String axisLabel) {
    DefaultCategoryDataset data = CategoryData.of(years, series);
    NumberAxis y = new NumberAxis(axisLabel);
    y.setStandardTickUnits(theme.numberTicks(false));
    y.setAutoRangeIncludesZero(true);
    y.setUpperMargin(0.08);
    LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
    List<Color> colors = theme.colors(new ArrayList<>(series.keySet()), null);
    for (int i = 0; i < colors.size(); i++) {
      renderer.setSeriesPaint(i, colors.get(i));
      renderer.setSeriesStroke(i, new BasicStroke(2.2f));
      renderer.setSeriesShape(i, new Ellipse2D.Double(-3, -3, 6, 6));
    }
    CategoryAxis x = new CategoryAxis();
    x.setCategoryMargin(0.0);
    x.setLowerMargin(0.02);
    x.setUpperMargin(0.02);
    CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
    JFreeChart chart = new JFreeChart(null, null, plot, true);
    theme.apply(chart);
    return ChartDrawing.draw(chart, id, width, height);
  }
}
