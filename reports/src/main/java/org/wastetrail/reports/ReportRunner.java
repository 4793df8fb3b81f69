package org.wastetrail.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import com.openhtmltopdf.util.XRLog;
import java.util.logging.Level;
import org.wastetrail.reports.chart.ChartFigures;
import org.wastetrail.reports.data.ReportData;
import org.wastetrail.reports.data.ReportDataException;
import org.wastetrail.reports.html.TemplateRenderer;
import org.wastetrail.reports.index.ReportIndex;
import org.wastetrail.reports.pdf.PdfRenderer;
import org.wastetrail.reports.pdf.ReportFonts;
import org.wastetrail.reports.model.Messages;
import org.wastetrail.reports.trend.ReportPeriod;
import org.wastetrail.reports.model.Report;
import org.wastetrail.reports.trend.TrendReportBuilder;

/**
 * Renders reports from a report-data folder into a reports folder: each report as a self-contained HTML file and an A4
 * PDF with its charts beside them as SVG and PNG, and {@code index.html} listing every report produced there.
 * {@link #trend} is safe to call from several threads at once.
 */
public final class ReportRunner {
  public static final String TREND = "trend";

  static {
    // openhtmltopdf logs every font load at INFO: only its warnings concern a reader of the console.
    for (String logger : XRLog.listRegisteredLoggers()) {
      XRLog.setLevel(logger, Level.WARNING);
    }
  }

  private final Path data;
  private final Path out;
  private final TemplateRenderer templates = new TemplateRenderer();
  private final ReportFonts fonts = ReportFonts.fromSystem();
  private final PdfRenderer pdf = new PdfRenderer(fonts);

  public ReportRunner(Path data, Path out) {
    this.data = data;
    this.out = out;
  }

  /**
   * The periodic trend report.
   *
   * @param periodLabel {@code 2024-Q3}, {@code 2024-09} or {@code 2024}; {@code null} for the latest complete quarter
   * @param marking the handling marking; {@code null} for the default in the report's language
   */
  public ReportIndex.Entry trend(String periodLabel, Locale locale, String marking) {
    ReportData reportData = ReportData.read(data);
    LocalDate last = reportData.lastRecordDate();
    if (last == null) {
      throw new ReportDataException("the report data in " + data + " holds no records: there is nothing to report");
    }
    ReportPeriod period = periodLabel == null ? ReportPeriod.latestCompleteQuarter(last) : ReportPeriod.parse(periodLabel);
    checkInsideData(reportData, period, last);
    Messages messages = new Messages(locale);
    String lang = locale.toLanguageTag();
    String name = TREND + "-" + period.label() + "-" + lang;
    TrendReportBuilder builder = new TrendReportBuilder(reportData, period, messages,
        new ChartFigures(locale, out, name));
    Report report = builder.build(marking != null ? marking : messages.get("report.marking.default"),
        LocalDate.now());
    write(name + ".html", templates.render("trend-report.ftlh", Map.of("report", report, "pdf", false), locale,
        messages.bundle()));
    String xhtml = templates.render("trend-report.ftlh", Map.of("report", report, "pdf", true), locale,
        messages.bundle());
    writeBytes(name + ".pdf", pdf.render(xhtml, out.toUri().toString()));
    return new ReportIndex.Entry(TREND, period.label(), builder.periodName(period), lang, report.title(),
        name + ".html", name + ".pdf");
  }

  /** Plain sentences about fonts the machine lacks (Chinese in PDFs needs fonts-wqy-microhei); empty when all found. */
  public List<String> warnings() {
    return fonts.warnings();
  }

  /**
   * Adds the reports just rendered to the folder's list and writes {@code index.html} listing every report of the
   * folder, in the given language. Rendering may run in parallel; this runs once, after it.
   */
  public Path writeIndex(Locale locale, List<ReportIndex.Entry> rendered) {
    ReportIndex index = ReportIndex.open(out);
    rendered.forEach(index::put);
    index.save();
    Messages messages = new Messages(locale);
    return write("index.html", templates.render("index.ftlh", Map.of("entries", ReportIndex.open(out).entries(),
        "lang", locale.toLanguageTag()), locale, messages.bundle()));
  }

  private static void checkInsideData(ReportData reportData, ReportPeriod period, LocalDate last) {
    String first = reportData.manifest().at("/data_range/first_record_date").asText();
    YearMonth firstMonth = YearMonth.parse(first.substring(0, 7));
    if (period.last().isBefore(firstMonth) || period.first().isAfter(YearMonth.from(last))) {
      throw new ReportDataException("period " + period.label() + " lies outside the data, which runs from " + first
          + " to " + last);
    }
  }

  private Path write(String fileName, String text) {
    return writeBytes(fileName, text.getBytes(StandardCharsets.UTF_8));
  }

  private Path writeBytes(String fileName, byte[] bytes) {
    try {
      Files.createDirectories(out);
      return Files.write(out.resolve(fileName), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out.resolve(fileName), e);
    }
  }
}
