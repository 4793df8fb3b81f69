package org.wastetrail.reports.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("ReportFonts")
class ReportFontsTest {
  private static final String LATIN_PAGE = """
      <html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>Fonts</title>
      <style>html { font-family: '%s'; } b { font-weight: bold; }</style></head>
      <body><p>Seizures rose by <b>18%%</b> in the quarter.</p></body></html>""".formatted(ReportFonts.FAMILY);

  @Test
  @DisplayName("finds DejaVu Sans and WenQuanYi Micro Hei in the system font directories (CI installs them)")
  void systemFonts() {
    ReportFonts fonts = ReportFonts.fromSystem();
    assertAll(
        () -> assertEquals(List.of(), fonts.warnings(),
            "install fonts-dejavu-core and fonts-wqy-microhei"),
        () -> assertTrue(fonts.hasCjk()));
  }

  @Test
  @DisplayName("WenQuanYi fills in only for text DejaVu cannot set: Chinese, also inside an English report")
  void fallbackOnlyWhenNeeded() {
    ReportFonts fonts = ReportFonts.fromSystem();
    assertFalse(fonts.needsFallback("Seizures rose by 18% – 1,234 t → Q4 2024 ≥ 5 × “quoted” …"));
    assertTrue(fonts.needsFallback("Operation 绿篱 2013, reviewed in English"));
    assertTrue(fonts.needsFallback("合法贸易与查获"));
  }

  @Nested
  @DisplayName("on a machine without a Chinese font")
  class WithoutCjk {
    @TempDir
    Path dir;

    @Test
    @DisplayName("warns in plain words, naming the missing file and the package that brings it")
    void warns() throws IOException {
      copySystemFont(ReportFonts.LATIN_REGULAR, dir);
      copySystemFont(ReportFonts.LATIN_BOLD, dir);
      ReportFonts fonts = ReportFonts.findIn(List.of(dir));
      assertAll(
          () -> assertFalse(fonts.hasCjk()),
          () -> assertEquals(1, fonts.warnings().size(), fonts.warnings().toString()),
          () -> assertTrue(fonts.warnings().get(0).contains("wqy-microhei.ttc"), fonts.warnings().get(0)),
          () -> assertTrue(fonts.warnings().get(0).contains("fonts-wqy-microhei"), fonts.warnings().get(0)));
    }

    @Test
    @DisplayName("still renders Latin text, with the fonts embedded")
    void rendersLatin() throws Exception {
      copySystemFont(ReportFonts.LATIN_REGULAR, dir);
      copySystemFont(ReportFonts.LATIN_BOLD, dir);
      byte[] pdf = new PdfRenderer(ReportFonts.findIn(List.of(dir))).render(LATIN_PAGE, "file:///reports/en.html");
      try (PdfPages pages = new PdfPages(pdf)) {
        assertEquals("Seizures rose by 18% in the quarter.", pages.lines(1).get(0));
        assertEquals(2, pages.fontsEmbedded().size(), "regular and bold: " + pages.fontsEmbedded());
        pages.fontsEmbedded().forEach((font, embedded) -> assertTrue(embedded, font));
      }
    }
  }

  @Nested
  @DisplayName("on a machine with no report font at all")
  class WithoutAnyFont {
    @TempDir
    Path dir;

    @Test
    @DisplayName("warns about both, skips a missing directory, and still renders Latin text")
    void rendersWithBuiltInFont() throws Exception {
      ReportFonts fonts = ReportFonts.findIn(List.of(dir, dir.resolve("missing")));
      assertEquals(2, fonts.warnings().size(), fonts.warnings().toString());
      try (PdfPages pages = new PdfPages(new PdfRenderer(fonts).render(LATIN_PAGE, "file:///reports/en.html"))) {
        assertEquals("Seizures rose by 18% in the quarter.", pages.lines(1).get(0));
      }
    }

    @Test
    @DisplayName("still draws a chart, its labels as outlines when no font can set them")
    void drawsCharts() throws Exception {
      PdfRenderer renderer = new PdfRenderer(ReportFonts.findIn(List.of(dir)));
      byte[] pdf = renderer.render(ReportFixture.xhtml(ReportFixture.ENGLISH), "file:///reports/en.html",
          ReportFixture.charts(ReportFixture.ENGLISH));
      try (PdfPages pages = new PdfPages(pdf)) {
        List<Integer> chartPages = pages.pagesWithLine(
            java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(ReportFixture.ENGLISH.chapters().get(1))));
        assertEquals(1, chartPages.size(), "pages with the chart's chapter: " + chartPages);
        int chartPage = chartPages.get(0);
        assertTrue(pages.painting(chartPage).lineSegments() >= ReportFixture.CHART_MONTHS - 1,
            "page " + chartPage + ": " + pages.painting(chartPage));
      }
    }
  }

  @Test
  @DisplayName("warns when only the regular Latin face is there, and sets bold text in it")
  void withoutBold(@TempDir Path dir) throws IOException {
    copySystemFont(ReportFonts.LATIN_REGULAR, dir);
    copySystemFont(ReportFonts.CJK, dir);
    ReportFonts fonts = ReportFonts.findIn(List.of(dir));
    assertEquals(1, fonts.warnings().size(), fonts.warnings().toString());
    assertTrue(fonts.warnings().get(0).contains(ReportFonts.LATIN_BOLD), fonts.warnings().get(0));
  }

  private static void copySystemFont(String fileName, Path to) throws IOException {
    for (Path root : ReportFonts.SYSTEM_FONT_DIRECTORIES) {
      if (Files.isDirectory(root)) {
        try (Stream<Path> files = Files.walk(root)) {
          var found = files.filter(f -> f.getFileName().toString().equals(fileName)).findFirst();
          if (found.isPresent()) {
            Files.copy(found.get(), to.resolve(fileName));
            return;
          }
        }
      }
    }
    throw new IllegalStateException(fileName + " is not installed: install fonts-dejavu-core and fonts-wqy-microhei");
  }
}
