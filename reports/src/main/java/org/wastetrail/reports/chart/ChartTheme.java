package org.wastetrail.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.io.File;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look of every chart: white background, light grid, a calm colour-blind-safe palette (Okabe–Ito), no gradients or
 * shadows, fonts large enough at print size, numbers formatted for the report's locale. The font renders Chinese when
 * WenQuanYi Micro Hei is installed (Debian fonts-wqy-microhei).
 *
 * <p>Charts are 680 px wide and printed 178 mm wide, so one pixel prints at 0.74 pt: 13 px text prints at 9.6 pt.
 */
public final class ChartTheme {
  /** Okabe–Ito without its grey, reordered so that neighbours in a stack stay distinguishable. */
  static final List<Color> PALETTE = List.of(new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
      new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442));
  /** Okabe–Ito's grey, kept for the "other" remainder so that it never looks like one more category. */
  static final Color OTHER = new Color(0x999999);
  /** The shaded band of months: the highlight colour (Okabe–Ito vermillion), translucent, light behind the data. */
  static final Color BAND = new Color(0xD5, 0x5E, 0x00, 40);
  /** The band's label: the highlight colour darkened to read at small size on white. */
  static final Color BAND_TEXT = new Color(0xA84A00);
  static final Color TEXT = new Color(0x1F2933);
  static final Color GRID = new Color(0xD9E2EC);
  static final String CJK_FAMILY = "WenQuanYi Micro Hei";
  /** Tick labels, legend, value labels and notes on the plot. */
  static final int SMALL = 13;
  /** Axis names. */
  static final int LABEL = 14;
  private static final String CJK_FILE = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

  private final Locale locale;
  private final String family;

  public ChartTheme(Locale locale) {
    this.locale = locale;
    this.family = fontFamily();
  }

  public Locale locale() {
    return locale;
  }

  public NumberFormat numbers() {
    return NumberFormat.getNumberInstance(locale);
  }

  /** Ticks of 1, 2 or 5 × 10ⁿ, each labelled with just the decimals its size needs; whole numbers only for counts. */
  TickUnitSource numberTicks(boolean wholeNumbers) {
    return ticks(wholeNumbers ? 0 : -6, decimals -> fixed(NumberFormat.getNumberInstance(locale), decimals));
  }

  /** Axis ticks for fractions shown as percentages: 0.1 % steps and up, decimals only below 1 %. */
  TickUnitSource percentTicks() {
    return ticks(-3, decimals -> fixed(NumberFormat.getPercentInstance(locale), Math.max(0, decimals - 2)));
  }

  private static TickUnitSource ticks(int smallestPower, IntFunction<NumberFormat> formatWithDecimals) {
    TickUnits units = new TickUnits();
    for (int power = smallestPower; power <= 9; power++) {
      for (int step : new int[] {1, 2, 5}) {
        double size = step * Math.pow(10, power);
        units.add(new NumberTickUnit(size, formatWithDecimals.apply(Math.max(0, -power))));
      }
    }
    return units;
  }

  private static NumberFormat fixed(NumberFormat format, int decimals) {
    format.setMinimumFractionDigits(decimals);
    format.setMaximumFractionDigits(decimals);
    return format;
  }

  Font font(int style, float size) {
    return new Font(family, style, Math.round(size));
  }

  Color color(int series) {
    return PALETTE.get(series % PALETTE.size());
  }

  /** The colour of each series in legend order, grey for the one named {@code other} (null: none). */
  List<Color> colors(List<String> series, String other) {
    List<Color> colors = new ArrayList<>();
    int next = 0;
    for (String name : series) {
      colors.add(name.equals(other) ? OTHER : color(next++));
    }
    return colors;
  }

  /** Applies the common look to a chart. */
  void apply(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    TextTitle title = chart.getTitle();
    if (title != null) {
      title.setFont(font(Font.BOLD, 15));
      title.setPaint(TEXT);
    }
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setItemFont(font(Font.PLAIN, SMALL));
      legend.setItemPaint(TEXT);
      legend.setFrame(BlockBorder.NONE);
      // Room between items, also for a PDF renderer that sets the text in a slightly wider font than measured here.
      legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
      legend.setPosition(RectangleEdge.BOTTOM);
    }
    if (chart.getPlot() instanceof CategoryPlot category) {
      category.setBackgroundPaint(Color.WHITE);
      category.setOutlineVisible(false);
      category.setDomainGridlinesVisible(false);
      category.setRangeGridlinePaint(GRID);
      category.setRangeGridlineStroke(new BasicStroke(0.8f));
      for (int i = 0; i < category.getRangeAxisCount(); i++) {
        axis(category.getRangeAxis(i));
      }
      axis(category.getDomainAxis());
    } else if (chart.getPlot() instanceof XYPlot xy) {
      xy.setBackgroundPaint(Color.WHITE);
      xy.setOutlineVisible(false);
      xy.setDomainGridlinePaint(GRID);
      xy.setDomainGridlineStroke(new BasicStroke(0.8f));
      xy.setRangeGridlinePaint(GRID);
      xy.setRangeGridlineStroke(new BasicStroke(0.8f));
      axis(xy.getDomainAxis());
      axis(xy.getRangeAxis());
    }
  }

  private void axis(Axis axis) {
    if (axis == null) {
      return;
    }
    axis.setLabelFont(font(Font.PLAIN, LABEL));
    axis.setLabelPaint(TEXT);
    axis.setLabelInsets(new RectangleInsets(4, 8, 4, 8));
    axis.setTickLabelFont(font(Font.PLAIN, SMALL));
    axis.setTickLabelPaint(TEXT);
    axis.setAxisLinePaint(GRID);
    axis.setTickMarkPaint(GRID);
  }

  /** WenQuanYi Micro Hei when available (it has Latin and CJK), else DejaVu Sans, else the logical SansSerif. */
  private static String fontFamily() {
    List<String> installed = Arrays.asList(
        GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT));
    if (installed.contains(CJK_FAMILY)) {
      return CJK_FAMILY;
    }
    File file = new File(CJK_FILE);
    if (file.isFile()) {
      try {
        for (Font font : Font.createFonts(file)) {
          GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
        }
        return CJK_FAMILY;
      } catch (java.awt.FontFormatException | java.io.IOException e) {
        // fall through to the next family
      }
    }
    return installed.contains("DejaVu Sans") ? "DejaVu Sans" : Font.SANS_SERIF;
  }
}
