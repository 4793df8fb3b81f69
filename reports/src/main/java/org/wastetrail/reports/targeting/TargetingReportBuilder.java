package org.wastetrail.reports.targeting;

import static org.wastetrail.reports.model.Cells.code;
import static org.wastetrail.reports.model.Cells.number;
import static org.wastetrail.reports.model.Cells.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.wastetrail.reports.data.DataTable;
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
 * The targeting report for planners: where inspections find violations (routes, traders, HS codes ranked by smoothed
 * hit rate with 90% intervals), whether that ranking would have paid off (the backtest), licence breaches, and seizures
 * awaiting repatriation past the deadline.
 */
public final class TargetingReportBuilder {
  static final int TOP = 10;
  /**
   * Overdue seizures listed by name, the longest waiting first. A report is read, not searched: past this many the
   * list runs to dozens of pages (10M declarations: 3,517 overdue, 100 pages of PDF), and the whole list is in
   * {@code repatriation_status.csv}, which the note under the table names.
   */
  static final int OVERDUE_LISTED = 100;
  /** Licences listed as nearly used up from this share of their quota. */
  static final double QUOTA_WATCH = 0.8;
  /** The backtest budget told in words, or the closest one the data holds. */
  static final double SENTENCE_BUDGET = 0.1;
  static final List<String> SECTIONS =
      List.of("summary", "ranking", "backtest", "licences", "repatriation", "methods", "manifest");
  /** Ranked in the report, in this order; each but the route × HS pairs also as a chart. */
  static final List<String> RANKED = List.of("ROUTE", "TRADER", "HS_CODE", "ROUTE_HS");
  static final String ROUTE_HS = "ROUTE_HS";
  static final List<String> BACKTESTED = List.of("ROUTE", "TRADER", "HS_CODE", "ROUTE_HS", "PORT");
  /** The breach codes in the order the analysis sorts them. */
  static final List<String> BREACHES = List.of("NO_LICENCE", "UNKNOWN_LICENCE", "NOT_YET_VALID", "EXPIRED",
      "WRONG_TRADER", "WRONG_PORT", "HS_NOT_COVERED", "QUOTA_EXCEEDED");
  static final String QUOTA_EXCEEDED = "QUOTA_EXCEEDED";
  static final String OVERDUE = "OVERDUE";

  private final TargetingData data;
  private final Messages m;
  private final Formats f;
  private final FigureMaker figures;
  private final LocalDate asOf;

  public TargetingReportBuilder(TargetingData data, Messages messages, FigureMaker figures) {
    this.data = data;
    this.m = messages;
    this.f = new Formats(messages.locale());
    this.figures = figures;
    this.asOf = data.asOf();
  }

  public LocalDate asOf() {
    return asOf;
  }

  /** "as of 31 December 2024", for the index of reports. */
  public String periodName() {
    return m.format("tgt.period.name", m.longDate(asOf));
  }

  public Report build(String marking, LocalDate generatedOn) {
    DataTable.Row overall = data.overall();
    Map<String, Figure> charts = new LinkedHashMap<>();
    Map<String, Table> tables = new LinkedHashMap<>();
    Map<String, String> texts = new LinkedHashMap<>();
    for (String dimension : RANKED) {
      List<DataTable.Row> top = data.ranked(dimension).stream().limit(TOP).toList();
      tables.put("rank-" + dimension, rankingTable(dimension, top));
      if (!dimension.equals(ROUTE_HS) && !top.isEmpty() && overall != null) {
        charts.put("rank-" + dimension, intervalFigure(dimension, top, overall.rate("hit_rate")));
      }
    }
    tables.put("backtest", backtestTable());
    if (data.hasBacktest()) {
      charts.put("backtest", backtestFigure());
    }
    tables.put("breachKinds", breachKindsTable());
    tables.put("quota", quotaTable());
    tables.put("breaches", breachesTable());
    tables.put("usage", usageTable());
    tables.put("overdue", overdueTable());
    int overdue = overdue().size();
    if (overdue > OVERDUE_LISTED) {
      texts.put("overdueMore", m.format("tgt.overdue.more", f.count(OVERDUE_LISTED), f.count(overdue)));
    }
    tables.put("byPort", repatriationTable("PORT"));
    tables.put("byDestination", repatriationTable("DESTINATION_COUNTRY"));
    tables.put("manifest", ManifestAppendix.table(data.reportData(), m));
    texts.put("asOf", m.format("tgt.asof", m.longDate(asOf)));
    texts.putAll(methods());
    ManifestAppendix.addTexts(data.reportData(), m, texts);
    return new Report(m.locale().toLanguageTag(), m.get("tgt.title"), m.get("tgt.subtitle"),
        m.format("tgt.period", m.longDate(asOf)),
        m.format("report.generated", m.longDate(generatedOn),
            data.reportData().manifest().path("run_id").asText("–")),
        marking, m.pageCounterCss(), sections(), kpis(overall), summary(overall), charts, tables, texts,
        Map.of("backtest", backtestSentences()));
  }

  // ---- headline

  private List<KpiTile> kpis(DataTable.Row overall) {
    List<KpiTile> tiles = new ArrayList<>();
    tiles.add(overall == null ? tile("tgt.kpi.hit_rate", "–", "tgt.kpi.hits", "–", "tgt.kpi.declarations", "–")
        : tile("tgt.kpi.hit_rate", f.percent(overall.rate("hit_rate")), "tgt.kpi.hits",
            f.count(overall.count("violations")) + " / " + f.count(overall.count("inspections")),
            "tgt.kpi.declarations", f.count(overall.count("declarations"))));
    tiles.add(tile("tgt.kpi.prevalence", overall == null ? "–" : f.percent(overall.rate("random_hit_rate")),
        "tgt.kpi.random", overall == null ? "–" : f.count(overall.count("random_violations")) + " / "
            + f.count(overall.count("random_inspections")), "tgt.kpi.prevalence.note", ""));
    List<DataTable.Row> breaches = data.breaches();
    BigDecimal excess = breaches.stream().map(r -> r.decimal("excess_kg")).filter(Objects::nonNull)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    tiles.add(tile("tgt.kpi.breaches", f.count(breaches.size()), "tgt.kpi.excess", f.exactKg(excess),
        "tgt.kpi.breach_declarations", f.count(breaches.stream().map(r -> r.text("declaration_id")).distinct()
            .count())));
    List<DataTable.Row> overdue = overdue();
    Long threshold = data.overdueAfterDays();
    tiles.add(tile("tgt.kpi.overdue", f.count(overdue.size()), "tgt.kpi.oldest",
        overdue.isEmpty() ? "–" : f.count(overdue.get(0).count("days_pending")), "tgt.kpi.threshold",
        threshold == null ? "–" : f.count(threshold)));
    return tiles;
  }

  private KpiTile tile(String label, String value, String firstLabel, String first, String secondLabel,
      String second) {
    return new KpiTile(m.get(label), value, m.get(firstLabel), first, m.get(secondLabel), second, "none");
  }

  private List<String> summary(DataTable.Row overall) {
    List<String> sentences = new ArrayList<>();
    if (overall == null) {
      sentences.add(m.get("tgt.ranking.none"));
      return sentences;
    }
    sentences.add(m.format("tgt.summary.window", m.longDate(LocalDate.parse(overall.text("first_date"))),
        m.longDate(LocalDate.parse(overall.text("last_date"))), f.count(overall.count("inspections")),
        f.percent(overall.rate("hit_rate"))));
    List<DataTable.Row> routes = data.ranked("ROUTE");
    if (!routes.isEmpty()) {
      DataTable.Row top = routes.get(0);
      sentences.add(m.format("tgt.summary.top_route", keyLabel("ROUTE", top.text("key")),
          f.count(top.count("violations")), f.count(top.count("inspections")), f.percent(top.rate("smoothed_rate")),
          f.percent(top.rate("smoothed_ci_low")), f.percent(top.rate("smoothed_ci_high")), ratio(top.rate("lift"))));
    }
    if (data.hasBacktest()) {
      sentences.add(backtestSentences().get(0));
    }
    sentences.add(m.get("tgt.summary.caveat"));
    return sentences;
  }

  // ---- ranking

  private Table rankingTable(String dimension, List<DataTable.Row> top) {
    boolean pairs = dimension.equals(ROUTE_HS);
    List<List<Cell>> rows = new ArrayList<>();
    for (DataTable.Row r : top) {
      List<Cell> row = new ArrayList<>();
      row.add(number(f.count(r.count("rank"))));
      if (pairs) {
        row.add(code(keyLabel("ROUTE", r.text("key").split("\\|")[0]), false));
        row.add(code(r.text("hs_code"), false));
      } else {
        row.add(code(keyLabel(dimension, r.text("key")), false));
      }
      row.add(number(f.count(r.count("inspections"))));
      row.add(number(f.count(r.count("violations"))));
      if (!pairs) {
        row.add(number(f.percent(r.rate("hit_rate"))));
      }
      row.add(number(smoothedCell(r)));
      row.add(number(lift(r.rate("lift"))));
      rows.add(row);
    }
    List<String> header = new ArrayList<>(List.of(m.get("col.rank")));
    if (pairs) {
      header.addAll(List.of(m.get("col.route"), m.get("tgt.col.hs_code")));
    } else {
      header.add(m.get("tgt.col.key." + dimension));
    }
    header.addAll(List.of(m.get("col.inspections"), m.get("col.violations")));
    if (!pairs) {
      header.add(m.get("col.hit_rate"));
    }
    header.addAll(List.of(m.get("tgt.col.smoothed"), m.get("tgt.col.lift")));
    return new Table(header, rows, m.get("tgt.ranking.none"));
  }

  private Figure intervalFigure(String dimension, List<DataTable.Row> top, double overall) {
    double[] estimates = top.stream().mapToDouble(r -> r.rate("smoothed_rate")).toArray();
    double[] lows = new double[top.size()];
    double[] highs = new double[top.size()];
    for (int i = 0; i < top.size(); i++) {
      Double low = top.get(i).rate("smoothed_ci_low");
      Double high = top.get(i).rate("smoothed_ci_high");
      lows[i] = low == null ? estimates[i] : low;
      highs[i] = high == null ? estimates[i] : high;
    }
    return figures.make("rank-" + dimension, m.get("tgt.chart.title." + dimension), m.get("tgt.chart.text"),
        new ChartData.Intervals(top.stream().map(r -> keyLabel(dimension, r.text("key"))).toList(), estimates, lows,
            highs, top.stream().mapToDouble(r -> r.rate("hit_rate")).toArray(), overall,
            m.format("tgt.chart.overall.value", f.percent(overall))));
  }

  /** The smoothed rate with its 90% interval: "37.8% (28.3%–47.7%)"; the rate alone when it has none. */
  private String smoothedCell(DataTable.Row r) {
    return interval(r.rate("smoothed_rate"), r.rate("smoothed_ci_low"), r.rate("smoothed_ci_high"));
  }

  private String interval(Double rate, Double low, Double high) {
    if (rate == null) {
      return "–";
    }
    return low == null || high == null ? f.percent(rate)
        : m.format("tgt.interval", f.percent(rate), f.percent(low), f.percent(high));
  }

  private String lift(Double lift) {
    return lift == null ? "–" : m.format("tgt.lift", ratio(lift));
  }

  private String ratio(Double ratio) {
    return ratio == null ? "–" : f.decimal(BigDecimal.valueOf(ratio), 1);
  }

  // ---- backtest

  private List<String> backtestSentences() {
    if (!data.hasBacktest()) {
      return List.of(m.get("tgt.backtest.none"));
    }
    List<String> sentences = new ArrayList<>();
    for (String dimension : BACKTESTED) {
      data.backtest(dimension).stream()
          .min(Comparator.comparingDouble(r -> Math.abs(r.rate("budget_share") - SENTENCE_BUDGET)))
          .ifPresent(r -> sentences.add(backtestSentence(dimension, r)));
    }
    return sentences;
  }

  private String backtestSentence(String dimension, DataTable.Row r) {
    String who = m.get("tgt.words." + dimension);
    String budget = f.wholePercent(r.rate("budget_share"));
    String from = m.longDate(LocalDate.parse(r.text("test_from")));
    String to = m.longDate(LocalDate.parse(r.text("test_to")));
    if (r.count("selected_inspections") == 0) {
      return m.format("tgt.backtest.nothing_fits", who, budget, from, to);
    }
    String selected = f.percent(r.rate("selected_hit_rate"));
    String overall = f.percent(r.rate("test_hit_rate"));
    Double lift = r.rate("lift");
    return lift == null ? m.format("tgt.backtest.sentence.no_lift", who, budget, from, to, selected, overall)
        : m.format("tgt.backtest.sentence", who, budget, from, to, selected, overall, ratio(lift));
  }

  private Table backtestTable() {
    List<List<Cell>> rows = new ArrayList<>();
    for (String dimension : BACKTESTED) {
      for (DataTable.Row r : data.backtest(dimension)) {
        rows.add(List.of(text(m.get("tgt.dimension." + dimension)),
            number(f.wholePercent(r.rate("budget_share")) + " (" + f.count(r.count("budget_inspections")) + ")"),
            number(m.format("tgt.of", f.count(r.count("keys_selected")), f.count(r.count("keys_scored")))),
            number(f.count(r.count("selected_inspections"))), number(f.count(r.count("selected_violations"))),
            number(interval(r.rate("selected_hit_rate"), r.rate("selected_ci_low"), r.rate("selected_ci_high"))),
            number(f.percent(r.rate("test_hit_rate"))), number(lift(r.rate("lift")))));
      }
    }
    return new Table(List.of(m.get("col.dimension"), m.get("tgt.col.budget"), m.get("tgt.col.keys_selected"),
        m.get("col.inspections"), m.get("col.violations"), m.get("tgt.col.selected_rate"),
        m.get("tgt.col.test_rate"), m.get("tgt.col.lift")), rows, "");
  }

  /** Hit rates of the selected inspections per budget and dimension, beside the rate of all test inspections. */
  private Figure backtestFigure() {
    List<Double> budgets = BACKTESTED.stream().flatMap(d -> data.backtest(d).stream())
        .map(r -> r.rate("budget_share")).distinct().sorted().toList();
    LinkedHashMap<String, double[]> series = new LinkedHashMap<>();
    double[] overall = new double[budgets.size()];
    for (String dimension : BACKTESTED) {
      List<DataTable.Row> rows = data.backtest(dimension);
      if (rows.isEmpty()) {
        continue;
      }
      double[] values = new double[budgets.size()];
      Arrays.fill(values, Double.NaN);
      for (DataTable.Row r : rows) {
        int i = budgets.indexOf(r.rate("budget_share"));
        Double rate = r.rate("selected_hit_rate");
        values[i] = rate == null ? Double.NaN : rate * 100;
        overall[i] = r.rate("test_hit_rate") * 100;
      }
      series.put(m.get("tgt.dimension." + dimension), values);
    }
    series.put(m.get("tgt.backtest.overall"), overall);
    return figures.make("backtest", m.get("tgt.backtest.chart.title"), m.get("tgt.backtest.chart.text"),
        new ChartData.Grouped(budgets.stream().map(f::wholePercent).toList(), series,
            m.get("tgt.backtest.chart.axis"), 0));
  }

  // ---- licences

  private Table breachKindsTable() {
    List<List<Cell>> rows = new ArrayList<>();
    List<DataTable.Row> breaches = data.breaches();
    if (!breaches.isEmpty()) {
      for (String kind : BREACHES) {
        List<DataTable.Row> ofKind = breaches.stream().filter(r -> r.text("breach").equals(kind)).toList();
        rows.add(List.of(text(m.get("breach." + kind)), number(f.count(ofKind.size())),
            number(f.kg(ofKind.stream().map(r -> r.decimal("gross_kg")).reduce(BigDecimal.ZERO, BigDecimal::add)))));
      }
    }
    return new Table(List.of(m.get("tgt.col.breach"), m.get("tgt.col.breaches"), m.get("tgt.col.declared_kg")),
        rows, m.get("tgt.licences.none"));
  }

  /** One row per licence over its quota: the declaration that crossed it, the total used and the excess. */
  private Table quotaTable() {
    Map<String, List<DataTable.Row>> byLicence = new LinkedHashMap<>();
    data.breaches().stream().filter(r -> r.text("breach").equals(QUOTA_EXCEEDED))
        .forEach(r -> byLicence.computeIfAbsent(r.text("licence_id"), k -> new ArrayList<>()).add(r));
    List<List<Cell>> rows = new ArrayList<>();
    byLicence.forEach((licence, uses) -> {
      DataTable.Row crossing = uses.get(0);
      BigDecimal excess = uses.stream().map(r -> r.decimal("excess_kg")).reduce(BigDecimal.ZERO, BigDecimal::add);
      rows.add(List.of(code(licence, false), code(crossing.text("licence_trader_id"), false),
          number(f.kg(crossing.decimal("quota_kg"))), number(f.exactKg(uses.get(uses.size() - 1).decimal("cumulative_kg"))),
          number(f.exactKg(excess)), code(crossing.text("declaration_id"), false),
          code(crossing.text("declaration_date"), false)));
    });
    return new Table(List.of(m.get("tgt.col.licence"), m.get("tgt.col.holder"), m.get("tgt.col.quota_kg"),
        m.get("tgt.col.used_kg"), m.get("tgt.col.excess_kg"), m.get("tgt.col.crossing"), m.get("col.date")), rows,
        data.breaches().isEmpty() ? "" : m.get("tgt.quota.none"));
  }

  private Table breachesTable() {
    List<List<Cell>> rows = new ArrayList<>();
    for (DataTable.Row r : data.breaches()) {
      rows.add(List.of(code(r.text("declaration_date"), false), code(r.text("declaration_id"), false),
          text(m.get("breach." + r.text("breach"))), code(r.text("port"), false), code(r.text("trader_id"), false),
          code(r.text("hs_code"), false), number(f.kg(r.decimal("gross_kg"))), code(orDash(r.text("licence_id")),
              false)));
    }
    return new Table(List.of(m.get("col.date"), m.get("tgt.col.declaration"), m.get("tgt.col.breach"),
        m.get("col.port"), m.get("tgt.col.trader"), m.get("tgt.col.hs_code"), m.get("tgt.col.gross_kg"),
        m.get("tgt.col.licence")), rows, "");
  }

  /** Licences that have used more than {@link #QUOTA_WATCH} of their quota, the fullest first. */
  private Table usageTable() {
    List<List<Cell>> rows = data.licenceUsage().stream().filter(r -> r.rate("used_share") > QUOTA_WATCH)
        .sorted(Comparator.comparingDouble((DataTable.Row r) -> -r.rate("used_share"))
            .thenComparing(r -> r.text("licence_id")))
        .map(r -> List.of(code(r.text("licence_id"), false), code(r.text("trader_id"), false),
            code(r.text("hs_prefix"), false), code(orDash(r.text("port")), false),
            code(r.text("valid_from") + " – " + r.text("valid_to"), false), number(f.kg(r.decimal("quota_kg"))),
            number(f.kg(r.decimal("used_kg"))), number(f.percent(r.rate("used_share")))))
        .toList();
    return new Table(List.of(m.get("tgt.col.licence"), m.get("tgt.col.holder"), m.get("tgt.col.hs_prefix"),
        m.get("col.port"), m.get("tgt.col.valid"), m.get("tgt.col.quota_kg"), m.get("tgt.col.used_kg"),
        m.get("tgt.col.used_share")), rows, m.get("tgt.usage.none"));
  }

  // ---- repatriation

  /** Overdue seizures, the longest waiting first. */
  private List<DataTable.Row> overdue() {
    return data.repatriations().stream().filter(r -> OVERDUE.equals(r.text("status")))
        .sorted(Comparator.comparingLong((DataTable.Row r) -> -r.count("days_pending"))
            .thenComparing(r -> r.text("seizure_id")))
        .toList();
  }

  private Table overdueTable() {
    List<List<Cell>> rows = overdue().stream().limit(OVERDUE_LISTED).map(r -> List.of(code(r.text("seizure_id"), false),
        code(r.text("seizure_date"), false), code(r.text("port"), false), code(r.text("destination_country"), false),
        text(r.text("waste_category") == null ? "–" : m.get("category." + r.text("waste_category"))),
        number(f.count(r.count("days_pending"))))).toList();
    Long threshold = data.overdueAfterDays();
    return new Table(List.of(m.get("col.seizure"), m.get("col.date"), m.get("col.port"), m.get("tgt.col.destination"),
        m.get("col.category"), m.get("tgt.col.days_pending")), rows,
        threshold == null ? m.get("tgt.repatriation.none") : m.format("tgt.overdue.none", f.count(threshold)));
  }

  /** Keys with an open seizure, then the row of all seizures. */
  private Table repatriationTable(String dimension) {
    List<List<Cell>> rows = new ArrayList<>();
    data.repatriationSummary(dimension).stream().filter(r -> r.count("open") > 0)
        .forEach(r -> rows.add(repatriationRow(r.text("key"), r)));
    data.repatriationSummary(TargetingData.ALL).forEach(r -> rows.add(repatriationRow(
        m.get("tgt.all." + dimension), r)));
    return new Table(List.of(m.get("tgt.col.key." + dimension), m.get("col.seizures"), m.get("tgt.col.open"),
        m.get("tgt.col.overdue"), m.get("tgt.col.median_outcome"), m.get("tgt.col.median_repatriation")), rows, "");
  }

  private List<Cell> repatriationRow(String key, DataTable.Row r) {
    return List.of(code(key, false), number(f.count(r.count("seizures"))), number(f.count(r.count("open"))),
        number(f.count(r.count("overdue"))), number(days(r.decimal("median_days_to_outcome"))),
        number(days(r.decimal("median_days_to_repatriation"))));
  }

  private String days(BigDecimal days) {
    return days == null ? "–" : f.upToOneDecimal(days);
  }

  // ---- methods and helpers

  private Map<String, String> methods() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("methods.smoothing", m.get("tgt.methods.smoothing"));
    texts.put("methods.backtest", m.get("tgt.methods.backtest"));
    Long threshold = data.overdueAfterDays();
    texts.put("methods.asof", threshold == null ? m.format("tgt.methods.asof.no_seizures", m.longDate(asOf))
        : m.format("tgt.methods.asof", m.longDate(asOf), f.count(threshold)));
    texts.put("methods.licences", m.get("tgt.methods.licences"));
    texts.put("methods.pseudonymous", m.get("tgt.methods.pseudonymous"));
    return texts;
  }

  private List<Section> sections() {
    return SECTIONS.stream().map(id -> new Section("sec-" + id, m.get("tgt.section." + id))).toList();
  }

  /** A key as a reader writes it: routes "BE → GH", everything else as recorded. */
  static String keyLabel(String dimension, String key) {
    return dimension.equals("ROUTE") ? key.replace(">", " → ") : key;
  }

  private static String orDash(String text) {
    return text == null ? "–" : text;
  }
}
