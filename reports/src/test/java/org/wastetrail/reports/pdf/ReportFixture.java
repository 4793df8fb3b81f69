package org.wastetrail.reports.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.wastetrail.reports.model.Drawing;

/**
 * A trend report in the XHTML form the report template writes, using every page feature the template relies on:
 * A4 {@code @page} rules, a running header (handling marking and title) in a margin box, a "page X of Y" footer whose
 * words come from the document, a table of contents with {@code target-counter} page numbers, bookmarks, chapters that
 * start on a new page, a table that splits across pages with its header row repeated, KPI tiles, a JFreeChart chart in
 * an {@code <object>} that the renderer draws ({@link #charts}), Chinese text, and untrusted text that arrives escaped.
 */
final class ReportFixture {
  /** Rows in the ports table, each three lines tall: enough to run over two page breaks. */
  static final int PORT_ROWS = 45;
  /** Months in the trend chart's one series; the chart draws a line segment between each two. */
  static final int CHART_MONTHS = 24;
  /** The trend chart's element, as the report template writes it: the text's width, half as high. */
  static final String CHART_OBJECT = "<object type=\"application/x-wastetrail-chart\" data-chart=\"trend\""
      + " alt=\"Seizures per month\" style=\"display: block; width: 170mm; height: 85mm\"></object>";
  static final String UNTRUSTED_NOTE = "<script>alert('note')</script> & \"CRT monitors\" declared as <scrap metal>";

  /** The words of one report language. */
  record Words(String lang, String marking, String title, String period, String pageFooterCss, String contents,
      List<String> chapters, String port, String seizures, String tonnes, String body) {}

  static final Words ENGLISH = new Words("en", "OFFICIAL – LAW ENFORCEMENT SENSITIVE",
      "Illegal Waste Trade Trend Report", "Third quarter 2024 (July–September)",
      "\"Page \" counter(page) \" of \" counter(pages)", "Contents",
      List.of("1 Executive summary", "2 Trends", "3 Top ports", "4 Methods and definitions"),
      "Port", "Seizures", "Tonnes",
      "Seizures of waste electrical equipment rose by 18% against the same quarter last year.");

  static final Words CHINESE = new Words("zh-CN", "官方 – 执法敏感", "非法废物贸易趋势报告",
      "2024年第三季度（7月至9月）",
      "\"第 \" counter(page) \" 页，共 \" counter(pages) \" 页\"", "目录",
      List.of("1 执行摘要", "2 趋势", "3 主要口岸", "4 方法与定义"),
      "口岸", "查获次数", "吨数",
      "废旧电器 报告期 塑料：与去年同期相比，废旧电器查获次数上升18%。");

  private ReportFixture() {}

  static String xhtml(Words w) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" lang="%1$s" xml:lang="%1$s">
        <head>
        <meta charset="UTF-8"/>
        <title>%3$s – %4$s</title>
        <meta name="subject" content="%3$s – %4$s"/>
        <bookmarks>
        %5$s
        </bookmarks>
        <style>
        @page {
          size: A4;
          margin: 24mm 18mm 20mm 18mm;
          @top-center { content: element(header); font-family: '%13$s'; }
          @bottom-center { content: %6$s; font-family: '%13$s'; font-size: 8pt; color: #444; }
        }
        html { font-family: '%13$s'; font-size: 10pt; color: #1a1a1a; line-height: 1.35; }
        .running-header { position: running(header); font-family: '%13$s'; font-size: 8pt; color: #444;
          border-bottom: 0.5pt solid #999; padding-bottom: 2pt; text-align: center; }
        .running-header .marking { font-weight: bold; color: #8a1c1c; }
        .title-page h1 { font-size: 24pt; margin: 60mm 0 6mm 0; }
        .title-page .marking { font-weight: bold; color: #8a1c1c; font-size: 12pt; }
        .chapter { page-break-before: always; }
        h2 { font-size: 15pt; margin: 0 0 4mm 0; }
        nav ul { list-style: none; padding: 0; }
        nav li { margin: 2mm 0; }
        a.toc { color: #1a1a1a; text-decoration: none; }
        a.toc::after { content: leader('.') target-counter(attr(href), page); }
        .kpi { display: inline-block; width: 28%%; margin: 0 2%% 3mm 0; padding: 2mm; border: 0.5pt solid #999; }
        .kpi .value { font-size: 16pt; font-weight: bold; }
        figure { display: block; margin: 0 0 4mm 0; page-break-inside: avoid; }
        figcaption { font-size: 8pt; color: #444; }
        table { width: 100%%; border-collapse: collapse; -fs-table-paginate: paginate; }
        thead { display: table-header-group; }
        tr { page-break-inside: avoid; }
        th, td { border-bottom: 0.5pt solid #bbb; padding: 1.2mm 2mm; text-align: left; vertical-align: top; }
        td.num, th.num { text-align: right; }
        .note { font-style: italic; }
        </style>
        </head>
        <body>
        <div class="running-header"><span class="marking">%2$s</span>&#160;·&#160;<span class="title">%3$s</span></div>
        <div class="title-page">
        <h1>%3$s</h1>
        <p>%4$s</p>
        <p class="marking">%2$s</p>
        </div>
        <nav class="chapter" id="contents">
        <h2>%7$s</h2>
        <ul>
        %8$s
        </ul>
        </nav>
        <section class="chapter" id="sec-1">
        <h2>%9$s</h2>
        <div class="kpi"><div class="value">1&#160;284</div><div>%10$s</div></div>
        <div class="kpi"><div class="value">3&#160;912.4</div><div>%11$s</div></div>
        <div class="kpi"><div class="value">18.2%%</div><div>+/-</div></div>
        <p>%12$s</p>
        <p class="note">%14$s</p>
        </section>
        <section class="chapter" id="sec-2">
        <h2>%15$s</h2>
        <figure>%16$s<figcaption>%10$s, 2023-01 – 2024-12</figcaption></figure>
        <p>%12$s</p>
        </section>
        <section class="chapter" id="sec-3">
        <h2>%17$s</h2>
        <table>
        <thead><tr><th>%18$s</th><th class="num">%10$s</th><th class="num">%11$s</th></tr></thead>
        <tbody>
        %19$s
        </tbody>
        </table>
        </section>
        <section class="chapter" id="sec-4">
        <h2>%20$s</h2>
        <p>%12$s</p>
        </section>
        </body>
        </html>
        """.formatted(w.lang(), w.marking(), w.title(), w.period(), bookmarks(w), w.pageFooterCss(), w.contents(),
        tocEntries(w), w.chapters().get(0), w.seizures(), w.tonnes(), w.body(), ReportFonts.FAMILY,
        escape(UNTRUSTED_NOTE), w.chapters().get(1), CHART_OBJECT, w.chapters().get(2), w.port(), portRows(),
        w.chapters().get(3));
  }

  /** The id of the chapter element that the TOC entry and bookmark for chapter {@code i} (0-based) point at. */
  static String chapterId(int i) {
    return "sec-" + (i + 1);
  }

  private static String bookmarks(Words w) {
    return IntStream.range(0, w.chapters().size())
        .mapToObj(i -> "<bookmark name=\"%s\" href=\"#%s\"/>".formatted(w.chapters().get(i), chapterId(i)))
        .collect(Collectors.joining("\n"));
  }

  private static String tocEntries(Words w) {
    return IntStream.range(0, w.chapters().size())
        .mapToObj(i -> "<li><a class=\"toc\" href=\"#%1$s\" title=\"%2$s\">%2$s</a></li>"
            .formatted(chapterId(i), w.chapters().get(i)))
        .collect(Collectors.joining("\n"));
  }

  private static String portRows() {
    return IntStream.rangeClosed(1, PORT_ROWS)
        .mapToObj(i -> String.format(Locale.ROOT, "<tr><td>Port row %1$d<br/>Terminal %1$d<br/>Berth %1$d</td>"
            + "<td class=\"num\">%2$d</td><td class=\"num\">%3$.1f</td></tr>", i, 500 - i * 3, 1200.0 - i * 11.5))
        .collect(Collectors.joining("\n"));
  }

  /** The charts of {@link #xhtml}: {@code trend}, drawn by {@link #chart}. */
  static Map<String, Drawing> charts(Words w) {
    JFreeChart chart = chart(w);
    return Map.of("trend", new Drawing() {
      @Override
      public int width() {
        return 640;
      }

      @Override
      public int height() {
        return 320;
      }

      @Override
      public void draw(Graphics2D g) {
        chart.draw(g, new Rectangle2D.Double(0, 0, 640, 320));
      }
    });
  }

  /** A plain JFreeChart line chart of monthly seizures with the words of the report's language. */
  static JFreeChart chart(Words w) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (int m = 0; m < CHART_MONTHS; m++) {
      String month = "%d-%02d".formatted(2023 + (m / 12), m % 12 + 1);
      data.addValue(80 + 25 * Math.sin(m / 3.0) + m * 2, w.seizures(), month);
    }
    JFreeChart chart = ChartFactory.createLineChart(w.chapters().get(1), null, w.seizures(), data,
        PlotOrientation.VERTICAL, false, false, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xCCCCCC));
    plot.getDomainAxis().setCategoryLabelPositions(
        org.jfree.chart.axis.CategoryLabelPositions.UP_90);
    LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
    renderer.setSeriesPaint(0, new Color(0x1F4E79));
    renderer.setSeriesStroke(0, new BasicStroke(2f));
    return chart;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
