package org.wastetrail.reports.chart;

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

/** Periods on the x axis, categories stacked in legend order. */
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
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Map.Entry<String, double[]> s : series.entrySet()) {
      for (int i = 0; i < periods.size(); i++) {
        data.addValue(s.getValue()[i], s.getKey(), periods.get(i));
      }
    }
    NumberAxis axis = new NumberAxis(valueAxis);
    axis.setNumberFormatOverride(theme.numbers());
    axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(theme.locale()));
    StackedBarRenderer renderer = new StackedBarRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setMaximumBarWidth(0.09);
    for (int i = 0; i < series.size(); i++) {
      renderer.setSeriesPaint(i, theme.color(i));
    }
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), axis, renderer);
    JFreeChart chart = new JFreeChart(null, null, plot, true);
    theme.apply(chart);
    return ChartDrawing.draw(chart, id, width, height);
  }
}
