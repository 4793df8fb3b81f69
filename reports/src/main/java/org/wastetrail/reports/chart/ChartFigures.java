package org.wastetrail.reports.chart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.wastetrail.reports.model.ChartData;
import org.wastetrail.reports.model.Report.Figure;
import org.wastetrail.reports.model.FigureMaker;

/**
 * Draws a report's charts and writes each beside the report as {@code NAME-CHART.svg} and {@code .png}.
 * Sizes suit an A4 page: 680 × 300 px fills the 178 mm text width.
 */
public final class ChartFigures implements FigureMaker {
  static final int WIDTH = 680;
  static final int HEIGHT = 300;
  static final int RANKED_HEIGHT = 330;

  private final ChartTheme theme;
  private final ResourceBundle messages;
  private final Path folder;
  private final String reportName;

  public ChartFigures(Locale locale, Path folder, String reportName) {
    this.theme = new ChartTheme(locale);
    this.messages = ResourceBundle.getBundle("i18n.messages", locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    this.folder = folder;
    this.reportName = reportName;
  }

  @Override
  public Figure make(String name, String title, String description, Object data) {
    String id = "chart-" + name;
    ChartImage image;
    if (data instanceof ChartData.Trend t) {
      image = new TrendLineChart(theme, WIDTH, HEIGHT).render(id, t.months(), text("trend.chart.seizures"),
          t.seizures(), text("trend.chart.seizures"), text("trend.chart.tonnes"), t.tonnes(),
          text("trend.chart.tonnes"), t.highlightFrom(), t.highlightTo(), text("period.highlight"));
    } else if (data instanceof ChartData.Rate r) {
      image = new RateLineChart(theme, WIDTH, HEIGHT - 40).render(id, r.months(), text("trend.hitrate.axis"),
          r.rates(), text("trend.hitrate.axis"), r.highlightFrom(), r.highlightTo());
    } else if (data instanceof ChartData.Stacked s) {
      image = new StackedBarChart(theme, WIDTH, HEIGHT).render(id, s.periods(), s.series(),
          text("categories.chart.axis"), text("categories.other"));
    } else if (data instanceof ChartData.Ranked k) {
      image = new RankedBarChart(theme, WIDTH, RANKED_HEIGHT).render(id, k.labels(), k.values(),
          text(name + ".chart.axis"));
    } else if (data instanceof ChartData.Lines l) {
      image = new BandLineChart(theme, WIDTH, HEIGHT).render(id, l.months(), l.series(), l.axis(), l.bandFrom(),
          l.bandTo(), l.bandLabel());
    } else if (data instanceof ChartData.YearLines y) {
      image = new YearLineChart(theme, WIDTH, HEIGHT).render(id, y.years(), y.series(), y.axis());
    } else if (data instanceof ChartData.Grouped g) {
      image = new GroupedBarChart(theme, WIDTH, HEIGHT).render(id, g.categories(), g.series(), g.axis(),
          g.decimals());
    } else if (data instanceof ChartData.Intervals v) {
      image = new IntervalChart(theme, WIDTH).render(id, v.keys(), v.estimates(), v.lows(), v.highs(), v.raw(),
          v.reference(), v.referenceLabel(), text("tgt.chart.axis"), List.of(text("tgt.chart.smoothed"),
              text("tgt.chart.interval"), text("tgt.chart.raw"), text("tgt.chart.overall")));
    } else {
      throw new IllegalArgumentException("no chart for " + data);
    }
    image = image.withTitle(title, description);
    String file = reportName + "-" + name;
    write(file + ".svg", image.svg().getBytes(StandardCharsets.UTF_8));
    write(file + ".png", image.png());
    return new Figure(name, title, image.svg(), description, file + ".png", image.drawing());
  }

  private String text(String key) {
    return messages.getString(key);
  }

  private void write(String fileName, byte[] bytes) {
    try {
      Files.createDirectories(folder);
      Files.write(folder.resolve(fileName), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + folder.resolve(fileName), e);
    }
  }
}
