package org.wastetrail.reports.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.wastetrail.reports.pdf.ReportFixture.Words;

@DisplayName("PdfRenderer")
class PdfRendererTest {
  private static final PdfRenderer RENDERER = new PdfRenderer(ReportFonts.fromSystem());
  /** A TOC line: the entry, a leader of dots, the page number. */
  private static final Pattern TOC_LINE = Pattern.compile("(.+?)\\s*\\.{3,}\\s*(\\d+)");

  private static PdfPages english;
  private static PdfPages chinese;

  @BeforeAll
  static void render() {
    english = new PdfPages(render(ReportFixture.ENGLISH, "file:///reports/en.html"));
    chinese = new PdfPages(render(ReportFixture.CHINESE, "file:///reports/zh-CN.html"));
  }

  @AfterAll
  static void close() throws Exception {
    english.close();
    chinese.close();
  }

  @Nested
  @DisplayName("lays out an English report")
  class English {
    @Test
    @DisplayName("on A4 pages, more than one per chapter once the ports table runs over")
    void a4Pages() {
      assertTrue(english.count() > 2 + ReportFixture.ENGLISH.chapters().size(), "pages: " + english.count());
      english.document().getPages().forEach(page -> assertAll(
          () -> assertEquals(595.3, page.getMediaBox().getWidth(), 0.5, "A4 width in points"),
          () -> assertEquals(841.9, page.getMediaBox().getHeight(), 0.5, "A4 height in points")));
    }

    @Test
    @DisplayName("with the handling marking and the title at the top of every page")
    void runningHeader() {
      assertRunningHeader(english, ReportFixture.ENGLISH);
    }

    @Test
    @DisplayName("with 'Page X of Y' at the foot of every page")
    void pageFooter() {
      assertFooter(english, p -> "Page %d of %d".formatted(p, english.count()));
    }

    @Test
    @DisplayName("with a table of contents whose page numbers are where the chapters begin")
    void tableOfContents() {
      assertTableOfContents(english, ReportFixture.ENGLISH);
    }

    @Test
    @DisplayName("with a bookmark per chapter that opens the chapter's page")
    void bookmarks() {
      assertBookmarks(english, ReportFixture.ENGLISH);
    }

    @Test
    @DisplayName("with the document title and language of the XHTML, tagged for accessibility")
    void titleAndLanguage() {
      var catalog = english.document().getDocumentCatalog();
      assertAll(
          () -> assertEquals("Illegal Waste Trade Trend Report – Third quarter 2024 (July–September)",
              english.document().getDocumentInformation().getTitle()),
          () -> assertEquals("en", catalog.getLanguage()),
          () -> assertTrue(catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(), "tagged PDF"),
          () -> assertTrue(catalog.getStructureTreeRoot() != null, "structure tree"));
    }

    @Test
    @DisplayName("with every font embedded")
    void fontsEmbedded() {
      assertFontsEmbedded(english);
    }

    @Test
    @DisplayName("with the chart drawn as vector paths, one line segment per month at least, and no raster image")
    void vectorChart() {
      int chartPage = onlyPageWithLine(english, ReportFixture.ENGLISH.chapters().get(1));
      PdfPages.Painting chart = english.painting(chartPage);
      int methodsPage = onlyPageWithLine(english, ReportFixture.ENGLISH.chapters().get(3));
      PdfPages.Painting textOnly = english.painting(methodsPage);
      assertAll(
          () -> assertTrue(chart.lineSegments() >= ReportFixture.CHART_MONTHS - 1 + textOnly.lineSegments(),
              "chart page " + chartPage + ": " + chart + ", a text-only page: " + textOnly),
          () -> IntStream.rangeClosed(1, english.count()).forEach(p ->
              assertEquals(0, english.painting(p).images(), "raster images on page " + p)));
    }

    @Test
    @DisplayName("with the chart's labels as text in the report's fonts, not as outlines")
    void chartText() {
      List<String> chart = english.lines(onlyPageWithLine(english, ReportFixture.ENGLISH.chapters().get(1)));
      // The chart's title repeats the chapter's heading; its value axis is ticked every 20 from 0 to 140.
      assertAll(
          () -> assertEquals(2, chart.stream().filter(ReportFixture.ENGLISH.chapters().get(1)::equals).count(),
              "the heading and the chart's title: " + chart),
          () -> assertTrue(chart.containsAll(List.of("0", "20", "40", "60", "80", "100", "120", "140")),
              "the value axis' labels: " + chart));
    }

    @Test
    @DisplayName("with the table's header row repeated on every page it runs over to, and no row split")
    void tableAcrossPages() {
      int tablePage = onlyPageWithLine(english, ReportFixture.ENGLISH.chapters().get(2));
      List<Integer> pagesWithRows = new ArrayList<>();
      for (int row = 1; row <= ReportFixture.PORT_ROWS; row++) {
        int first = onlyPageWith(english, Pattern.compile("Port row " + row + "( .*)?"));
        int last = onlyPageWith(english, Pattern.compile("Berth " + row + "( .*)?"));
        assertEquals(first, last, "row " + row + " is split across pages");
        if (!pagesWithRows.contains(first)) {
          pagesWithRows.add(first);
        }
      }
      assertEquals(tablePage, pagesWithRows.get(0), "the table starts on its chapter's page");
      assertTrue(pagesWithRows.size() >= 3, "the table spans " + pagesWithRows);
      for (int page : pagesWithRows) {
        assertTrue(english.lines(page).contains("Port Seizures Tonnes"), "header row on page " + page);
      }
    }

    @Test
    @DisplayName("with untrusted text that arrived escaped shown as text")
    void untrustedText() {
      assertTrue(english.text(onlyPageWithLine(english, ReportFixture.ENGLISH.chapters().get(0)))
          .contains(ReportFixture.UNTRUSTED_NOTE));
    }
  }

  @Nested
  @DisplayName("lays out a Chinese report")
  class Chinese {
    @Test
    @DisplayName("whose Chinese text can be extracted")
    void chineseText() {
      String summary = chinese.text(onlyPageWithLine(chinese, ReportFixture.CHINESE.chapters().get(0)));
      assertAll(List.of("废旧电器", "报告期", "塑料", "查获次数").stream()
          .map(word -> (Executable) () -> assertTrue(summary.contains(word), word + " in:\n" + summary)));
    }

    @Test
    @DisplayName("with the marking and the title at the top of every page")
    void runningHeader() {
      assertRunningHeader(chinese, ReportFixture.CHINESE);
    }

    @Test
    @DisplayName("with '第 X 页，共 Y 页' at the foot of every page")
    void pageFooter() {
      assertFooter(chinese, p -> "第 %d 页，共 %d 页".formatted(p, chinese.count()));
    }

    @Test
    @DisplayName("with a table of contents whose page numbers are where the chapters begin")
    void tableOfContents() {
      assertTableOfContents(chinese, ReportFixture.CHINESE);
    }

    @Test
    @DisplayName("with a bookmark per chapter that opens the chapter's page")
    void bookmarks() {
      assertBookmarks(chinese, ReportFixture.CHINESE);
    }

    @Test
    @DisplayName("with every font embedded, WenQuanYi Micro Hei among them")
    void fontsEmbedded() {
      assertFontsEmbedded(chinese);
      assertTrue(chinese.fontsEmbedded().keySet().stream().anyMatch(f -> f.endsWith("+WenQuanYiMicroHei")),
          "fonts: " + chinese.fontsEmbedded().keySet() + " (is fonts-wqy-microhei installed?)");
    }

    @Test
    @DisplayName("with its chart drawn though the chart's Latin font lacks its Chinese title (letters as outlines)")
    void chartWithChineseTitle() {
      int chartPage = onlyPageWithLine(chinese, ReportFixture.CHINESE.chapters().get(1));
      PdfPages.Painting chart = chinese.painting(chartPage);
      PdfPages.Painting textOnly = chinese.painting(onlyPageWithLine(chinese, ReportFixture.CHINESE.chapters().get(3)));
      assertTrue(chart.lineSegments() >= ReportFixture.CHART_MONTHS - 1 + textOnly.lineSegments(),
          "chart page " + chartPage + ": " + chart + ", a text-only page: " + textOnly);
    }

    @Test
    @DisplayName("in the language of <html lang>")
    void language() {
      assertEquals("zh-CN", chinese.document().getDocumentCatalog().getLanguage());
    }
  }

  @Nested
  @DisplayName("refuses, naming the cause,")
  class Refuses {
    @Test
    @DisplayName("XHTML that is not well-formed, with its line and column")
    void malformedXhtml() {
      String xhtml = """
          <html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head>
          <body><p>1&nbsp;284</p></body></html>""";
      String message = refusal(() -> RENDERER.render(xhtml, "file:///reports/bad.html"));
      assertAll(
          () -> assertTrue(message.contains("file:///reports/bad.html"), message),
          () -> assertTrue(message.contains("line 2"), message),
          () -> assertTrue(message.contains("nbsp"), message));
    }

    @Test
    @DisplayName("a document that asks for an external resource")
    void externalResource() {
      String xhtml = page("<img src=\"http://example.invalid/logo.png\" alt=\"logo\"/>");
      String message = refusal(() -> RENDERER.render(xhtml, "file:///reports/en.html"));
      assertTrue(message.contains("http://example.invalid/logo.png"), message);
    }

    @Test
    @DisplayName("a chart it was not given, rather than leave a blank where it was")
    void missingChart() {
      String message = refusalWithCharts(ReportFixture.CHART_OBJECT.replace("\"trend\"", "\"routes\""));
      assertTrue(message.contains("'routes'"), message);
    }

    @Test
    @DisplayName("a chart whose box has no height")
    void emptyChartBox() {
      String message = refusalWithCharts(ReportFixture.CHART_OBJECT.replace("height: 85mm", "height: 0"));
      assertTrue(message.contains("the chart 'trend' was not drawn: its box is empty"), message);
    }

    @Test
    @DisplayName("inline SVG, which it would leave blank")
    void inlineSvg() {
      String xhtml = page("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50\">"
          + "<rect x=\"0\" y=\"0\" width=\"10\" height=\"10\"/></svg>");
      String message = refusal(() -> RENDERER.render(xhtml, "file:///reports/en.html"));
      assertTrue(message.contains("inline <svg>"), message);
    }

    /** The message of the refusal to render {@code body} with the fixture's English charts. */
    private String refusalWithCharts(String body) {
      return refusal(() -> RENDERER.render(page(body), "file:///reports/en.html",
          ReportFixture.charts(ReportFixture.ENGLISH)));
    }

    private String refusal(Executable render) {
      return assertThrows(PdfRenderException.class, render).getMessage();
    }
  }

  @Test
  @DisplayName("renders the same PDF text from several threads at once")
  void threadSafe() throws Exception {
    String xhtml = ReportFixture.xhtml(ReportFixture.ENGLISH);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<byte[]>> runs = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        runs.add(pool.submit(() -> RENDERER.render(xhtml, "file:///reports/en.html",
            ReportFixture.charts(ReportFixture.ENGLISH))));
      }
      for (Future<byte[]> run : runs) {
        try (PdfPages pages = new PdfPages(run.get())) {
          assertEquals(english.count(), pages.count());
          for (int p = 1; p <= pages.count(); p++) {
            assertEquals(english.lines(p), pages.lines(p), "page " + p);
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static byte[] render(Words words, String baseUri) {
    return RENDERER.render(ReportFixture.xhtml(words), baseUri, ReportFixture.charts(words));
  }

  private static String page(String body) {
    return """
        <html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>t</title>
        <style>html { font-family: '%s'; }</style></head><body><p>x</p>%s</body></html>"""
        .formatted(ReportFonts.FAMILY, body);
  }

  private static void assertRunningHeader(PdfPages pdf, Words w) {
    String header = w.marking() + "\u00a0·\u00a0" + w.title();
    for (int p = 1; p <= pdf.count(); p++) {
      assertEquals(header, pdf.lines(p).get(0), "first line of page " + p);
    }
  }

  private static void assertFooter(PdfPages pdf, java.util.function.IntFunction<String> expected) {
    for (int p = 1; p <= pdf.count(); p++) {
      List<String> lines = pdf.lines(p);
      assertEquals(expected.apply(p), lines.get(lines.size() - 1), "last line of page " + p);
    }
  }

  private static void assertTableOfContents(PdfPages pdf, Words w) {
    int tocPage = onlyPageWithLine(pdf, w.contents());
    List<String> entries = new ArrayList<>();
    for (String line : pdf.lines(tocPage)) {
      Matcher m = TOC_LINE.matcher(line);
      if (m.matches()) {
        entries.add(m.group(1));
        int listed = Integer.parseInt(m.group(2));
        assertEquals(onlyPageWithLine(pdf, m.group(1)), listed, "TOC page number of " + m.group(1));
      }
    }
    assertEquals(w.chapters(), entries, "TOC entries on page " + tocPage);
  }

  private static void assertBookmarks(PdfPages pdf, Words w) {
    List<PdfPages.Bookmark> expected = w.chapters().stream()
        .map(chapter -> new PdfPages.Bookmark(chapter, onlyPageWithLine(pdf, chapter))).toList();
    assertEquals(expected, pdf.bookmarks());
  }

  private static void assertFontsEmbedded(PdfPages pdf) {
    Map<String, Boolean> fonts = pdf.fontsEmbedded();
    assertFalse(fonts.isEmpty(), "no fonts at all");
    fonts.forEach((font, embedded) -> assertTrue(embedded, font + " is not embedded"));
  }

  /** The one page on which a line reads exactly {@code line}; the TOC's lines end in a page number, so never match. */
  private static int onlyPageWithLine(PdfPages pdf, String line) {
    return onlyPageWith(pdf, Pattern.compile(Pattern.quote(line)));
  }

  private static int onlyPageWith(PdfPages pdf, Pattern line) {
    List<Integer> pages = pdf.pagesWithLine(line);
    assertEquals(1, pages.size(), "pages with a line matching '" + line + "': " + pages);
    return pages.get(0);
  }
}
