package org.wastetrail.reports.trend;

import static org.wastetrail.reports.model.Cells.code;
import static org.wastetrail.reports.model.Cells.number;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.wastetrail.reports.data.DataTable;
import org.wastetrail.reports.model.ChartData;
import org.wastetrail.reports.model.FigureMaker;
import org.wastetrail.reports.model.Formats;
import org.wastetrail.reports.model.Messages;
import org.wastetrail.reports.model.Report.Cell;
import org.wastetrail.reports.model.Report.Figure;
import org.wastetrail.reports.model.Report.Table;

/**
 * The annual report's "Legal trade and seizures": the legal plastic-waste imports of the former hubs and of the
 * destinations that took up the trade, year by year; the seizure intensity of the report year per 1,000 t traded;
 * the diversion flags; and every gap in the trade figures named, never drawn as zero.
 */
final class TradeSection {
  static final String CATEGORY = "PLASTIC";
  /** The hubs whose 2018 import ban moved the world's plastic scrap. */
  static final List<String> HUBS = List.of("CN", "HK");
  /** Where it went. */
  static final List<String> NEW_DESTINATIONS = List.of("MY", "TH", "VN", "ID", "TR");
  static final int TOP = 10;

  private final DataTable exposure;
  private final int year;
  private final Messages m;
  private final Formats f;

  private TradeSection(DataTable exposure, int year, Messages m) {
    this.exposure = exposure;
    this.year = year;
    this.m = m;
    this.f = new Formats(m.locale());
  }

  /** The section of an annual report, or null for other periods or when the data holds no trade baseline. */
  static TradeSection of(DataTable exposure, ReportPeriod period, Messages m) {
    boolean traded = exposure.rows().stream()
        .anyMatch(r -> r.text("legal_imports_t") != null || r.text("legal_exports_t") != null);
    return period.type().equals(ReportPeriod.YEAR) && traded ? new TradeSection(exposure, period.first().getYear(), m)
        : null;
  }

  /** The chart of the hubs and the chart of the new destinations. */
  List<Figure> figures(FigureMaker figures) {
    List<String> years = tradeYears();
    return List.of(
        figures.make("tradeHubs", m.get("trade.chart.hubs.title"), m.get("trade.chart.text"),
            new ChartData.YearLines(years, importSeries(HUBS, years), m.get("trade.chart.axis"))),
        figures.make("tradeNew", m.get("trade.chart.new.title"), m.get("trade.chart.text"),
            new ChartData.YearLines(years, importSeries(NEW_DESTINATIONS, years), m.get("trade.chart.axis"))));
  }

  /**
   * The report year's countries with the most seized tonnes in one role (as destination against legal imports, or as
   * origin against legal exports), at most {@link #TOP}.
   */
  Table intensityTable(boolean asDestination) {
    String role = asDestination ? "destination" : "origin";
    String traded = asDestination ? "legal_imports_t" : "legal_exports_t";
    String ratio = asDestination ? "seized_t_per_1000t_imported" : "seized_t_per_1000t_exported";
    List<DataTable.Row> rows = exposure.rows().stream()
        .filter(r -> r.text("year").equals(String.valueOf(year)))
        .filter(r -> r.count("seizures_as_" + role) > 0)
        .sorted(Comparator.comparing((DataTable.Row r) -> r.decimal("seized_t_as_" + role).negate())
            .thenComparing(r -> r.text("country")).thenComparing(r -> r.text("waste_category")))
        .limit(TOP).toList();
    List<List<Cell>> cells = new ArrayList<>();
    for (DataTable.Row r : rows) {
      cells.add(List.of(code(countryLabel(r.text("country")), false),
          code(m.get("category." + r.text("waste_category")), false),
          number(f.count(r.count("seizures_as_" + role))), number(tonnes(r.decimal("seized_t_as_" + role))),
          number(tonnes(r.decimal(traded))), number(ratio(r.rate(ratio)))));
    }
    String key = asDestination ? "imported" : "exported";
    return new Table(List.of(m.get("col.country"), m.get("col.category"), m.get("trade.col.seizures"),
        m.get("trade.col.seized_t"), m.get("trade.col." + key + "_t"), m.get("trade.col.per_1000_" + key)), cells,
        m.format("trade.table.none." + role, String.valueOf(year)));
  }

  String tableTitle(boolean asDestination) {
    return m.format(asDestination ? "trade.table.destination" : "trade.table.origin", String.valueOf(year));
  }

  /** The sentences under the table: coverage, the report year's gaps, the followed destinations' gaps, the flags. */
  List<String> notes() {
    List<String> notes = new ArrayList<>();
    List<String> years = tradeYears();
    notes.add(m.format("trade.coverage", years.get(0), years.get(years.size() - 1)));
    if (Integer.parseInt(years.get(years.size() - 1)) < year) {
      notes.add(m.format("trade.gap.year", String.valueOf(year), years.get(years.size() - 1)));
    }
    Map<String, TreeSet<String>> importGaps = new TreeMap<>();
    Map<String, TreeSet<String>> exportGaps = new TreeMap<>();
    Map<String, TreeSet<String>> importYears = new TreeMap<>();
    for (DataTable.Row r : exposure.rows()) {
      if (r.text("waste_category").equals(CATEGORY) && r.text("legal_imports_t") != null) {
        importYears.computeIfAbsent(r.text("country"), c -> new TreeSet<>()).add(r.text("year"));
      }
      if (!r.text("waste_category").equals(CATEGORY) || !years.contains(r.text("year"))) {
        continue;
      }
      if (r.text("legal_imports_t") == null) {
        importGaps.computeIfAbsent(r.text("country"), c -> new TreeSet<>()).add(r.text("year"));
      }
      if (r.text("legal_exports_t") == null) {
        exportGaps.computeIfAbsent(r.text("country"), c -> new TreeSet<>()).add(r.text("year"));
      }
    }
    List<String> followed = new ArrayList<>(HUBS);
    followed.addAll(NEW_DESTINATIONS);
    List<String> gaps = new ArrayList<>();
    for (String country : followed) {
      // A year the baseline has no row for is as much a gap as a blank cell.
      TreeSet<String> missing = new TreeSet<>(years);
      missing.removeAll(importYears.getOrDefault(country, new TreeSet<>()));
      if (!missing.isEmpty()) {
        gaps.add(m.format("trade.gap.item", countryName(country), String.join(", ", missing)));
      }
    }
    notes.add(gaps.isEmpty() ? m.get("trade.gap.followed.none")
        : m.format("trade.gap.followed", String.join("; ", gaps)));
    notes.add(m.format("trade.gap.count", f.count(count(importGaps)), f.count(count(exportGaps))));
    Map<String, Map<String, TreeSet<String>>> flags = new TreeMap<>();
    for (DataTable.Row r : exposure.rows()) {
      if ("true".equals(r.text("diversion"))) {
        flags.computeIfAbsent(r.text("year"), y -> new TreeMap<>())
            .computeIfAbsent(r.text("diversion_from"), d -> new TreeSet<>()).add(r.text("country"));
      }
    }
    List<String> flagged = new ArrayList<>();
    flags.forEach((y, byFrom) -> byFrom.forEach((from, countries) ->
        flagged.add(m.format("trade.flag.item", y, String.join(", ", countries), countryName(from)))));
    notes.add(flagged.isEmpty() ? m.format("trade.flags.none") : m.format("trade.flags", String.join("; ", flagged)));
    return notes;
  }

  /** The years of the trade baseline (any category), in order. */
  private List<String> tradeYears() {
    TreeSet<String> years = new TreeSet<>();
    for (DataTable.Row r : exposure.rows()) {
      if (r.text("legal_imports_t") != null || r.text("legal_exports_t") != null) {
        years.add(r.text("year"));
      }
    }
    List<String> all = new ArrayList<>();
    for (int y = Integer.parseInt(years.first()); y <= Integer.parseInt(years.last()); y++) {
      all.add(String.valueOf(y));
    }
    return all;
  }

  /** Legal imports in thousand tonnes per followed country and year; NaN where the baseline has no figure. */
  private LinkedHashMap<String, double[]> importSeries(List<String> countries, List<String> years) {
    LinkedHashMap<String, double[]> series = new LinkedHashMap<>();
    for (String country : countries) {
      double[] values = new double[years.size()];
      java.util.Arrays.fill(values, Double.NaN);
      for (DataTable.Row r : exposure.rows()) {
        int index = years.indexOf(r.text("year"));
        BigDecimal imports = r.decimal("legal_imports_t");
        if (r.text("country").equals(country) && r.text("waste_category").equals(CATEGORY) && index >= 0
            && imports != null) {
          values[index] = imports.movePointLeft(3).doubleValue();
        }
      }
      series.put(countryName(country), values);
    }
    return series;
  }

  /** {@code MY Malaysia} for the countries the messages name, else the code. */
  private String countryLabel(String iso) {
    String name = countryName(iso);
    return name.equals(iso) ? iso : iso + " " + name;
  }

  private String countryName(String iso) {
    return m.bundle().containsKey("country." + iso) ? m.get("country." + iso) : iso;
  }

  private String tonnes(BigDecimal t) {
    return t == null ? "–" : f.decimal(t, 1);
  }

  private String ratio(Double perThousand) {
    return perThousand == null ? "–" : f.decimal(BigDecimal.valueOf(perThousand), 3);
  }

  private static long count(Map<String, TreeSet<String>> gaps) {
    return gaps.values().stream().mapToLong(TreeSet::size).sum();
  }
}
