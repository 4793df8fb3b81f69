package org.wastetrail.reports.chart;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wastetrail.reports.model.Drawing;

/**
 * A drawn chart: an inline {@code <svg>} element (well-formed XML) for the HTML page, a PNG at twice the size, and the
 * chart itself as a {@link Drawing} for the PDF.
 */
public record ChartImage(String svg, byte[] png, Drawing drawing) {
  private static final Pattern ID = Pattern.compile("\\sid=['\"]([^'\"]*)['\"]");

  /**
   * This chart with an SVG {@code <title>} and {@code <desc>} first in the element, named by {@code aria-labelledby}
   * with {@code role="img"}, so that a screen reader announces the chart by its title and reads its description.
   *
   * @param description null or blank for none
   */
  public ChartImage withTitle(String title, String description) {
    int startTagEnd = svg.indexOf('>');
    String startTag = svg.substring(0, startTagEnd);
    if (startTag.contains("aria-labelledby=")) {
      throw new IllegalStateException("the chart already has a title: " + startTag);
    }
    String id = idOf(startTag);
    boolean described = description != null && !description.isBlank();
    StringBuilder out = new StringBuilder(svg.length() + 256).append(startTag)
        .append(" role='img' aria-labelledby='").append(id).append("-title")
        .append(described ? " " + id + "-desc" : "").append("'>")
        .append("<title id='").append(id).append("-title'>").append(escape(title)).append("</title>");
    if (described) {
      out.append("<desc id='").append(id).append("-desc'>").append(escape(description)).append("</desc>");
    }
    return new ChartImage(out.append(svg, startTagEnd + 1, svg.length()).toString(), png, drawing);
  }

  private static String idOf(String startTag) {
    Matcher m = ID.matcher(startTag);
    if (!m.find()) {
      throw new IllegalStateException("the chart's <svg> element has no id: " + startTag);
    }
    return m.group(1);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
