package org.wastetrail.reports.chart;

import java.awt.BasicStroke;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Monthly counts as bars with a second measure as a line on its own right-hand axis (seizures and tonnes), the report
 * period's months shaded. One extreme month does not flatten the line: its axis stops short of it and the month is
 * marked at the top with its value ({@link OffScaleMarks}).
 */
public final class TrendLineChart {
  private final ChartTheme theme;
  private final int width;
  private final int height;

  public TrendLineChart(ChartTheme theme, int width, int height) {
    this.theme = theme;
    this.width = width;
    this.height = height;
  }

  /**
   * @param months x labels ({@code 2024-01}...)
   * @param bars left-axis values, drawn as bars; {@code line} right-axis values, drawn as a line
   * @param highlightFrom first shaded month index (inclusive), -1 for none; {@code highlightTo} last (inclusive)
   */
  public ChartImage render(String id, List<String> months, String barsName, double[] bars, String barsAxis,
      String lineName, double[] line, String lineAxis, int highlightFrom, int highlightTo, String highlightLabel) {
    OffScaleMarks offScale = OffScaleMarks.of(theme, line, theme.color(1));
    double[] drawnLine = offScale == null ? line : offScale.clipped();
    DefaultCategoryDataset barData = new DefaultCategoryDataset();
    DefaultCategoryDataset lineData = new DefaultCategoryDataset();
    for (int i = 0; i < months.size(); i++) {
      barData.addValue(bars[i], barsName, months.get(i));
      lineData.addValue(Double.isNaN(drawnLine[i]) ? null : drawnLine[i], lineName, months.get(i));
    }
    NumberAxis left = new NumberAxis(barsAxis);
    left.setStandardTickUnits(theme.numberTicks(true));
    BarRenderer barRenderer = new BarRenderer();
    barRenderer.setBarPainter(new StandardBarPainter());
    barRenderer.setShadowVisible(false);
    barRenderer.setSeriesPaint(0, theme.color(0));
    MonthPlot plot = new MonthPlot(theme, months, barData, left, barRenderer, highlightFrom, highlightTo,
        highlightLabel);
    plot.getDomainAxis().setCategoryMargin(0.25);
    NumberAxis right = new NumberAxis(lineAxis);
    right.setStandardTickUnits(theme.numberTicks(false));
    if (offScale != null) {
      right.setRange(0, offScale.limit());
      plot.addAnnotation(offScale);
    }
    plot.setRangeAxis(1, right);
    plot.setDataset(1, lineData);
    plot.mapDatasetToRangeAxis(1, 1);
    LineAndShapeRenderer lineRenderer = new LineAndShapeRenderer(true, false);
    lineRenderer.setSeriesPaint(0, theme.color(1));
    lineRenderer.setSeriesStroke(0, new BasicStroke(2.2f));
    plot.setRenderer(1, lineRenderer);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    JFreeChart chart = new JFreeChart(null, null, plot, true);
    theme.apply(chart);
    return ChartDrawing.draw(chart, id, width, height);
  }
}
