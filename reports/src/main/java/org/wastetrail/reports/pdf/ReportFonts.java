package org.wastetrail.reports.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The font files a PDF report embeds, found on this machine, under the one CSS family name the templates use.
 *
 * <p>Latin text is set in DejaVu Sans (regular and bold); every glyph DejaVu lacks, Chinese above all, falls back to
 * WenQuanYi Micro Hei. WenQuanYi ships as a TrueType collection (.ttc): openhtmltopdf opens a file whose name ends in
 * {@code .ttc} with PDFBox's {@code TrueTypeCollection} and registers each face of it. Both are TrueType, so PDFBox can
 * embed subsets of them; Noto CJK, being CFF-based OpenType, could not be embedded.
 */
public final class ReportFonts {
  /** The family name templates write in {@code font-family}, in the body and in every page margin box. */
  public static final String FAMILY = "Wastetrail Sans";

  /** Where Debian and most Linux distributions keep system fonts. */
  public static final List<Path> SYSTEM_FONT_DIRECTORIES = List.of(Path.of("/usr/share/fonts"),
      Path.of("/usr/local/share/fonts"));

  static final String LATIN_REGULAR = "DejaVuSans.ttf";
  static final String LATIN_BOLD = "DejaVuSans-Bold.ttf";
  static final String CJK = "wqy-microhei.ttc";
  /** The Java family names of the fonts above, which charts drawn into a PDF ask for. */
  static final String LATIN_FAMILY = "DejaVu Sans";
  static final String CJK_FAMILY = "WenQuanYi Micro Hei";

  private static final System.Logger LOG = System.getLogger(ReportFonts.class.getName());

  private final Optional<Path> latinRegular;
  private final Optional<Path> latinBold;
  private final Optional<Path> cjk;
  private final List<String> warnings;

  private ReportFonts(Optional<Path> latinRegular, Optional<Path> latinBold, Optional<Path> cjk, List<Path> searched) {
    this.latinRegular = latinRegular;
    this.latinBold = latinBold;
    this.cjk = cjk;
    this.warnings = warningsFor(searched);
    warnings.forEach(w -> LOG.log(System.Logger.Level.WARNING, w));
  }

  /** The fonts installed in the system font directories. */
  public static ReportFonts fromSystem() {
    return findIn(SYSTEM_FONT_DIRECTORIES);
  }

  /** The fonts found anywhere under the given directories (missing directories are skipped); the first match wins. */
  public static ReportFonts findIn(List<Path> directories) {
    Map<String, Path> found = filesNamed(directories, List.of(LATIN_REGULAR, LATIN_BOLD, CJK));
    return new ReportFonts(Optional.ofNullable(found.get(LATIN_REGULAR)), Optional.ofNullable(found.get(LATIN_BOLD)),
        Optional.ofNullable(found.get(CJK)), List.copyOf(directories));
  }

  /** True when Chinese text will render. */
  public boolean hasCjk() {
    return cjk.isPresent();
  }

  /** True when at least one font file was found, so text can be set in an embedded font. */
  boolean hasAny() {
    return latinRegular.isPresent() || cjk.isPresent();
  }

  /** Plain sentences about missing fonts, for the command to show; empty when every font was found. */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * Registers the fonts under {@link #FAMILY} for the document and its page margin boxes, and under the family names
   * a chart's Java fonts carry, which the PDF's charts are set in. WenQuanYi fills in for
   * DejaVu only when the document has a character DejaVu cannot set ({@link #needsFallback}): a fallback font is opened
   * and parsed for every PDF whether used or not, and that was a fifth of rendering an English report. A family is
   * only opened when some text asks for it.
   */
  void registerWith(PdfRendererBuilder builder, boolean fallback) {
    EnumSet<FSFontUseCase> main = EnumSet.of(FSFontUseCase.DOCUMENT);
    latinRegular.ifPresent(f -> builder.useFont(f.toFile(), FAMILY, 400, FontStyle.NORMAL, true, main));
    latinBold.or(() -> latinRegular)
        .ifPresent(f -> builder.useFont(f.toFile(), FAMILY, 700, FontStyle.NORMAL, true, main));
    cjk.ifPresent(f -> {
      // Without DejaVu, WenQuanYi sets the Latin text too; with it, WenQuanYi only fills in the glyphs DejaVu lacks.
      if (latinRegular.isEmpty() || fallback) {
        EnumSet<FSFontUseCase> uses = latinRegular.isPresent() ? EnumSet.of(FSFontUseCase.FALLBACK_PRE) : main;
        builder.useFont(f.toFile(), FAMILY, 400, FontStyle.NORMAL, true, uses);
        builder.useFont(f.toFile(), FAMILY, 700, FontStyle.NORMAL, true, uses);
      }
    });
    // Charts ask for fonts by their Java family: each name gets the files it means on this machine, Java's logical
    // sans-serif families the Latin font (or WenQuanYi without it).
    // openhtmltopdf parses a collection (.ttc) whenever it is registered, so WenQuanYi is registered once per name,
    // regular only (bold text asks for the nearest weight): each parse was a fifth of a second per PDF.
    Optional<Path> bold = latinBold.or(() -> latinRegular);
    registerFamily(builder, CJK_FAMILY, cjk, Optional.empty());
    registerFamily(builder, LATIN_FAMILY, latinRegular, bold);
    for (String logical : List.of(java.awt.Font.SANS_SERIF, java.awt.Font.DIALOG)) {
      registerFamily(builder, logical, latinRegular.or(() -> cjk), bold);
    }
  }

  private static void registerFamily(PdfRendererBuilder builder, String family, Optional<Path> regular,
      Optional<Path> bold) {
    EnumSet<FSFontUseCase> document = EnumSet.of(FSFontUseCase.DOCUMENT);
    regular.ifPresent(f -> builder.useFont(f.toFile(), family, 400, FontStyle.NORMAL, true, document));
    bold.ifPresent(f -> builder.useFont(f.toFile(), family, 700, FontStyle.NORMAL, true, document));
  }

  /**
   * Whether some character of the text (a document's, with its style sheet) is not in DejaVu Sans, so that WenQuanYi
   * must fill in: Chinese above all, in a Chinese report or in a name or marking given in Chinese to an English one.
   * Always true without DejaVu.
   */
  boolean needsFallback(String text) {
    java.awt.Font latin = latinFont();
    if (latin == null) {
      return true;
    }
    return text.codePoints().anyMatch(c -> !Character.isWhitespace(c) && !Character.isISOControl(c)
        && !latin.canDisplay(c));
  }

  private volatile java.awt.Font latinFont;

  /** DejaVu Sans as an AWT font, loaded once, for its character map; null when missing or unreadable. */
  private java.awt.Font latinFont() {
    if (latinFont == null && latinRegular.isPresent()) {
      try {
        latinFont = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, latinRegular.get().toFile());
      } catch (java.awt.FontFormatException | IOException e) {
        LOG.log(System.Logger.Level.WARNING, "cannot read " + latinRegular.get() + ": " + e.getMessage());
        return null;
      }
    }
    return latinFont;
  }

  private List<String> warningsFor(List<Path> searched) {
    List<String> out = new ArrayList<>();
    String where = searched.stream().map(Path::toString).collect(Collectors.joining(", "));
    if (cjk.isEmpty()) {
      out.add("No Chinese font: " + CJK + " is not under " + where
          + "; Chinese text will be missing from PDF reports (Debian package fonts-wqy-microhei).");
    }
    if (latinRegular.isEmpty()) {
      out.add("No Latin font: " + LATIN_REGULAR + " is not under " + where
          + (cjk.isPresent() ? "; Latin text is set in WenQuanYi Micro Hei" : "; PDF reports fall back to unembedded Helvetica")
          + " (Debian package fonts-dejavu-core).");
    } else if (latinBold.isEmpty()) {
      out.add("No bold Latin font: " + LATIN_BOLD + " is not under " + where + "; bold text is set in the regular face.");
    }
    return List.copyOf(out);
  }

  private static Map<String, Path> filesNamed(List<Path> directories, List<String> names) {
    return directories.stream().filter(Files::isDirectory).flatMap(ReportFonts::filesUnder)
        .filter(p -> names.contains(p.getFileName().toString()))
        .collect(Collectors.toMap(p -> p.getFileName().toString(), Function.identity(), (first, later) -> first));
  }

  private static Stream<Path> filesUnder(Path directory) {
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk.filter(Files::isRegularFile).sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the fonts under " + directory, e);
    }
  }
}
