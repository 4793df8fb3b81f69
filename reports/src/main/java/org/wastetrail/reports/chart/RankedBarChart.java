package org.wastetrail.reports.chart;

import java.awt.Font;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPosition;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.CategoryLabelWidthType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/** Horizontal bars, largest first, with the value at the end of each bar. */
public final class RankedBarChart {
  private final ChartTheme theme;
  private final int width;
  private final int height;

  public RankedBarChart(ChartTheme theme, int width, int height) {
    this.theme = theme;
    this.width = width;
    this.height = height;
  }

  public ChartImage render(String id, List<String> labels, double[] values, String valueAxis) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (int i = 0; i < labels.size(); i++) {
      data.addValue(values[i], valueAxis, labels.get(i));
    }
    NumberAxis axis = new NumberAxis(valueAxis);
    axis.setUpperMargin(0.12);
    axis.setStandardTickUnits(theme.numberTicks(true));
    BarRenderer renderer = new BarRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setSeriesPaint(0, theme.color(0));
    renderer.setMaximumBarWidth(0.08);
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", theme.numbers()));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(theme.font(Font.PLAIN, ChartTheme.SMALL));
    renderer.setDefaultItemLabelPaint(ChartTheme.TEXT);
    // At the end of the bar, left-aligned, for horizontal bars.
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    renderer.setItemLabelAnchorOffset(4);
    CategoryAxis labelAxis = new CategoryAxis();
    // Long names (waste categories, routes with transits) wrap onto a second line rather than being cut.
    labelAxis.setCategoryLabelPositions(CategoryLabelPositions.replaceLeftPosition(CategoryLabelPositions.STANDARD,
        new CategoryLabelPosition(RectangleAnchor.RIGHT, TextBlockAnchor.CENTER_RIGHT, CategoryLabelWidthType.RANGE,
            0.4f)));
    labelAxis.setMaximumCategoryLabelLines(2);
    // Room between name and bar also where the PDF sets the names in a wider font than they were measured in.
    labelAxis.setCategoryLabelPositionOffset(10);
    CategoryPlot plot = new CategoryPlot(data, labelAxis, axis, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    JFreeChart chart = new JFreeChart(null, null, plot, false);
    theme.apply(chart);
    // The value axis' last label is centred on the plot's right end: room for its other half.
    chart.setPadding(new RectangleInsets(2, 2, 2, 18));
    return ChartDrawing.draw(chart, id, width, height);
  }
}
