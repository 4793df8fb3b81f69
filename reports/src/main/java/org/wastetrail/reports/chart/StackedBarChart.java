package org.wastetrail.reports.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** Periods on the x axis, categories stacked in legend order; the "other" remainder, if named, in grey. */
public final class StackedBarChart {
  private final ChartTheme theme;
  private final int width;
  private final int height;

  public StackedBarChart(ChartTheme theme, int width, int height) {
    this.theme = theme;
    this.width = width;
    this.height = height;
  }

  public ChartImage render(String id, List<String> periods, LinkedHashMap<String, double[]> series, String valueAxis) {
    return render(id, periods, series, valueAxis, null);
  }

  /** @param otherSeries the series that gathers the rest (grey), or null */
  public ChartImage render(String id, List<String> periods, LinkedHashMap<String, double[]> series, String valueAxis,
      String otherSeries) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Map.Entry<String, double[]> s : series.entrySet()) {
      for (int i = 0; i < periods.size(); i++) {
        data.addValue(s.getValue()[i], s.getKey(), periods.get(i));
      }
    }
    NumberAxis axis = new NumberAxis(valueAxis);
    axis.setStandardTickUnits(theme.numberTicks(true));
    StackedBarRenderer renderer = new StackedBarRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setMaximumBarWidth(0.09);
    List<Color> colors = theme.colors(new ArrayList<>(series.keySet()), otherSeries);
    for (int i = 0; i < colors.size(); i++) {
      renderer.setSeriesPaint(i, colors.get(i));
    }
    CategoryAxis periodAxis = new CategoryAxis();
    periodAxis.setMaximumCategoryLabelLines(2);
    CategoryPlot plot = new CategoryPlot(data, periodAxis, axis, renderer);
    JFreeChart chart = new JFreeChart(null, null, plot, true);
    theme.apply(chart);
    return ChartDrawing.draw(chart, id, width, height);
  }
}
