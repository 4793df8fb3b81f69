package org.wastetrail.reports.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a report template shows, already formatted for its language: the template only lays it out.
 *
 * @param pageCounterCss the CSS content value of the PDF footer, e.g. {@code "Page " counter(page) " of " counter(pages)}
 * @param figures charts by name ({@code trend}, {@code hitRate}, {@code categories}, {@code ports}, {@code routes})
 * @param tables tables by name ({@code ports}, {@code routes}, {@code emerging}, {@code alerts}, {@code largest},
 *     {@code quality}, {@code manifest})
 * @param texts short paragraphs by name
 * @param lists lists of sentences by name (effects, caveats)
 */
public record Report(
    String lang,
    String title,
    String subtitle,
    String periodText,
    String generatedText,
    String marking,
    String pageCounterCss,
    List<Section> sections,
    List<KpiTile> kpis,
    List<String> summary,
    Map<String, Figure> figures,
    Map<String, Table> tables,
    Map<String, String> texts,
    Map<String, List<String>> lists) {

  /** The drawings of the figures that have one, by figure id: what the PDF draws its charts from. */
  public Map<String, Drawing> drawings() {
    Map<String, Drawing> drawings = new HashMap<>();
    figures.values().stream().filter(f -> f.drawing() != null).forEach(f -> drawings.put(f.id(), f.drawing()));
    return drawings;
  }

  /** A numbered section, for the table of contents and the PDF bookmarks. */
  public record Section(String id, String title) {}

  /**
   * A headline figure with its changes against the previous period and a year earlier ("vs Q3 2024", "-8 (-13.6%)");
   * {@code direction} is {@code up}, {@code down}, {@code flat} or {@code none}.
   */
  public record KpiTile(String label, String value, String previousLabel, String previousChange, String yearAgoLabel,
      String yearAgoChange, String direction) {}

  /**
   * A chart: inline SVG for the HTML page, a PNG file beside the report, a text alternative, and the drawing the PDF
   * paints (null only for a report that is never made a PDF, which refuses inline SVG).
   */
  public record Figure(String id, String title, String svg, String description, String pngFile, Drawing drawing) {}

  /** A table with its header; {@code empty} is shown instead when there are no rows. */
  public record Table(List<String> header, List<List<Cell>> rows, String empty) {}

  /**
   * A cell: its text and how it is laid out: {@code num} right-aligned and unbroken, {@code code} (ids, ports, routes,
   * dates) unbroken, {@code text} wrapping.
   */
  public record Cell(String text, String kind) {
    public boolean numeric() {
      return kind.equals("num");
    }
  }
}
