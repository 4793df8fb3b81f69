package org.wastetrail.reports.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a reader finds in a rendered PDF, page by page (pages are numbered from 1, as printed). */
final class PdfPages implements AutoCloseable {
  /** One bookmark: its title and the page it opens. */
  record Bookmark(String title, int page) {}

  /** What a page's content stream paints: vector paths (stroked or filled), line segments, and raster images. */
  record Painting(int paths, int lineSegments, int images) {}

  private static final Pattern LATIN_LIGATURE = Pattern.compile("[\\x{FB00}-\\x{FB06}]");

  private final PDDocument document;
  private final Map<Integer, List<String>> lines = new HashMap<>();

  PdfPages(byte[] pdf) {
    try {
      this.document = Loader.loadPDF(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException("the renderer's output is not a PDF", e);
    }
  }

  /** The alternative texts of the tagged PDF's figures, in document order. */
  List<String> figureAltTexts() {
    List<String> alts = new ArrayList<>();
    collectFigures(document.getDocumentCatalog().getStructureTreeRoot().getKids(), alts);
    return alts;
  }

  private static void collectFigures(List<Object> kids, List<String> alts) {
    for (Object kid : kids) {
      if (kid instanceof PDStructureElement element) {
        if ("Figure".equals(element.getStructureType())) {
          alts.add(element.getAlternateDescription());
        }
        collectFigures(element.getKids(), alts);
      }
    }
  }

  PDDocument document() {
    return document;
  }

  int count() {
    return document.getNumberOfPages();
  }

  /** The page's text lines in reading order, blank lines dropped, Latin ligatures (ﬁ) spelled out. */
  List<String> lines(int page) {
    return lines.computeIfAbsent(page, this::extractLines);
  }

  private List<String> extractLines(int page) {
    try {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      String text = LATIN_LIGATURE.matcher(stripper.getText(document))
          .replaceAll(m -> Normalizer.normalize(m.group(), Normalizer.Form.NFKC));
      return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot extract the text of page " + page, e);
    }
  }

  String text(int page) {
    return String.join("\n", lines(page));
  }

  /** The pages on which some line matches {@code line} whole. */
  List<Integer> pagesWithLine(Pattern line) {
    List<Integer> pages = new ArrayList<>();
    for (int p = 1; p <= count(); p++) {
      if (lines(p).stream().anyMatch(l -> line.matcher(l).matches())) {
        pages.add(p);
      }
    }
    return pages;
  }

  List<Bookmark> bookmarks() {
    List<Bookmark> out = new ArrayList<>();
    var outline = document.getDocumentCatalog().getDocumentOutline();
    if (outline == null) {
      return out;
    }
    try {
      for (PDOutlineItem item : outline.children()) {
        PDPage target = item.findDestinationPage(document);
        out.add(new Bookmark(item.getTitle(), target == null ? -1 : document.getPages().indexOf(target) + 1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bookmarks", e);
    }
    return out;
  }

  /** Every font the pages use, by name, with whether it is embedded; fonts inside form XObjects included. */
  Map<String, Boolean> fontsEmbedded() {
    Map<String, Boolean> fonts = new LinkedHashMap<>();
    try {
      for (PDPage page : document.getPages()) {
        collectFonts(page.getResources(), fonts);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the fonts", e);
    }
    return fonts;
  }

  Painting painting(int page) {
    PaintCounter counter = new PaintCounter(document.getPage(page - 1));
    try {
      counter.processPage(document.getPage(page - 1));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the content of page " + page, e);
    }
    return new Painting(counter.paths, counter.lineSegments, counter.images);
  }

  @Override
  public void close() throws IOException {
    document.close();
  }

  private static void collectFonts(PDResources resources, Map<String, Boolean> fonts) throws IOException {
    if (resources == null) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      PDFont font = resources.getFont(name);
      fonts.put(font.getName(), font.isEmbedded());
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject xobject = resources.getXObject(name);
      if (xobject instanceof PDFormXObject form) {
        collectFonts(form.getResources(), fonts);
      }
    }
  }

  /** Counts what a page paints; form XObjects are followed, so an SVG drawn into one still counts. */
  private static final class PaintCounter extends PDFGraphicsStreamEngine {
    int paths;
    int lineSegments;
    int images;
    private final Point2D.Float current = new Point2D.Float();

    PaintCounter(PDPage page) {
      super(page);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {}

    @Override
    public void drawImage(PDImage pdImage) {
      images++;
    }

    @Override
    public void clip(int windingRule) {}

    @Override
    public void moveTo(float x, float y) {
      current.setLocation(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
      lineSegments++;
      current.setLocation(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
      current.setLocation(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
      return current;
    }

    @Override
    public void closePath() {}

    @Override
    public void endPath() {}

    @Override
    public void strokePath() {
      paths++;
    }

    @Override
    public void fillPath(int windingRule) {
      paths++;
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
      paths++;
    }

    @Override
    public void shadingFill(COSName shadingName) {}
  }
}
