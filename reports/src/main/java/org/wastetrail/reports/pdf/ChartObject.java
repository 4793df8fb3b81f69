package org.wastetrail.reports.pdf;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.OutputDeviceGraphicsDrawer;
import com.openhtmltopdf.render.RenderingContext;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Shape;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.wastetrail.reports.model.Drawing;

/**
 * Draws a report's chart where the PDF's XHTML has {@code <object type="application/x-wastetrail-chart"
 * data-chart="NAME">}: the chart paints itself onto the PDF page's graphics (vector shapes, its labels as text in the
 * report's fonts, or as outlines where those fonts lack a letter), scaled evenly to fit the element's box and centred
 * in it.
 *
 * <p>The HTML report keeps the chart as inline SVG. The PDF could parse that SVG back (Batik, 18 libraries), building
 * and painting a second model of every chart and setting its labels as outlines; drawn here, the labels stay text
 * (searchable, copyable) and the PDFs are half the size, at the same speed.
 */
final class ChartObject implements FSObjectDrawer {
  static final String TYPE = "application/x-wastetrail-chart";

  private final Map<String, Drawing> charts;
  private final Consumer<String> failures;
  private final Set<String> drawn = ConcurrentHashMap.newKeySet();

  ChartObject(Map<String, Drawing> charts, Consumer<String> failures) {
    this.charts = charts;
    this.failures = failures;
  }

  /**
   * Reports the chart elements of the document that were never drawn: openhtmltopdf skips an object whose box is
   * empty, which would leave the reader a caption without its chart.
   */
  void checkAllDrawn(Document document) {
    NodeList objects = document.getElementsByTagNameNS("*", "object");
    for (int i = 0; i < objects.getLength(); i++) {
      Element e = (Element) objects.item(i);
      String name = e.getAttribute("data-chart");
      if (TYPE.equals(e.getAttribute("type")) && !drawn.contains(name)) {
        failures.accept("the chart '" + name + "' was not drawn: its box is empty; give its element a width and a"
            + " height");
      }
    }
  }

  @Override
  public Map<Shape, String> drawObject(Element e, double x, double y, double width, double height,
      OutputDevice outputDevice, RenderingContext ctx, int dotsPerPixel) {
    String name = e.getAttribute("data-chart");
    drawn.add(name);
    Drawing chart = charts.get(name);
    if (chart == null) {
      failures.accept("the document has a chart '" + name + "' that the report did not draw");
      return null;
    }
    // The box in CSS pixels; the drawing keeps its proportions (a box of another shape leaves a margin).
    double boxWidth = width / dotsPerPixel;
    double boxHeight = height / dotsPerPixel;
    double scale = Math.min(boxWidth / chart.width(), boxHeight / chart.height());
    if (!(scale > 0)) {
      failures.accept("the chart '" + name + "' has an empty box: give its element a width and a height");
      return null;
    }
    double left = (boxWidth - chart.width() * scale) / 2;
    double top = (boxHeight - chart.height() * scale) / 2;
    OutputDeviceGraphicsDrawer paint = g -> {
      g.translate(left, top);
      g.scale(scale, scale);
      chart.draw(g);
    };
    try {
      outputDevice.drawWithGraphics((float) x, (float) y, (float) boxWidth, (float) boxHeight, paint);
    } catch (RuntimeException asText) {
      // Text the chart's font cannot set (Chinese without WenQuanYi) or a family no report font is registered under:
      // draw it again with every letter as an outline, as a browser would draw a font it lacks. Each attempt is a form
      // of its own, placed only when drawn whole.
      try {
        outputDevice.drawWithGraphics((float) x, (float) y, (float) boxWidth, (float) boxHeight, g -> {
          ((PdfBoxGraphics2D) g).setFontTextDrawer(new PdfBoxGraphics2DFontTextDrawer());
          paint.render(g);
        });
      } catch (RuntimeException asOutlines) {
        failures.accept("cannot draw the chart '" + name + "': " + asOutlines);
      }
    }
    return null;
  }
}
