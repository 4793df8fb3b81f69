package org.wastetrail.reports.campaign;

import static org.wastetrail.reports.campaign.CampaignData.ALL;
import static org.wastetrail.reports.campaign.CampaignData.CAMPAIGN;
import static org.wastetrail.reports.campaign.CampaignData.IN_SCOPE;
import static org.wastetrail.reports.campaign.CampaignData.OUT_OF_SCOPE;
import static org.wastetrail.reports.campaign.CampaignData.PREVIOUS_YEAR;
import static org.wastetrail.reports.campaign.CampaignData.PRIOR;
import static org.wastetrail.reports.model.Cells.code;
import static org.wastetrail.reports.model.Cells.number;
import static org.wastetrail.reports.model.Cells.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.wastetrail.reports.campaign.CampaignData.Window;
import org.wastetrail.reports.data.DataTable;
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
 * The operation review of one campaign, Demeter-style: what was seized in the window (totals, waste types, ports,
 * administrations, routes, the largest seizures with the median and outliers set apart), the effect against its
 * baselines with exact intervals in plain words, displacement to ports outside the operation, and the caveats.
 */
public final class OperationReviewBuilder {
  static final int TOP = 10;
  /** Routes listed: those with seizures, the most first. */
  static final int ROUTES = 20;
  static final List<String> SECTIONS =
      List.of("summary", "effect", "waste", "ports", "routes", "largest", "displacement", "caveats", "manifest");

  private final CampaignData data;
  private final Window w;
  private final Messages m;
  private final Formats f;
  private final Changes changes;
  private final RatioWords words;
  private final FigureMaker figures;
  private final Caveats caveats;

  public OperationReviewBuilder(CampaignData data, String campaignId, Messages messages, FigureMaker figures) {
    this.data = data;
    this.w = data.window(campaignId);
    this.m = messages;
    this.f = new Formats(messages.locale());
    this.changes = new Changes(messages);
    this.words = new RatioWords(messages, data);
    this.figures = figures;
    this.caveats = new Caveats(messages, data);
  }

  public Window window() {
    return w;
  }

  public Report build(String marking, LocalDate generatedOn) {
    DataTable.Row now = data.total(w.id(), CAMPAIGN, IN_SCOPE);
    DataTable.Row prior = priorCovered() ? orEmpty(data.total(w.id(), PRIOR, IN_SCOPE)) : null;
    DataTable.Row yearAgo = data.comparison(w.id(), PREVIOUS_YEAR, IN_SCOPE);
    Map<String, Figure> charts = new LinkedHashMap<>();
    Map<String, Table> tables = new LinkedHashMap<>();
    Map<String, String> texts = new LinkedHashMap<>();
    charts.put("series", seriesFigure());
    tables.put("effect", effectTable());
    tables.put("hits", hitsTable());
    charts.put("wasteTypes", rankedFigure("wasteTypes", "WASTE_CATEGORY", r -> categoryName(r.text("key"))));
    tables.put("wasteTypes", wasteTable());
    charts.put("ports", rankedFigure("ports", "PORT", r -> r.text("key")));
    tables.put("ports", breakdownTable("PORT", "col.port", true));
    tables.put("admins", breakdownTable("REPORTING_COUNTRY", "col.admin", false));
    tables.put("routes", breakdownTable("ROUTE", "col.route", false));
    texts.put("routes", m.format("op.routes.text", f.count(ROUTES)));
    tables.put("outliers", largestTable(true));
    tables.put("largest", largestTable(false));
    tables.put("displacement", displacementTable());
    tables.put("manifest", ManifestAppendix.table(data.reportData(), m));
    texts.put("largest", largestText(now));
    texts.put("scope", w.everyPort() ? m.get("op.scope.every") : m.format("op.scope.ports",
        f.count(w.scopePorts().size()), String.join(", ", w.scopePorts())));
    if (w.description() != null) {
      texts.put("description", w.description());
    }
    for (String key : List.of("rates", "hits", "outliers", "displacement")) {
      texts.put("methods." + key, m.get("op.methods." + key));
    }
    ManifestAppendix.addTexts(data.reportData(), m, texts);
    return new Report(m.locale().toLanguageTag(), m.get("op.title"), w.name(), periodText(),
        m.format("report.generated", m.longDate(generatedOn),
            data.reportData().manifest().path("run_id").asText("–")),
        marking, m.pageCounterCss(), sections(), kpis(now, prior, yearAgo), summary(now),
        charts, tables, texts,
        Map.of("effect", effectSentences(), "displacement", displacementSentences(), "caveats", caveats.of(w)));
  }

  // ---- headline

  private String periodText() {
    return m.format("op.period", m.longDate(w.start()), m.longDate(w.end()), f.count(w.days()), f.count(w.admins()));
  }

  private List<KpiTile> kpis(DataTable.Row now, DataTable.Row prior, DataTable.Row yearAgo) {
    String vsPrior = m.format("op.vs.prior", f.count(w.days()));
    String vsYear = m.get("op.vs.year");
    boolean yearKnown = yearAgo != null && yearAgo.rate("seizure_p_value") != null
        || yearAgo != null && yearAgo.count("campaign_seizures") + yearAgo.count("baseline_seizures") == 0
        && covered(LocalDate.parse(yearAgo.text("baseline_from")));
    List<KpiTile> tiles = new ArrayList<>();
    tiles.add(countTile("kpi.seizures", count(now, "seizures"), prior == null ? null : count(prior, "seizures"),
        yearKnown ? yearAgo.count("baseline_seizures") : null, vsPrior, vsYear));
    BigDecimal kg = kg(now);
    BigDecimal priorKg = prior == null ? null : kg(prior);
    BigDecimal yearKg = yearKnown ? yearAgo.decimal("baseline_seized_kg") : null;
    tiles.add(new KpiTile(m.get("kpi.tonnes"), f.tonnes(kg), vsPrior,
        changes.change(tonnes(kg), priorKg == null ? null : tonnes(priorKg), 1), vsYear,
        changes.change(tonnes(kg), yearKg == null ? null : tonnes(yearKg), 1),
        Changes.direction(kg, priorKg)));
    // campaign_comparison has no pieces: a year earlier they are not known, which is not "before the data"
    KpiTile pieces = countTile("op.kpi.unweighed", count(now, "unweighed_pieces"),
        prior == null ? null : count(prior, "unweighed_pieces"), null, vsPrior, vsYear);
    tiles.add(new KpiTile(pieces.label(), pieces.value(), pieces.previousLabel(), pieces.previousChange(),
        pieces.yearAgoLabel(), "–", pieces.direction()));
    tiles.add(countTile("kpi.inspections", count(now, "inspections"),
        prior == null ? null : count(prior, "inspections"), yearKnown ? yearAgo.count("baseline_inspections") : null,
        vsPrior, vsYear));
    Double rate = now == null ? null : now.rate("hit_rate");
    Double priorRate = prior == null ? null : prior.rate("hit_rate");
    Double yearRate = yearKnown && yearAgo.count("baseline_inspections") > 0
        ? (double) yearAgo.count("baseline_violations") / yearAgo.count("baseline_inspections") : null;
    tiles.add(new KpiTile(m.get("kpi.hit_rate"), f.percent(rate), vsPrior, changes.points(rate, priorRate), vsYear,
        changes.points(rate, yearRate), rate == null || priorRate == null ? "none"
            : Changes.direction(BigDecimal.valueOf(rate), BigDecimal.valueOf(priorRate))));
    return tiles;
  }

  private KpiTile countTile(String label, long value, Long prior, Long yearAgo, String vsPrior, String vsYear) {
    BigDecimal v = BigDecimal.valueOf(value);
    BigDecimal p = prior == null ? null : BigDecimal.valueOf(prior);
    return new KpiTile(m.get(label), f.count(value), vsPrior, changes.change(v, p, 0), vsYear,
        changes.change(v, yearAgo == null ? null : BigDecimal.valueOf(yearAgo), 0), Changes.direction(v, p));
  }

  private List<String> summary(DataTable.Row now) {
    List<String> sentences = new ArrayList<>();
    if (now == null) {
      sentences.add(m.get("op.summary.nothing"));
    } else {
      sentences.add(m.format("op.summary.totals", f.count(now.count("seizures")), f.tonnes(now.decimal("seized_kg")),
          f.count(now.count("unweighed_seizures")), f.count(now.count("unweighed_pieces"))));
      List<DataTable.Row> categories = ranked(data.breakdown(w.id(), CAMPAIGN, IN_SCOPE, "WASTE_CATEGORY"));
      List<DataTable.Row> ports = ranked(data.breakdown(w.id(), CAMPAIGN, IN_SCOPE, "PORT"));
      if (!categories.isEmpty() && !ports.isEmpty()) {
        sentences.add(m.format("op.summary.top", categoryName(categories.get(0).text("key")),
            f.count(categories.get(0).count("seizures")), ports.get(0).text("key"),
            f.count(ports.get(0).count("seizures"))));
      }
    }
    DataTable.Row prior = data.comparison(w.id(), PRIOR, IN_SCOPE);
    if (prior != null) {
      sentences.add(words.seizures(prior, m.get("unit.day"), scopeWords(IN_SCOPE), baselineWords(PRIOR)));
    }
    DataTable.Row outside = data.comparison(w.id(), PRIOR, OUT_OF_SCOPE);
    if (outside != null && !w.everyPort()) {
      sentences.add(words.seizures(outside, m.get("unit.day"), scopeWords(OUT_OF_SCOPE), baselineWords(PRIOR)));
    }
    if (now != null && now.decimal("median_seizure_kg") != null) {
      sentences.add(largestText(now));
    }
    sentences.add(m.get("op.summary.caveat"));
    return sentences;
  }

  // ---- effect against baselines

  private Figure seriesFigure() {
    List<String> months = new ArrayList<>();
    YearMonth first = YearMonth.from(w.start()).minusMonths(6);
    YearMonth last = YearMonth.from(w.end()).plusMonths(6);
    LocalDate firstDate = data.firstDate();
    LocalDate lastDate = data.lastDate();
    for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      if ((firstDate == null || !month.isBefore(YearMonth.from(firstDate)))
          && (lastDate == null || !month.isAfter(YearMonth.from(lastDate)))) {
        months.add(month.toString());
      }
    }
    LinkedHashMap<String, double[]> series = new LinkedHashMap<>();
    for (String scope : w.everyPort() ? List.of(IN_SCOPE) : List.of(IN_SCOPE, OUT_OF_SCOPE)) {
      double[] values = new double[months.size()];
      for (DataTable.Row r : data.series(w.id(), scope)) {
        int i = months.indexOf(r.text("period"));
        if (i >= 0) {
          values[i] = r.count("seizures");
        }
      }
      series.put(m.get("op.series." + scope), values);
    }
    int from = months.indexOf(YearMonth.from(w.start()).toString());
    int to = months.indexOf(YearMonth.from(w.end()).toString());
    return figures.make("series", m.get("op.series.title"), m.get("op.series.text"),
        new ChartData.Lines(months, series, from, to, w.id(), m.get("op.series.axis")));
  }

  /** Seizure rates against each baseline, in scope and (for displacement) out of scope. */
  private Table effectTable() {
    List<List<Cell>> rows = new ArrayList<>();
    for (DataTable.Row r : effectRows()) {
      List<Cell> row = new ArrayList<>(List.of(text(baselineName(r.text("baseline"))),
          text(m.get("scope." + r.text("scope"))), code(r.text("baseline_from") + " – " + r.text("baseline_to"), false)));
      row.addAll(words.seizureCells(r));
      rows.add(row);
    }
    return new Table(List.of(m.get("col.baseline"), m.get("col.scope"), m.get("col.window"),
        m.get("col.seizures_vs"), m.get("col.rate_ratio"), m.get("col.p")), rows, m.get("op.effect.none"));
  }

  /** Inspections and hit rates against each baseline. */
  private Table hitsTable() {
    List<List<Cell>> rows = new ArrayList<>();
    for (DataTable.Row r : effectRows()) {
      List<Cell> row = new ArrayList<>(List.of(text(baselineName(r.text("baseline"))),
          text(m.get("scope." + r.text("scope")))));
      row.addAll(words.hitCells(r));
      rows.add(row);
    }
    return new Table(List.of(m.get("col.baseline"), m.get("col.scope"), m.get("col.inspections_vs"),
        m.get("col.hit_rates"), m.get("col.hit_ratio")), rows, m.get("op.effect.none"));
  }

  /** The {@code ALL} comparison rows: baselines in order (days before, a year earlier, editions), in scope first. */
  private List<DataTable.Row> effectRows() {
    List<DataTable.Row> rows = new ArrayList<>();
    for (String baseline : baselines()) {
      for (String scope : w.everyPort() ? List.of(IN_SCOPE) : List.of(IN_SCOPE, OUT_OF_SCOPE)) {
        DataTable.Row r = data.comparison(w.id(), baseline, scope);
        if (r != null) {
          rows.add(r);
        }
      }
    }
    return rows;
  }

  /** The campaign's baselines: the days before, the same dates a year earlier, then earlier editions. */
  private List<String> baselines() {
    return data.baselines(w.id()).stream().sorted(Comparator.comparingInt((String b) -> b.equals(PRIOR) ? 0
        : b.equals(PREVIOUS_YEAR) ? 1 : 2)).toList();
  }

  private List<String> effectSentences() {
    List<String> sentences = new ArrayList<>();
    for (String baseline : baselines()) {
      DataTable.Row r = data.comparison(w.id(), baseline, IN_SCOPE);
      if (r == null) {
        continue;
      }
      boolean edition = !baseline.equals(PRIOR) && !baseline.equals(PREVIOUS_YEAR);
      sentences.add(words.seizures(r, m.get(edition ? "unit.admin_day" : "unit.day"), scopeWords(IN_SCOPE),
          baselineWords(baseline)));
      String hits = words.hits(r, scopeWords(IN_SCOPE), baselineWords(baseline));
      if (hits != null) {
        sentences.add(hits);
      }
    }
    return sentences;
  }

  // ---- breakdowns

  private Figure rankedFigure(String name, String dimension, Function<DataTable.Row, String> label) {
    List<DataTable.Row> top = ranked(data.breakdown(w.id(), CAMPAIGN, IN_SCOPE, dimension)).stream()
        .filter(r -> r.count("seizures") > 0).limit(TOP).toList();
    return figures.make(name, m.get("op." + name + ".title"), m.get("op." + name + ".title"),
        new ChartData.Ranked(top.stream().map(label).toList(),
            top.stream().mapToDouble(r -> r.count("seizures")).toArray()));
  }

  private Table wasteTable() {
    List<List<Cell>> rows = new ArrayList<>();
    for (DataTable.Row r : ranked(data.breakdown(w.id(), CAMPAIGN, IN_SCOPE, "WASTE_CATEGORY"))) {
      DataTable.Row vsPrior = data.comparisons(w.id(), PRIOR, IN_SCOPE).stream()
          .filter(c -> c.text("waste_category").equals(r.text("key"))).findFirst().orElse(null);
      rows.add(List.of(text(categoryName(r.text("key"))), number(f.count(r.count("seizures"))),
          number(f.tonnes(r.decimal("seized_kg"))), number(f.count(r.count("unweighed_pieces"))),
          number(f.kg(r.decimal("median_seizure_kg"))),
          number(vsPrior == null || !priorCovered() ? "–" : words.cell(vsPrior.rate("seizure_rate_ratio"),
              vsPrior.rate("seizure_rr_ci_low"), vsPrior.rate("seizure_rr_ci_high")))));
    }
    return new Table(List.of(m.get("col.category"), m.get("col.seizures"), m.get("col.seized_t"),
        m.get("col.unweighed"), m.get("col.median_kg"), m.get("col.vs_prior")), rows, m.get("op.none"));
  }

  /** Seizures, tonnes, inspections and hit rate by a breakdown key, the most seizures first. */
  private Table breakdownTable(String dimension, String keyColumn, boolean withPrior) {
    Map<String, DataTable.Row> prior = byKey(data.breakdown(w.id(), PRIOR, IN_SCOPE, dimension));
    List<List<Cell>> rows = new ArrayList<>();
    List<DataTable.Row> shown = ranked(data.breakdown(w.id(), CAMPAIGN, IN_SCOPE, dimension));
    if (dimension.equals("ROUTE")) {
      shown = shown.stream().filter(r -> r.count("seizures") > 0).limit(ROUTES).toList();
    }
    for (DataTable.Row r : shown) {
      List<Cell> row = new ArrayList<>(List.of(code(keyLabel(dimension, r.text("key")), false),
          number(f.count(r.count("seizures"))), number(f.tonnes(r.decimal("seized_kg"))),
          number(f.count(r.count("declarations"))), number(f.count(r.count("inspections"))),
          number(f.percent(r.rate("hit_rate")))));
      if (withPrior) {
        DataTable.Row before = prior.get(r.text("key"));
        row.add(number(!priorCovered() ? "–" : f.count(before == null ? 0 : before.count("seizures"))));
      }
      rows.add(row);
    }
    List<String> header = new ArrayList<>(List.of(m.get(keyColumn), m.get("col.seizures"), m.get("col.seized_t"),
        m.get("col.declarations"), m.get("col.inspections"), m.get("col.hit_rate")));
    if (withPrior) {
      header.add(m.get("col.prior_seizures"));
    }
    return new Table(header, rows, m.get("op.none"));
  }

  // ---- largest seizures

  private String largestText(DataTable.Row now) {
    if (now == null || now.decimal("median_seizure_kg") == null) {
      return m.get("largest.none");
    }
    long outliers = now.count("outlier_seizures");
    String fence = now.decimal("outlier_fence_kg") == null ? null : f.kg(now.decimal("outlier_fence_kg"));
    String median = f.kg(now.decimal("median_seizure_kg"));
    if (outliers == 0) {
      return fence == null ? m.format("op.largest.few", median) : m.format("op.largest.no_outliers", median, fence);
    }
    BigDecimal kg = now.decimal("seized_kg");
    BigDecimal outlierKg = now.decimal("outlier_kg");
    return m.format("op.largest.outliers", median, f.count(outliers), f.tonnes(outlierKg),
        f.percent(kg.signum() == 0 ? null : outlierKg.doubleValue() / kg.doubleValue()), fence,
        f.tonnes(kg.subtract(outlierKg)));
  }

  private Table largestTable(boolean outliers) {
    List<List<Cell>> rows = new ArrayList<>();
    for (DataTable.Row r : data.largest(w.id(), IN_SCOPE)) {
      if (Boolean.parseBoolean(r.text("outlier")) == outliers) {
        rows.add(List.of(number(r.text("rank")), code(r.text("seizure_id"), false), code(r.text("seizure_date"), false),
            code(r.text("port"), false), code(r.text("origin_country") + " → " + r.text("destination_country"), false),
            text(categoryName(r.text("waste_category"))), number(f.kg(r.decimal("quantity_kg"))),
            number(f.percent(r.rate("share_of_window_kg")))));
      }
    }
    return new Table(List.of(m.get("col.rank"), m.get("col.seizure"), m.get("col.date"), m.get("col.port"),
        m.get("col.route"), m.get("col.category"), m.get("col.quantity"),
        m.get("col.share_window")), rows, m.get(outliers ? "op.outliers.none" : "largest.none"));
  }

  // ---- displacement

  private List<String> displacementSentences() {
    List<String> sentences = new ArrayList<>();
    if (w.everyPort()) {
      sentences.add(m.get("op.displacement.every"));
      return sentences;
    }
    for (String baseline : List.of(PRIOR, PREVIOUS_YEAR)) {
      DataTable.Row r = data.comparison(w.id(), baseline, OUT_OF_SCOPE);
      if (r != null) {
        sentences.add(words.seizures(r, m.get("unit.day"), scopeWords(OUT_OF_SCOPE), baselineWords(baseline)));
      }
    }
    DataTable.Row r = data.comparison(w.id(), PRIOR, OUT_OF_SCOPE);
    if (r != null && r.rate("seizure_rr_ci_low") != null && r.rate("seizure_p_value") < RatioWords.SIGNIFICANCE
        && r.rate("seizure_rr_ci_low") > 1) {
      sentences.add(m.get("op.displacement.signal"));
    }
    return sentences;
  }

  /** Ports outside the operation whose seizures rose most against the prior window. */
  private Table displacementTable() {
    List<List<Cell>> rows = new ArrayList<>();
    if (!w.everyPort() && priorCovered()) {
      Map<String, DataTable.Row> prior = byKey(data.breakdown(w.id(), PRIOR, OUT_OF_SCOPE, "PORT"));
      Map<String, DataTable.Row> now = byKey(data.breakdown(w.id(), CAMPAIGN, OUT_OF_SCOPE, "PORT"));
      Set<String> ports = new LinkedHashSet<>(now.keySet());
      ports.addAll(prior.keySet());
      Map<String, long[]> counts = new HashMap<>();
      for (String port : ports) {
        counts.put(port, new long[] {count(now.get(port), "seizures"), count(prior.get(port), "seizures")});
      }
      ports.stream().filter(p -> counts.get(p)[0] > counts.get(p)[1])
          .sorted(Comparator.comparingLong((String p) -> counts.get(p)[1] - counts.get(p)[0]).thenComparing(p -> p))
          .limit(TOP)
          .forEach(p -> rows.add(List.of(code(p, false), number(f.count(counts.get(p)[0])),
              number(f.count(counts.get(p)[1])), number(changes.change(BigDecimal.valueOf(counts.get(p)[0]),
                  BigDecimal.valueOf(counts.get(p)[1]), 0)))));
    }
    return new Table(List.of(m.get("col.port"), m.get("col.seizures_during"), m.get("col.seizures_prior"),
        m.get("col.change")), rows, m.get(w.everyPort() ? "op.displacement.every"
            : priorCovered() ? "op.displacement.none" : "op.displacement.no_prior"));
  }

  // ---- helpers

  private List<Section> sections() {
    return SECTIONS.stream().map(id -> new Section("sec-" + id, m.get("op.section." + id))).toList();
  }

  private boolean priorCovered() {
    return covered(w.priorFrom());
  }

  private boolean covered(LocalDate from) {
    LocalDate first = data.firstDate();
    return first != null && !from.isBefore(first);
  }

  String baselineName(String baseline) {
    if (baseline.equals(PRIOR) || baseline.equals(PREVIOUS_YEAR)) {
      return m.get("baseline.name." + baseline);
    }
    return data.window(baseline).name();
  }

  private String baselineWords(String baseline) {
    if (baseline.equals(PRIOR)) {
      return m.format("baseline.PRIOR", f.count(w.days()));
    }
    if (baseline.equals(PREVIOUS_YEAR)) {
      return m.get("baseline.PREVIOUS_YEAR");
    }
    return data.window(baseline).name();
  }

  private String scopeWords(String scope) {
    return m.get("scope.words." + scope);
  }

  private String categoryName(String category) {
    return m.get("category." + category);
  }

  private String keyLabel(String dimension, String key) {
    return dimension.equals("ROUTE") ? key.replace(">", " → ") : key;
  }

  /** Rows with seizures first by count, then the rest by declarations; ties by key. */
  static List<DataTable.Row> ranked(List<DataTable.Row> rows) {
    return rows.stream().sorted(Comparator.comparingLong((DataTable.Row r) -> -r.count("seizures"))
        .thenComparingLong(r -> -r.count("declarations")).thenComparing(r -> r.text("key"))).toList();
  }

  private static Map<String, DataTable.Row> byKey(List<DataTable.Row> rows) {
    Map<String, DataTable.Row> byKey = new HashMap<>();
    rows.forEach(r -> byKey.put(r.text("key"), r));
    return byKey;
  }

  private static DataTable.Row orEmpty(DataTable.Row row) {
    if (row != null) {
      return row;
    }
    Map<String, String> cells = new HashMap<>();
    for (String column : List.of("seizures", "seized_kg", "seized_pieces", "unweighed_seizures", "unweighed_pieces",
        "declarations", "inspections", "violations", "outlier_seizures", "outlier_kg")) {
      cells.put(column, "0");
    }
    for (String column : List.of("hit_rate", "median_seizure_kg", "largest_seizure_kg", "outlier_fence_kg")) {
      cells.put(column, "");
    }
    return new DataTable.Row(cells);
  }

  private static long count(DataTable.Row row, String column) {
    return row == null ? 0 : row.count(column);
  }

  private static BigDecimal kg(DataTable.Row row) {
    return row == null || row.decimal("seized_kg") == null ? BigDecimal.ZERO : row.decimal("seized_kg");
  }

  private static BigDecimal tonnes(BigDecimal kg) {
    return kg.movePointLeft(3);
  }
}
