package org.wastetrail.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import com.openhtmltopdf.util.XRLog;
import java.util.logging.Level;
import org.wastetrail.reports.campaign.CampaignData;
import org.wastetrail.reports.campaign.CampaignData.Window;
import org.wastetrail.reports.campaign.CompareReportBuilder;
import org.wastetrail.reports.campaign.OperationReviewBuilder;
import org.wastetrail.reports.chart.ChartFigures;
import org.wastetrail.reports.data.ReportData;
import org.wastetrail.reports.data.ReportDataException;
import org.wastetrail.reports.html.TemplateRenderer;
import org.wastetrail.reports.index.ReportIndex;
import org.wastetrail.reports.pdf.PdfRenderer;
import org.wastetrail.reports.pdf.ReportFonts;
import org.wastetrail.reports.targeting.TargetingData;
import org.wastetrail.reports.targeting.TargetingReportBuilder;
import org.wastetrail.reports.model.Messages;
import org.wastetrail.reports.trend.ReportPeriod;
import org.wastetrail.reports.model.Report;
import org.wastetrail.reports.trend.TrendReportBuilder;

/**
 * Renders reports from a report-data folder into a reports folder: each report as a self-contained HTML file and an A4
 * PDF with its charts beside them as SVG and PNG, and {@code index.html} listing every report produced there: the
 * periodic trend report, operation reviews, campaign comparisons and the targeting report. The report methods are safe to call from several
 * threads at once.
 */
public final class ReportRunner {
  public static final String TREND = "trend";
  public static final String OPERATION = "operation";
  public static final String COMPARE = "compare";
  public static final String TARGETING = "targeting";

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
  /** The report data and its campaign tables, read once for all the reports of a run (they render in parallel). */
  private ReportData reportData;
  private CampaignData campaignData;

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
    ReportData reportData = reportData();
    LocalDate last = reportData.lastRecordDate();
    if (last == null) {
      throw new ReportDataException("the report data in " + data + " holds no records: there is nothing to report");
    }
    ReportPeriod period = periodLabel == null ? ReportPeriod.latestCompleteQuarter(last) : ReportPeriod.parse(periodLabel);
    checkInsideData(reportData, period, last);
    Messages messages = new Messages(locale);
    String name = TREND + "-" + period.label() + "-" + locale.toLanguageTag();
    TrendReportBuilder builder = new TrendReportBuilder(reportData, period, messages,
        new ChartFigures(locale, out, name));
    Report report = builder.build(marking(marking, messages), LocalDate.now());
    return render("trend-report.ftlh", name, report, messages,
        new ReportIndex.Entry(TREND, period.label(), builder.periodName(period), locale.toLanguageTag(),
            report.title(), name + ".html", name + ".pdf"));
  }

  /** The operation review of one campaign. */
  public ReportIndex.Entry operation(String campaignId, Locale locale, String marking) {
    CampaignData campaigns = campaignData();
    Window window = campaigns.window(campaignId);
    if (!campaigns.overlapsData(window)) {
      throw new ReportDataException("campaign " + campaignId + " (" + window.start() + " to " + window.end()
          + ") lies outside the data, which runs from " + campaigns.firstDate() + " to " + campaigns.lastDate());
    }
    Messages messages = new Messages(locale);
    String name = OPERATION + "-" + campaignId + "-" + locale.toLanguageTag();
    Report report = new OperationReviewBuilder(campaigns, campaignId, messages, new ChartFigures(locale, out, name))
        .build(marking(marking, messages), LocalDate.now());
    return render("operation-review.ftlh", name, report, messages, new ReportIndex.Entry(OPERATION, campaignId,
        window.name(), locale.toLanguageTag(), report.title(), name + ".html", name + ".pdf"));
  }

  /** Two or three editions of an operation side by side. */
  public ReportIndex.Entry compare(List<String> campaignIds, Locale locale, String marking) {
    CampaignData campaigns = campaignData();
    Messages messages = new Messages(locale);
    List<String> ids = CompareReportBuilder.editions(campaigns, campaignIds).stream().map(Window::id).toList();
    String name = COMPARE + "-" + String.join("-", ids) + "-" + locale.toLanguageTag();
    Report report = new CompareReportBuilder(campaigns, ids, messages, new ChartFigures(locale, out, name))
        .build(marking(marking, messages), LocalDate.now());
    return render("campaign-compare.ftlh", name, report, messages, new ReportIndex.Entry(COMPARE,
        String.join(",", ids), report.subtitle(), locale.toLanguageTag(), report.title(), name + ".html",
        name + ".pdf"));
  }

  /** The targeting report for planners, as of the data's as-of date. */
  public ReportIndex.Entry targeting(Locale locale, String marking) {
    TargetingData targeting = new TargetingData(reportData());
    Messages messages = new Messages(locale);
    String name = TARGETING + "-" + targeting.asOf() + "-" + locale.toLanguageTag();
    TargetingReportBuilder builder = new TargetingReportBuilder(targeting, messages,
        new ChartFigures(locale, out, name));
    Report report = builder.build(marking(marking, messages), LocalDate.now());
    return render("targeting-report.ftlh", name, report, messages, new ReportIndex.Entry(TARGETING,
        targeting.asOf().toString(), builder.periodName(), locale.toLanguageTag(), report.title(), name + ".html",
        name + ".pdf"));
  }

  /** Whether the report data holds the targeting tables (it was analysed by a version that writes them). */
  public boolean hasTargetingData() {
    return TargetingData.present(data);
  }

  /**
   * The latest complete year of the data when the report data holds a trade baseline (its annual report has the
   * "Legal trade and seizures" section), else null.
   */
  public String annualWithTrade() {
    ReportData reportData = reportData();
    LocalDate last = reportData.lastRecordDate();
    JsonNode first = reportData.manifest().at("/data_range/first_record_date");
    if (last == null || first.isMissingNode() || first.isNull()) {
      return null;
    }
    ReportPeriod year = ReportPeriod.latestCompleteYear(last);
    boolean traded = reportData.tradeExposure().rows().stream().anyMatch(r -> r.text("legal_imports_t") != null);
    return traded && year.first().getYear() >= LocalDate.parse(first.asText()).getYear() ? year.label() : null;
  }

  /** The campaigns of the report data that overlap its records, by start date: those an operation review can cover. */
  public List<String> campaignsInData() {
    CampaignData campaigns = campaignData();
    return campaigns.windows().stream().filter(campaigns::overlapsData).map(Window::id).toList();
  }

  private synchronized CampaignData campaignData() {
    ReportData reportData = reportData();
    if (reportData.lastRecordDate() == null) {
      throw new ReportDataException("the report data in " + data + " holds no records: there is nothing to report");
    }
    if (campaignData == null) {
      campaignData = new CampaignData(reportData);
    }
    return campaignData;
  }

  private synchronized ReportData reportData() {
    if (reportData == null) {
      reportData = ReportData.read(data);
    }
    return reportData;
  }

  private static String marking(String marking, Messages messages) {
    return marking != null ? marking : messages.get("report.marking.default");
  }

  /** Writes the report as HTML and PDF and returns its index entry. */
  private ReportIndex.Entry render(String template, String name, Report report, Messages messages,
      ReportIndex.Entry entry) {
    write(name + ".html", templates.render(template, Map.of("report", report, "pdf", false), messages.locale(),
        messages.bundle()));
    String xhtml = templates.render(template, Map.of("report", report, "pdf", true), messages.locale(),
        messages.bundle());
    writeBytes(name + ".pdf", pdf.render(xhtml, out.toUri().toString(), report.drawings()));
    return entry;
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
