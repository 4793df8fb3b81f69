package org.wastetrail.reports.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Fits the inline SVG charts of a report to what openhtmltopdf reads, leaving the HTML report as it is.
 *
 * <p>openhtmltopdf sizes an inline {@code <svg>} from its {@code width} and {@code height} only when they are whole
 * numbers: JFreeSVG writes {@code width='640.0'}, which openhtmltopdf ignores, drawing the chart into a default 400 by
 * 400 box that crops it. And a tagged PDF takes a figure's alternative text from an {@code alt} attribute, which is not
 * SVG: the chart's {@code aria-label}, or else the caption of its {@code <figure>}, serves instead.
 */
final class InlineSvg {
  private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

  private InlineSvg() {}

  /** Rounds the outermost SVG elements' sizes to whole pixels and gives them alternative text. */
  static void prepare(Document document) {
    NodeList svgs = document.getElementsByTagNameNS("*", "svg");
    for (int i = 0; i < svgs.getLength(); i++) {
      Element svg = (Element) svgs.item(i);
      if (!isNestedSvg(svg)) {
        roundToWholePixels(svg, "width");
        roundToWholePixels(svg, "height");
        giveAltText(svg);
      }
    }
  }

  private static boolean isNestedSvg(Element svg) {
    for (Node n = svg.getParentNode(); n != null; n = n.getParentNode()) {
      if ("svg".equals(n.getLocalName())) {
        return true;
      }
    }
    return false;
  }

  private static void roundToWholePixels(Element svg, String attribute) {
    String value = svg.getAttribute(attribute).trim();
    if (PLAIN_NUMBER.matcher(value).matches()) {
      svg.setAttribute(attribute, new BigDecimal(value).setScale(0, RoundingMode.HALF_UP).toPlainString());
    }
  }

  private static void giveAltText(Element svg) {
    if (svg.hasAttribute("alt")) {
      return;
    }
    String label = svg.getAttribute("aria-label").strip();
    if (label.isEmpty()) {
      label = figureCaption(svg);
    }
    if (!label.isEmpty()) {
      svg.setAttribute("alt", label);
    }
  }

  private static String figureCaption(Element svg) {
    if (svg.getParentNode() instanceof Element parent && "figure".equals(parent.getLocalName())) {
      for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element e && "figcaption".equals(e.getLocalName())) {
          return e.getTextContent().strip().replaceAll("\\s+", " ");
        }
      }
    }
    return "";
  }
}
