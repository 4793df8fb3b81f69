package org.wastetrail.reports.trend;

import static org.wastetrail.reports.model.Cells.code;
import static org.wastetrail.reports.model.Cells.number;
import static org.wastetrail.reports.model.Cells.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wastetrail.reports.data.DataTable;
import org.wastetrail.reports.data.ReportData;
import org.wastetrail.reports.model.Changes;
import org.wastetrail.reports.model.ChartData;
import org.wastetrail.reports.model.FigureMaker;
import org.wastetrail.reports.model.Formats;
import org.wastetrail.reports.model.ManifestAppendix;
import org.wastetrail.reports.model.Messages;
import org.wastetrail.reports.model.Report;
import org.wastetrail.reports.model.Report.Cell;
import org.wastetrail.reports.model.Report.Figure;
import org.wastetrail.reports.model.Report.KpiTile;
import org.wastetrail.reports.model.Report.Section;
import org.wastetrail.reports.model.Report.Table;

/**
 * Turns the report data of one period into the trend report's content, formatted for one language. Charts are drawn by
 * the {@link FigureMaker} it is given, so the content can be checked without drawing anything.
 */
public final class TrendReportBuilder {
  static final int TREND_MONTHS = 36;
  static final int STACKED_PERIODS = 8;
  static final int TOP = 10;
  static final int CATEGORIES_SHOWN = 6;

  private final ReportData data;
  private final ReportPeriod period;
  private final Messages m;
  private final Formats f;
  private final FigureMaker figures;
  private final Changes changes;

  public TrendReportBuilder(ReportData data, ReportPeriod period, Messages messages, FigureMaker figures) {
    this.data = data;
    this.period = period;
    this.m = messages;
    this.f = new Formats(messages.locale());
    this.figures = figures;
    this.changes = new Changes(messages);
  }

  public Report build(String marking, LocalDate generatedOn) {
    DataTable.Row now = kpiRow(period);
    DataTable.Row previous = kpiRow(period.previous());
    DataTable.Row yearAgo = kpiRow(period.yearAgo());
    Map<String, Figure> charts = new LinkedHashMap<>();
    List<Figure> monthly = monthlyFigures();
    charts.put("trend", monthly.get(0));
    charts.put("hitRate", monthly.get(1));
    charts.put("categories", categoriesFigure());
    Map<String, Table> tables = new LinkedHashMap<>();
    charts.put("ports", rankedFigure("ports", data.byPort(), r -> r.text("port"), tables));
    charts.put("routes", rankedFigure("routes", data.byRoute(), this::routeOf, tables));
    tables.put("emerging", emergingTable());
    tables.put("alerts", alertsTable());
    tables.put("largest", largestTable());
    tables.put("quality", qualityTable());
    tables.put("manifest", ManifestAppendix.table(data, m));
    Map<String, String> texts = texts();
    TradeSection trade = TradeSection.of(data.tradeExposure(), period, m);
    if (trade != null) {
      List<Figure> tradeFigures = trade.figures(figures);
      charts.put("tradeHubs", tradeFigures.get(0));
      charts.put("tradeNew", tradeFigures.get(1));
      tables.put("tradeDestination", trade.intensityTable(true));
      tables.put("tradeOrigin", trade.intensityTable(false));
      List<String> notes = trade.notes();
      for (int i = 0; i < notes.size(); i++) {
        texts.put("trade." + i, notes.get(i));
      }
      texts.put("trade.text", m.get("trade.text"));
      texts.put("trade.destinationTitle", trade.tableTitle(true));
      texts.put("trade.originTitle", trade.tableTitle(false));
    }
    return new Report(m.locale().toLanguageTag(), m.get("report.title"), m.get("report.subtitle"),
        m.format("report.period", periodName(period)),
        m.format("report.generated", m.longDate(generatedOn), data.manifest().path("run_id").asText("–")),
        marking, m.pageCounterCss(), sections(trade != null), kpis(now, previous, yearAgo), summary(now, previous, yearAgo),
        charts, tables, texts, Map.of());
  }

  // ---- headline figures

  private List<KpiTile> kpis(DataTable.Row now, DataTable.Row previous, DataTable.Row yearAgo) {
    List<KpiTile> tiles = new ArrayList<>();
    tiles.add(countTile("kpi.seizures", "seizures", now, previous, yearAgo));
    tiles.add(tonnesTile(now, previous, yearAgo));
    tiles.add(countTile("kpi.pieces", "seized_pieces", now, previous, yearAgo));
    tiles.add(countTile("kpi.inspections", "inspections", now, previous, yearAgo));
    tiles.add(rateTile(now, previous, yearAgo));
    return tiles;
  }

  private KpiTile countTile(String label, String column, DataTable.Row now, DataTable.Row previous,
      DataTable.Row yearAgo) {
    BigDecimal value = BigDecimal.valueOf(count(now, column));
    BigDecimal before = previous == null ? null : BigDecimal.valueOf(count(previous, column));
    BigDecimal yearBefore = yearAgo == null ? null : BigDecimal.valueOf(count(yearAgo, column));
    return new KpiTile(m.get(label), f.count(value.longValue()), vsLabel(period.previous()), changes.change(value, before, 0),
        vsLabel(period.yearAgo()), changes.change(value, yearBefore, 0), Changes.direction(value, before));
  }

  private KpiTile tonnesTile(DataTable.Row now, DataTable.Row previous, DataTable.Row yearAgo) {
    BigDecimal value = tonnes(now);
    BigDecimal before = previous == null ? null : tonnes(previous);
    return new KpiTile(m.get("kpi.tonnes"), f.decimal(value, 1), vsLabel(period.previous()), changes.change(value, before, 1),
        vsLabel(period.yearAgo()), changes.change(value, yearAgo == null ? null : tonnes(yearAgo), 1),
        Changes.direction(value, before));
  }

  private KpiTile rateTile(DataTable.Row now, DataTable.Row previous, DataTable.Row yearAgo) {
    Double rate = rate(now);
    return new KpiTile(m.get("kpi.hit_rate"), f.percent(rate), vsLabel(period.previous()), rateChange(rate, previous),
        vsLabel(period.yearAgo()), rateChange(rate, yearAgo),
        rate == null || previous == null || rate(previous) == null ? "none"
            : Changes.direction(BigDecimal.valueOf(rate), BigDecimal.valueOf(rate(previous))));
  }

  private String vsLabel(ReportPeriod other) {
    return m.format("kpi.vs", periodName(other));
  }

  private String rateChange(Double rate, DataTable.Row base) {
    return changes.points(rate, base == null ? null : rate(base));
  }

  private List<String> summary(DataTable.Row now, DataTable.Row previous, DataTable.Row yearAgo) {
    List<String> sentences = new ArrayList<>();
    BigDecimal seizures = BigDecimal.valueOf(count(now, "seizures"));
    sentences.add(m.format("summary.seizures", f.count(seizures.longValue()), periodName(period),
        changes.change(seizures, previous == null ? null : BigDecimal.valueOf(count(previous, "seizures")), 0),
        periodName(period.previous()),
        changes.change(seizures, yearAgo == null ? null : BigDecimal.valueOf(count(yearAgo, "seizures")), 0),
        periodName(period.yearAgo())));
    BigDecimal largest = now == null ? null : now.decimal("largest_seizure_kg");
    BigDecimal totalKg = now == null ? BigDecimal.ZERO : now.decimal("seized_kg");
    if (largest != null && totalKg.signum() > 0) {
      sentences.add(m.format("summary.tonnes", f.tonnes(totalKg), f.kg(now.decimal("median_seizure_kg")),
          f.kg(largest), f.percent(largest.doubleValue() / totalKg.doubleValue())));
    }
    long inspections = count(now, "inspections");
    if (inspections > 0) {
      sentences.add(m.format("summary.effort", f.count(inspections), f.count(count(now, "violations")),
          f.percent(rate(now)), f.percent(yearAgo == null ? null : rate(yearAgo)), periodName(period.yearAgo())));
    } else {
      sentences.add(m.format("summary.effort.none", periodName(period)));
    }
    List<DataTable.Row> ports = top(data.byPort());
    List<DataTable.Row> routes = top(data.byRoute());
    if (!ports.isEmpty() && !routes.isEmpty()) {
      sentences.add(m.format("summary.top_port", ports.get(0).text("port"), f.count(ports.get(0).count("seizures")),
          routeOf(routes.get(0)), f.count(routes.get(0).count("seizures"))));
    }
    sentences.add(m.format("summary.signals", f.count(alertsInPeriod().size()), f.count(emergingInPeriod().size())));
    sentences.add(m.get("summary.caveat"));
    return sentences;
  }

  // ---- charts

  /** The monthly trend and the monthly hit rate, over the same months. */
  private List<Figure> monthlyFigures() {
    List<String> months = trendMonths();
    double[] seizures = new double[months.size()];
    double[] tonnes = new double[months.size()];
    double[] rates = new double[months.size()];
    Map<String, DataTable.Row> byMonth = rowsOfType(data.kpi(), ReportPeriod.MONTH, r -> r.text("period"));
    for (int i = 0; i < months.size(); i++) {
      DataTable.Row row = byMonth.get(months.get(i));
      seizures[i] = row == null ? 0 : row.count("seizures");
      tonnes[i] = row == null ? 0 : row.decimal("seized_kg").movePointLeft(3).doubleValue();
      Double rate = row == null ? null : row.rate("hit_rate");
      rates[i] = rate == null ? Double.NaN : rate;
    }
    int from = months.indexOf(period.first().toString());
    int to = months.indexOf(period.last().toString());
    return List.of(
        figures.make("trend", m.get("trend.chart.title"), m.get("trend.text"),
            new ChartData.Trend(months, seizures, tonnes, from, to)),
        figures.make("hitRate", m.get("trend.hitrate.title"), m.get("trend.text"),
            new ChartData.Rate(months, rates, from, to)));
  }

  /** Up to 36 months ending with the period, not before the data's first month. */
  private List<String> trendMonths() {
    List<String> months = period.monthsEndingHere(TREND_MONTHS);
    String first = firstMonth();
    if (first != null) {
      months.removeIf(month -> month.compareTo(first) < 0);
    }
    return months;
  }

  private String firstMonth() {
    JsonNode first = data.manifest().at("/data_range/first_record_date");
    return first.isMissingNode() || first.isNull() ? null : first.asText().substring(0, 7);
  }

  private Figure categoriesFigure() {
    List<String> periods = new ArrayList<>();
    for (int i = STACKED_PERIODS - 1; i >= 0; i--) {
      ReportPeriod p = period;
      for (int back = 0; back < i; back++) {
        p = p.previous();
      }
      periods.add(p.label());
    }
    String first = firstMonth();
    if (first != null) {
      periods.removeIf(label -> ReportPeriod.parse(label).last().toString().compareTo(first) < 0);
    }
    Map<String, double[]> byCategory = new HashMap<>();
    for (DataTable.Row row : data.byWasteCategory().rows()) {
      int index = periods.indexOf(row.text("period"));
      if (row.text("period_type").equals(period.type()) && index >= 0) {
        byCategory.computeIfAbsent(row.text("waste_category"), c -> new double[periods.size()])[index] +=
            row.count("seizures");
      }
    }
    List<String> ranked = byCategory.keySet().stream()
        .sorted(Comparator.comparingDouble((String c) -> -sum(byCategory.get(c))).thenComparing(c -> c)).toList();
    LinkedHashMap<String, double[]> series = new LinkedHashMap<>();
    double[] other = new double[periods.size()];
    for (int i = 0; i < ranked.size(); i++) {
      double[] values = byCategory.get(ranked.get(i));
      if (i < CATEGORIES_SHOWN) {
        series.put(m.get("category." + ranked.get(i)), values);
      } else {
        for (int j = 0; j < other.length; j++) {
          other[j] += values[j];
        }
      }
    }
    if (ranked.size() > CATEGORIES_SHOWN) {
      series.put(m.get("categories.other"), other);
    }
    List<String> names = periods.stream().map(label -> periodName(ReportPeriod.parse(label))).toList();
    return figures.make("categories", m.get("categories.chart.title"), m.get("categories.text"),
        new ChartData.Stacked(names, series));
  }

  private Figure rankedFigure(String name, DataTable table, java.util.function.Function<DataTable.Row, String> key,
      Map<String, Table> tables) {
    List<DataTable.Row> top = top(table);
    List<String> labels = top.stream().map(key).toList();
    double[] values = top.stream().mapToDouble(r -> r.count("seizures")).toArray();
    Map<String, DataTable.Row> previous = rowsOfType(table, period.type(), r -> r.text("period") + "|" + key.apply(r));
    List<List<Cell>> rows = new ArrayList<>();
    for (DataTable.Row r : top) {
      DataTable.Row before = previous.get(period.previous().label() + "|" + key.apply(r));
      long seizures = r.count("seizures");
      rows.add(List.of(code(key.apply(r), false), number(f.count(seizures)), number(f.tonnes(r.decimal("seized_kg"))),
          number(f.count(r.count("declarations"))), number(f.count(r.count("inspections"))),
          number(f.count(r.count("violations"))), number(f.percent(r.rate("hit_rate"))),
          number(changes.change(BigDecimal.valueOf(seizures), BigDecimal.valueOf(before == null ? 0 : before.count("seizures")), 0))));
    }
    tables.put(name, new Table(List.of(m.get(name.equals("ports") ? "col.port" : "col.route"), m.get("col.seizures"),
        m.get("col.seized_t"), m.get("col.declarations"), m.get("col.inspections"), m.get("col.violations"),
        m.get("col.hit_rate"), m.get("col.change")), rows, ""));
    return figures.make(name, m.get(name + ".chart.title"), m.get(name + ".chart.title"),
        new ChartData.Ranked(labels, values));
  }

  /** The rows of the period with seizures, most seizures first (ties by key), at most {@link #TOP}. */
  private List<DataTable.Row> top(DataTable table) {
    return table.rows().stream()
        .filter(r -> r.text("period_type").equals(period.type()) && r.text("period").equals(period.label()))
        .filter(r -> r.count("seizures") > 0)
        .sorted(Comparator.comparingLong((DataTable.Row r) -> -r.count("seizures"))
            .thenComparing(r -> r.cells().toString()))
        .limit(TOP).toList();
  }

  // ---- tables

  private List<DataTable.Row> emergingInPeriod() {
    return data.emergingRoutes().rows().stream().filter(r -> overlaps(ReportPeriod.parse(r.text("period")))).toList();
  }

  private List<DataTable.Row> alertsInPeriod() {
    return data.alerts().rows().stream().filter(r -> period.contains(YearMonth.parse(r.text("period")))).toList();
  }

  private boolean overlaps(ReportPeriod other) {
    return !other.last().isBefore(period.first()) && !other.first().isAfter(period.last());
  }

  private Table emergingTable() {
    List<List<Cell>> rows = new ArrayList<>();
    for (DataTable.Row r : emergingInPeriod()) {
      String transit = r.text("transit_countries");
      String route = routeOf(r) + (transit == null ? "" : " (" + transit.replace(";", " → ") + ")");
      rows.add(List.of(code(periodName(ReportPeriod.parse(r.text("period"))), false), code(route, false),
          code(r.text("last_seen_period") == null ? "–" : periodName(ReportPeriod.parse(r.text("last_seen_period"))),
              false),
          number(f.count(r.count("declarations"))), number(f.count(r.count("seizures"))),
          number(f.tonnes(r.decimal("seized_kg")))));
    }
    return new Table(List.of(m.get("col.period"), m.get("col.route"), m.get("col.last_seen"), m.get("col.declarations"),
        m.get("col.seizures"), m.get("col.seized_t")), rows, m.get("signals.emerging.none"));
  }

  private Table alertsTable() {
    List<List<Cell>> rows = new ArrayList<>();
    for (DataTable.Row r : alertsInPeriod()) {
      String key = r.text("dimension").equals("WASTE_CATEGORY") ? m.get("category." + r.text("key"))
          : r.text("key").replace(">", " → ");
      rows.add(List.of(code(periodName(ReportPeriod.parse(r.text("period"))), false),
          text(m.get("dimension." + r.text("dimension"))), code(key, false),
          number(f.count(r.count("observed"))), number(f.decimal(r.decimal("expected"), 1)),
          number(f.decimal(r.decimal("threshold"), 1)), number(f.decimal(r.decimal("score"), 2))));
    }
    return new Table(List.of(m.get("col.period"), m.get("col.dimension"), m.get("col.key"), m.get("col.observed"),
        m.get("col.expected"), m.get("col.threshold"), m.get("col.score")), rows, m.get("signals.alerts.none"));
  }

  private Table largestTable() {
    List<List<Cell>> rows = new ArrayList<>();
    for (DataTable.Row r : data.largestSeizures().rows()) {
      if (r.text("period_type").equals(period.type()) && r.text("period").equals(period.label())) {
        rows.add(List.of(number(r.text("rank")), code(r.text("seizure_id"), false),
            code(r.text("seizure_date"), false), code(r.text("port"), false), code(routeOf(r), false),
            text(m.get("category." + r.text("waste_category"))), number(f.kg(r.decimal("quantity_kg"))),
            number(f.percent(r.rate("share_of_period_kg")))));
      }
    }
    return new Table(List.of(m.get("col.rank"), m.get("col.seizure"), m.get("col.date"), m.get("col.port"),
        m.get("col.route"), m.get("col.category"), m.get("col.quantity"), m.get("col.share")), rows,
        m.get("largest.none"));
  }

  private Table qualityTable() {
    List<List<Cell>> rows = new ArrayList<>();
    for (DataTable.Row r : data.dataQuality().rows()) {
      String reasons = r.text("quarantine_reasons");
      rows.add(List.of(code(r.text("source_file"), false), code(r.text("kind"), false),
          number(f.count(r.count("rows_read"))), number(f.count(r.count("rows_accepted"))),
          number(f.count(r.count("rows_quarantined"))), text(reasons == null ? "–" : reasons.replace(";", "; "))));
    }
    return new Table(List.of(m.get("col.file"), m.get("col.kind"), m.get("col.read"), m.get("col.accepted"),
        m.get("col.quarantined"), m.get("col.reasons")), rows, "");
  }

  private Map<String, String> texts() {
    Map<String, String> texts = new LinkedHashMap<>();
    long read = 0, accepted = 0, quarantined = 0;
    for (DataTable.Row r : data.dataQuality().rows()) {
      read += r.count("rows_read");
      accepted += r.count("rows_accepted");
      quarantined += r.count("rows_quarantined");
    }
    texts.put("quality", m.format("quality.text", f.count(data.dataQuality().rows().size()), f.count(read),
        f.count(accepted), f.count(quarantined)));
    texts.put("emerging", m.format("signals.emerging.text", "4"));
    texts.put("alerts", m.format("signals.alerts.text", "0.01"));
    DataTable.Row now = kpiRow(period);
    long largestCount = data.largestSeizures().rows().stream()
        .filter(r -> r.text("period_type").equals(period.type()) && r.text("period").equals(period.label())).count();
    texts.put("largest", now == null ? m.get("largest.none") : m.format("largest.text", f.count(largestCount),
        f.kg(now.decimal("seized_kg")), f.kg(now.decimal("median_seizure_kg"))));
    for (String key : List.of("measures", "periods", "spikes", "emerging", "caveats")) {
      texts.put("methods." + key, m.get("methods." + key));
    }
    ManifestAppendix.addTexts(data, m, texts);
    return texts;
  }

  private List<Section> sections(boolean trade) {
    List<String> ids = new ArrayList<>(List.of("summary", "trends", "categories", "ports", "routes", "signals",
        "largest", "quality", "methods", "manifest"));
    if (trade) {
      ids.add(ids.indexOf("largest") + 1, "trade");
    }
    List<Section> sections = new ArrayList<>();
    for (String id : ids) {
      sections.add(new Section("sec-" + id, m.get("section." + id)));
    }
    return sections;
  }

  // ---- helpers

  /** The period's name for readers: "Q3 2024" / "2024年第3季度". */
  public String periodName(ReportPeriod p) {
    return m.format("period." + p.type(), p.type().equals(ReportPeriod.MONTH)
        ? p.first().format(DateTimeFormatter.ofPattern(m.get("period.month.pattern"), m.locale()))
        : String.valueOf(p.first().getYear()),
        String.valueOf(p.quarter()));
  }

  private DataTable.Row kpiRow(ReportPeriod p) {
    String first = firstMonth();
    if (first == null || p.last().toString().compareTo(first) < 0) {
      return null; // before the data: unknown, not zero
    }
    return data.kpi().rows().stream()
        .filter(r -> r.text("period_type").equals(p.type()) && r.text("period").equals(p.label()))
        .findFirst().orElse(new DataTable.Row(emptyKpi()));
  }

  /** A period inside the data without any record: zero counts and kg, no rates or medians. */
  private static Map<String, String> emptyKpi() {
    Map<String, String> cells = new HashMap<>();
    for (String column : List.of("seizures", "seized_kg", "seized_pieces", "declarations", "declared_kg",
        "inspections", "violations")) {
      cells.put(column, "0");
    }
    for (String column : List.of("hit_rate", "median_seizure_kg", "largest_seizure_kg")) {
      cells.put(column, "");
    }
    return cells;
  }

  private static long count(DataTable.Row row, String column) {
    return row == null ? 0 : row.count(column);
  }

  private static BigDecimal tonnes(DataTable.Row row) {
    return row == null ? BigDecimal.ZERO : row.decimal("seized_kg").movePointLeft(3);
  }

  private static Double rate(DataTable.Row row) {
    return row == null ? null : row.rate("hit_rate");
  }

  private String routeOf(DataTable.Row r) {
    return r.text("origin_country") + " → " + r.text("destination_country");
  }

  private static Map<String, DataTable.Row> rowsOfType(DataTable table, String type,
      java.util.function.Function<DataTable.Row, String> key) {
    Map<String, DataTable.Row> rows = new HashMap<>();
    for (DataTable.Row r : table.rows()) {
      if (r.text("period_type").equals(type)) {
        rows.put(key.apply(r), r);
      }
    }
    return rows;
  }

  private static double sum(double[] values) {
    double total = 0;
    for (double v : values) {
      total += v;
    }
    return total;
  }

}
