package org.wastetrail.reports.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wastetrail.reports.chart.ChartFigures;
import org.wastetrail.reports.data.ReportData;
import org.wastetrail.reports.html.TemplateRenderer;
import org.wastetrail.reports.model.Messages;
import org.wastetrail.reports.trend.ReportPeriod;
import org.wastetrail.reports.model.Report;
import org.wastetrail.reports.trend.TrendReportBuilder;

/** The real trend report as a PDF, from the fixture report data, read back with PDFBox as a reader would. */
class TrendReportPdfTest {
  @TempDir Path out;

  private Report report(Locale locale, String marking) throws Exception {
    ReportData data = ReportData.read(Path.of(getClass().getResource("/fixture-data").toURI()));
    return new TrendReportBuilder(data, ReportPeriod.parse("2024-Q4"), new Messages(locale),
        new ChartFigures(locale, out, "trend")).build(marking, LocalDate.of(2025, 1, 15));
  }

  private PdfPages render(Locale locale, String marking) throws Exception {
    return render(report(locale, marking), locale);
  }

  private PdfPages render(Report report, Locale locale) throws Exception {
    Messages messages = new Messages(locale);
    String xhtml = new TemplateRenderer().render("trend-report.ftlh", Map.of("report", report, "pdf", true), locale,
        messages.bundle());
    return new PdfPages(new PdfRenderer(ReportFonts.fromSystem()).render(xhtml, out.toUri().toString(),
        report.drawings()));
  }

  @Test
  @DisplayName("marking and title on every page, Page X of Y, contents page numbers where the sections are")
  void pagesAndContents() throws Exception {
    try (PdfPages pdf = render(Locale.ENGLISH, "OFFICIAL – LAW ENFORCEMENT SENSITIVE")) {
      int pages = pdf.count();
      assertTrue(pages >= 10, "one page per section at least: " + pages);
      for (int page = 1; page <= pages; page++) {
        String text = pdf.text(page);
        assertTrue(text.contains("OFFICIAL – LAW ENFORCEMENT SENSITIVE — Waste trafficking trend report"),
            "header on page " + page);
        assertTrue(text.contains("Page " + page + " of " + pages), "footer on page " + page);
      }
      List<String> titles = List.of("Executive summary", "Trends", "Waste categories", "Ports", "Routes",
          "Emerging routes and alerts", "Largest seizures", "Appendix A: data quality",
          "Appendix B: methods and definitions", "Appendix C: run manifest");
      List<Integer> tocPages = new ArrayList<>();
      for (String title : titles) {
        Matcher m = Pattern.compile(Pattern.quote(title) + "[ .]*?(\\d+)\\s*$", Pattern.MULTILINE)
            .matcher(pdf.text(1));
        assertTrue(m.find(), "contents line of " + title);
        tocPages.add(Integer.parseInt(m.group(1)));
      }
      List<Integer> headingPages = new ArrayList<>();
      for (String title : titles) {
        headingPages.add(pdf.pagesWithLine(Pattern.compile(Pattern.quote(title))).stream()
            .filter(page -> page > 1).findFirst().orElse(-1));
      }
      assertEquals(headingPages, tocPages, "contents page numbers");
      assertEquals(titles, pdf.bookmarks().stream().map(PdfPages.Bookmark::title).toList());
      assertEquals(headingPages, pdf.bookmarks().stream().map(PdfPages.Bookmark::page).toList());
      assertTrue(pdf.fontsEmbedded().values().stream().allMatch(Boolean::booleanValue), pdf.fontsEmbedded().toString());
    }
  }

  @Test
  @DisplayName("the charts are vectors and the KPIs are in the text")
  void chartsAndKpis() throws Exception {
    try (PdfPages pdf = render(Locale.ENGLISH, "OFFICIAL")) {
      String summary = pdf.text(2);
      assertTrue(summary.contains("51") && summary.contains("1,419.1") && summary.contains("15.3%"), summary);
      PdfPages.Painting trends = pdf.painting(3);
      assertEquals(0, trends.images(), "no raster image on the trends page");
      assertTrue(trends.paths() > 50, "vector paths on the trends page: " + trends);
    }
  }

  @Test
  @DisplayName("every chart is a tagged figure whose alternative text is the chart's title")
  void chartAltTexts() throws Exception {
    Report report = report(Locale.ENGLISH, "OFFICIAL");
    try (PdfPages pdf = render(report, Locale.ENGLISH)) {
      List<String> titles = report.figures().values().stream().map(Report.Figure::title).sorted().toList();
      assertEquals(5, titles.size(), titles.toString());
      assertEquals(titles, pdf.figureAltTexts().stream().sorted().toList());
    }
  }

  @Test
  @DisplayName("a Chinese report has the Chinese marking and footer on every page")
  void chinese() throws Exception {
    try (PdfPages pdf = render(Locale.SIMPLIFIED_CHINESE, "内部资料 – 执法敏感")) {
      int pages = pdf.count();
      for (int page = 1; page <= pages; page++) {
        String text = pdf.text(page);
        assertTrue(text.contains("内部资料 – 执法敏感"), "marking on page " + page);
        assertTrue(text.contains("第 " + page + " 页，共 " + pages + " 页"), "footer on page " + page + ": " + text);
      }
      assertTrue(pdf.text(2).contains("查获案件"));
    }
  }
}
