package org.wastetrail.reports.campaign;

import static org.wastetrail.reports.campaign.CampaignData.CAMPAIGN;
import static org.wastetrail.reports.campaign.CampaignData.IN_SCOPE;
import static org.wastetrail.reports.campaign.CampaignData.OUT_OF_SCOPE;
import static org.wastetrail.reports.model.Cells.code;
import static org.wastetrail.reports.model.Cells.number;
import static org.wastetrail.reports.model.Cells.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wastetrail.reports.campaign.CampaignData.Window;
import org.wastetrail.reports.data.DataTable;
import org.wastetrail.reports.model.ChartData;
import org.wastetrail.reports.model.FigureMaker;
import org.wastetrail.reports.model.Formats;
import org.wastetrail.reports.model.ManifestAppendix;
import org.wastetrail.reports.model.Messages;
import org.wastetrail.reports.model.Report;
import org.wastetrail.reports.model.Report.Cell;
import org.wastetrail.reports.model.Report.Figure;
import org.wastetrail.reports.model.Report.Section;
import org.wastetrail.reports.model.Report.Table;

/**
 * Editions of an operation side by side for planners: seizures and effort per participating administration per day,
 * each later edition against the earlier ones with exact intervals in plain words, by waste type, with the caveats of
 * comparing editions that differ in participation, scope, length and code lists.
 */
public final class CompareReportBuilder {
  static final List<String> SECTIONS = List.of("summary", "editions", "effect", "waste", "caveats", "manifest");
  /** Rates are shown per this many administration-days, so that they read as whole numbers. */
  static final int PER_ADMIN_DAYS = 1000;

  private final CampaignData data;
  private final List<Window> editions;
  private final Messages m;
  private final Formats f;
  private final RatioWords words;
  private final Caveats caveats;
  private final FigureMaker figures;

  /** @param campaignIds two or three campaigns, in any order: they are shown by start date */
  public CompareReportBuilder(CampaignData data, List<String> campaignIds, Messages messages, FigureMaker figures) {
    this.data = data;
    this.editions = editions(data, campaignIds);
    this.m = messages;
    this.f = new Formats(messages.locale());
    this.words = new RatioWords(messages, data);
    this.caveats = new Caveats(messages, data);
    this.figures = figures;
  }

  /** The campaigns named, earliest first; two or three different ones, each in the data. */
  public static List<Window> editions(CampaignData data, List<String> campaignIds) {
    Set<String> ids = new LinkedHashSet<>(campaignIds);
    if (ids.size() < 2 || ids.size() > 3) {
      throw new IllegalArgumentException("--campaigns takes two or three different campaigns, not "
          + String.join(",", campaignIds));
    }
    return ids.stream().map(data::window).sorted(Comparator.comparing(Window::start).thenComparing(Window::id))
        .toList();
  }

  /** The pairs compared: each edition against the one before it, and the last against the first when there are three. */
  List<Window[]> pairs() {
    List<Window[]> pairs = new ArrayList<>();
    for (int i = 1; i < editions.size(); i++) {
      pairs.add(new Window[] {editions.get(i), editions.get(i - 1)});
    }
    if (editions.size() == 3) {
      pairs.add(new Window[] {editions.get(2), editions.get(0)});
    }
    return pairs;
  }

  public Report build(String marking, LocalDate generatedOn) {
    Map<String, Figure> charts = new LinkedHashMap<>();
    Map<String, Table> tables = new LinkedHashMap<>();
    Map<String, String> texts = new LinkedHashMap<>();
    tables.put("editions", editionsTable());
    charts.put("rates", ratesFigure());
    tables.put("effort", effortTable());
    tables.put("effect", effectTable());
    tables.put("hits", hitsTable());
    tables.put("waste", wasteTable());
    tables.put("manifest", ManifestAppendix.table(data.reportData(), m));
    texts.put("editions", m.format("cmp.editions.text", f.count(PER_ADMIN_DAYS)));
    for (String key : List.of("rates", "hits")) {
      texts.put("methods." + key, m.get("cmp.methods." + key));
    }
    ManifestAppendix.addTexts(data.reportData(), m, texts);
    List<String> effect = effectSentences();
    List<String> summary = new ArrayList<>();
    summary.add(m.format("cmp.summary.editions", String.join(", ", editions.stream().map(this::nameWithAdmins)
        .toList())));
    summary.addAll(effect);
    summary.add(m.get("cmp.summary.caveat"));
    return new Report(m.locale().toLanguageTag(), m.get("cmp.title"),
        String.join(" · ", editions.stream().map(Window::name).toList()), periodText(),
        m.format("report.generated", m.longDate(generatedOn),
            data.reportData().manifest().path("run_id").asText("–")),
        marking, m.pageCounterCss(), sections(), List.of(), summary, charts, tables, texts,
        Map.of("effect", effect, "caveats", caveatList()));
  }

  private String periodText() {
    return String.join(" · ", editions.stream()
        .map(w -> m.format("cmp.window", w.id(), w.start().toString(), w.end().toString())).toList());
  }

  private String nameWithAdmins(Window w) {
    return m.format("cmp.edition", w.name(), f.count(w.admins()), f.count(w.days()));
  }

  /** Each edition's window, participation and seizure rate. */
  private Table editionsTable() {
    List<List<Cell>> rows = new ArrayList<>();
    for (Window w : editions) {
      DataTable.Row in = data.total(w.id(), CAMPAIGN, IN_SCOPE);
      boolean inside = data.overlapsData(w);
      rows.add(List.of(code(w.id(), false), code(w.start() + " – " + w.end(), false), number(f.count(w.days())),
          number(f.count(w.admins())), number(w.everyPort() ? m.get("cmp.every_port") : f.count(w.scopePorts().size())),
          number(inside ? f.count(count(in, "seizures")) : "–"),
          number(inside ? perAdminDays(count(in, "seizures"), w) : "–")));
    }
    return new Table(List.of(m.get("col.edition"), m.get("col.window"), m.get("col.days"), m.get("col.admins"),
        m.get("col.scope_ports"), m.get("col.seizures"), m.format("col.per_admin_days", f.count(PER_ADMIN_DAYS))),
        rows, "");
  }

  /** Each edition's tonnage, effort and displacement. */
  private Table effortTable() {
    List<List<Cell>> rows = new ArrayList<>();
    for (Window w : editions) {
      DataTable.Row in = data.total(w.id(), CAMPAIGN, IN_SCOPE);
      DataTable.Row out = data.total(w.id(), CAMPAIGN, OUT_OF_SCOPE);
      boolean inside = data.overlapsData(w);
      rows.add(List.of(code(w.id(), false),
          number(inside ? f.tonnes(in == null ? BigDecimal.ZERO : in.decimal("seized_kg")) : "–"),
          number(f.kg(in == null ? null : in.decimal("median_seizure_kg"))),
          number(inside ? f.count(count(in, "inspections")) : "–"),
          number(f.percent(in == null ? null : in.rate("hit_rate"))),
          number(w.everyPort() || !inside ? "–" : f.count(count(out, "seizures")))));
    }
    return new Table(List.of(m.get("col.edition"), m.get("col.seized_t"), m.get("col.median_kg"),
        m.get("col.inspections"), m.get("col.hit_rate"), m.get("col.seizures_outside")), rows, "");
  }

  private String perAdminDays(long seizures, Window w) {
    return f.decimal(BigDecimal.valueOf(seizures * (double) PER_ADMIN_DAYS / (w.days() * (double) w.admins())), 2);
  }

  private Figure ratesFigure() {
    LinkedHashMap<String, double[]> series = new LinkedHashMap<>();
    boolean anyScoped = editions.stream().anyMatch(w -> !w.everyPort());
    for (String scope : anyScoped ? List.of(IN_SCOPE, OUT_OF_SCOPE) : List.of(IN_SCOPE)) {
      double[] values = new double[editions.size()];
      for (int i = 0; i < editions.size(); i++) {
        Window w = editions.get(i);
        DataTable.Row total = data.total(w.id(), CAMPAIGN, scope);
        boolean shown = data.overlapsData(w) && (scope.equals(IN_SCOPE) || !w.everyPort());
        values[i] = shown ? count(total, "seizures") * (double) PER_ADMIN_DAYS / (w.days() * (double) w.admins())
            : Double.NaN;
      }
      series.put(m.get("op.series." + scope), values);
    }
    return figures.make("rates", m.format("cmp.chart.title", f.count(PER_ADMIN_DAYS)), m.get("cmp.chart.text"),
        new ChartData.Grouped(editions.stream().map(Window::id).toList(), series,
            m.format("col.per_admin_days", f.count(PER_ADMIN_DAYS)), 2));
  }

  /** Seizure rates of each later edition against an earlier one, per administration per day. */
  private Table effectTable() {
    List<List<Cell>> rows = new ArrayList<>();
    for (DataTable.Row r : pairRows()) {
      List<Cell> row = new ArrayList<>(pairCells(r));
      row.addAll(words.seizureCells(r));
      rows.add(row);
    }
    return new Table(List.of(m.get("col.editions"), m.get("col.scope"), m.get("col.seizures_vs"),
        m.get("col.rate_ratio_admin"), m.get("col.p")), rows, m.get("cmp.effect.none"));
  }

  /** Inspections and hit rates of each later edition against an earlier one. */
  private Table hitsTable() {
    List<List<Cell>> rows = new ArrayList<>();
    for (DataTable.Row r : pairRows()) {
      List<Cell> row = new ArrayList<>(pairCells(r));
      row.addAll(words.hitCells(r));
      rows.add(row);
    }
    return new Table(List.of(m.get("col.editions"), m.get("col.scope"), m.get("col.inspections_vs"),
        m.get("col.hit_rates"), m.get("col.hit_ratio")), rows, m.get("cmp.effect.none"));
  }

  /** Which pair and which ports a row is about. */
  private List<Cell> pairCells(DataTable.Row r) {
    return List.of(text(r.text("campaign_id") + " / " + r.text("baseline")), text(m.get("scope." + r.text("scope"))));
  }

  /** The {@code ALL} rows of the pairs, at the later edition's ports and (where both have an outside) elsewhere. */
  private List<DataTable.Row> pairRows() {
    List<DataTable.Row> rows = new ArrayList<>();
    for (Window[] pair : pairs()) {
      for (String scope : List.of(IN_SCOPE, OUT_OF_SCOPE)) {
        DataTable.Row r = data.edition(pair[0].id(), pair[1].id(), scope, CampaignData.ALL);
        if (r != null && !(scope.equals(OUT_OF_SCOPE) && (pair[0].everyPort() || pair[1].everyPort()))) {
          rows.add(r);
        }
      }
    }
    return rows;
  }

  private List<String> effectSentences() {
    List<String> sentences = new ArrayList<>();
    for (Window[] pair : pairs()) {
      DataTable.Row r = data.edition(pair[0].id(), pair[1].id(), IN_SCOPE, CampaignData.ALL);
      if (r == null) {
        sentences.add(m.format("cmp.effect.missing", pair[0].id(), pair[1].id()));
        continue;
      }
      String scope = m.format("cmp.scope.words", pair[0].name());
      sentences.add(words.seizures(r, m.get("unit.admin_day"), scope, pair[1].name()));
      String hits = words.hits(r, scope, pair[1].name());
      if (hits != null) {
        sentences.add(hits);
      }
    }
    return sentences;
  }

  /** Seizures per waste type in each edition's scope, the most seized types first. */
  private Table wasteTable() {
    Map<String, long[]> byCategory = new LinkedHashMap<>();
    for (int i = 0; i < editions.size(); i++) {
      for (DataTable.Row r : data.breakdown(editions.get(i).id(), CAMPAIGN, IN_SCOPE, "WASTE_CATEGORY")) {
        byCategory.computeIfAbsent(r.text("key"), k -> new long[editions.size()])[i] = r.count("seizures");
      }
    }
    List<List<Cell>> rows = new ArrayList<>();
    byCategory.entrySet().stream()
        .filter(e -> java.util.Arrays.stream(e.getValue()).sum() > 0)
        .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -java.util.Arrays.stream(e.getValue()).sum())
            .thenComparing(Map.Entry::getKey))
        .forEach(e -> {
          List<Cell> row = new ArrayList<>();
          row.add(text(m.get("category." + e.getKey())));
          for (int i = 0; i < editions.size(); i++) {
            row.add(number(f.count(e.getValue()[i]) + " (" + perAdminDays(e.getValue()[i], editions.get(i)) + ")"));
          }
          rows.add(row);
        });
    List<String> header = new ArrayList<>();
    header.add(m.get("col.category"));
    editions.forEach(w -> header.add(w.id()));
    return new Table(header, rows, m.get("op.none"));
  }

  private List<String> caveatList() {
    List<String> list = new ArrayList<>();
    for (Window[] pair : pairs()) {
      list.addAll(caveats.between(pair[0], pair[1]));
    }
    for (Window w : editions) {
      if (!data.overlapsData(w)) {
        list.add(m.format("cmp.caveat.outside", w.id()));
      } else if (data.lastDate() != null && w.end().isAfter(data.lastDate())) {
        list.add(m.format("cmp.caveat.incomplete", w.id(), data.lastDate().toString()));
      }
    }
    list.add(m.get("caveat.targeted"));
    return list.stream().distinct().toList();
  }

  private List<Section> sections() {
    return SECTIONS.stream().map(id -> new Section("sec-" + id, m.get("cmp.section." + id))).toList();
  }

  private static long count(DataTable.Row row, String column) {
    return row == null ? 0 : row.count(column);
  }
}
