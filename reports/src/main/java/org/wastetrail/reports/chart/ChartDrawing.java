package org.wastetrail.reports.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;
import org.wastetrail.reports.model.Drawing;

/**
 * Draws a chart as an inline SVG element (vector, text kept as text) and as a PNG at twice the size, and keeps it to be
 * drawn once more into the PDF.
 */
final class ChartDrawing {
  private static final Set<String> LOGICAL_FAMILIES = Set.of(Font.SANS_SERIF, Font.DIALOG, "sans-serif");

  private ChartDrawing() {}

  /**
   * @param id unique in the page: prefixes the SVG's internal ids (clip paths) so that charts do not clash
   */
  static ChartImage draw(JFreeChart chart, String id, int width, int height) {
    SVGGraphics2D svg = new SVGGraphics2D(width, height);
    svg.setDefsKeyPrefix(id + "-");
    svg.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
    svg.setFontFunction(ChartDrawing::cssFontFamily);
    chart.draw(svg, new Rectangle2D.Double(0, 0, width, height));
    // The viewBox lets the drawing scale with the figure: without it a browser stretches the box to the column's
    // width (keeping the aspect ratio of width and height) but not the drawing, leaving a blank band under the chart.
    return new ChartImage(svg.getSVGElement(id, true, new ViewBox(0, 0, width, height), null, null),
        png(chart, width, height), new Drawn(chart, width, height));
  }

  /** The chart for the PDF: drawn again, straight onto the PDF's graphics, at the size of the SVG and the PNG. */
  private record Drawn(JFreeChart chart, int width, int height) implements Drawing {
    @Override
    public void draw(Graphics2D g) {
      chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
    }
  }

  /**
   * The CSS font-family for a Java font family: the family, then {@code sans-serif} for a viewer that lacks it (Java's
   * logical families are only that).
   */
  static String cssFontFamily(String family) {
    return LOGICAL_FAMILIES.contains(family) ? "sans-serif" : "\"" + family + "\", sans-serif";
  }

  private static byte[] png(JFreeChart chart, int width, int height) {
    BufferedImage image = new BufferedImage(width * 2, height * 2, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.scale(2, 2);
      chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
    } finally {
      g.dispose();
    }
    return PngEncoder.encode(image);
  }
}
