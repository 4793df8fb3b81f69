package org.wastetrail.reports.campaign;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.wastetrail.reports.data.DataTable;
import org.wastetrail.reports.data.ReportData;
import org.wastetrail.reports.data.ReportDataException;

/**
 * The campaign tables of a report-data folder: the windows, their breakdown by port, administration, route and waste
 * type, the largest seizures, the comparisons against baselines and between editions, and the monthly series.
 */
public final class CampaignData {
  public static final String IN_SCOPE = "IN_SCOPE";
  public static final String OUT_OF_SCOPE = "OUT_OF_SCOPE";
  public static final String CAMPAIGN = "CAMPAIGN";
  public static final String PRIOR = "PRIOR";
  public static final String PREVIOUS_YEAR = "PREVIOUS_YEAR";
  public static final String ALL = "ALL";

  /** A campaign as analysed; {@code scopePorts} is {@code null} when it covered every port. */
  public record Window(String id, String name, LocalDate start, LocalDate end, long days, List<String> scopePorts,
      int admins, String description, LocalDate priorFrom, LocalDate priorTo) {
    public boolean everyPort() {
      return scopePorts == null;
    }
  }

  private final ReportData data;
  private final Map<String, Window> windows = new TreeMap<>();
  private final DataTable breakdown;
  private final DataTable largest;
  private final DataTable comparison;
  private final DataTable editions;
  private final DataTable series;

  public CampaignData(ReportData data) {
    this.data = data;
    for (DataTable.Row r : DataTable.read(data.folder(), "campaign_windows").rows()) {
      String scope = r.text("scope_ports");
      windows.put(r.text("campaign_id"), new Window(r.text("campaign_id"), r.text("name"),
          LocalDate.parse(r.text("start_date")), LocalDate.parse(r.text("end_date")), r.count("days"),
          scope == null || scope.equals("*") ? null : Arrays.asList(scope.split(";")),
          (int) r.count("participating_admins"), r.text("description"), LocalDate.parse(r.text("prior_from")),
          LocalDate.parse(r.text("prior_to"))));
    }
    this.breakdown = DataTable.read(data.folder(), "campaign_breakdown");
    this.largest = DataTable.read(data.folder(), "campaign_largest_seizures");
    this.comparison = DataTable.read(data.folder(), "campaign_comparison");
    this.editions = DataTable.read(data.folder(), "campaign_editions");
    this.series = DataTable.read(data.folder(), "campaign_series");
  }

  public ReportData reportData() {
    return data;
  }

  /** Campaigns by start date. */
  public List<Window> windows() {
    return windows.values().stream().sorted((a, b) -> a.start().equals(b.start()) ? a.id().compareTo(b.id())
        : a.start().compareTo(b.start())).toList();
  }

  /** The campaign, or a message listing the campaigns the data holds. */
  public Window window(String id) {
    Window w = windows.get(id);
    if (w == null) {
      throw new ReportDataException("no campaign " + id + " in the report data of " + data.folder() + " (it holds "
          + (windows.isEmpty() ? "none" : String.join(", ", windows.keySet())) + ")");
    }
    return w;
  }

  /** Whether any day of the window lies inside the data. */
  public boolean overlapsData(Window w) {
    LocalDate first = firstDate();
    LocalDate last = data.lastRecordDate();
    return first != null && last != null && !w.end().isBefore(first) && !w.start().isAfter(last);
  }

  public LocalDate firstDate() {
    String first = data.manifest().at("/data_range/first_record_date").asText(null);
    return first == null || first.isEmpty() ? null : LocalDate.parse(first);
  }

  public LocalDate lastDate() {
    return data.lastRecordDate();
  }

  /** Breakdown rows of one campaign, window ({@code CAMPAIGN} or {@code PRIOR}), scope and dimension. */
  public List<DataTable.Row> breakdown(String id, String window, String scope, String dimension) {
    return select(breakdown, r -> r.text("campaign_id").equals(id) && r.text("window").equals(window)
        && r.text("scope").equals(scope) && r.text("dimension").equals(dimension));
  }

  /** The {@code ALL} row of a window and scope, or {@code null} when it holds no record. */
  public DataTable.Row total(String id, String window, String scope) {
    List<DataTable.Row> rows = breakdown(id, window, scope, ALL);
    return rows.isEmpty() ? null : rows.get(0);
  }

  public List<DataTable.Row> largest(String id, String scope) {
    return select(largest, r -> r.text("campaign_id").equals(id) && r.text("scope").equals(scope));
  }

  /** Comparison rows of the campaign against one baseline ({@code PRIOR}, {@code PREVIOUS_YEAR} or a campaign id). */
  public List<DataTable.Row> comparisons(String id, String baseline, String scope) {
    return select(comparison, r -> r.text("campaign_id").equals(id) && r.text("baseline").equals(baseline)
        && r.text("scope").equals(scope));
  }

  /** The baselines the campaign was compared with, in the table's order. */
  public List<String> baselines(String id) {
    return comparison.rows().stream().filter(r -> r.text("campaign_id").equals(id)).map(r -> r.text("baseline"))
        .distinct().toList();
  }

  /** The {@code ALL} comparison row, or {@code null}. */
  public DataTable.Row comparison(String id, String baseline, String scope) {
    return comparisons(id, baseline, scope).stream().filter(r -> r.text("waste_category").equals(ALL)).findFirst()
        .orElse(null);
  }

  /** The comparison of a later edition with an earlier one per administration per day, or {@code null}. */
  public DataTable.Row edition(String later, String earlier, String scope, String category) {
    return editions.rows().stream().filter(r -> r.text("campaign_id").equals(later)
        && r.text("baseline").equals(earlier) && r.text("scope").equals(scope)
        && r.text("waste_category").equals(category)).findFirst().orElse(null);
  }

  public List<DataTable.Row> editionRows(String later, String earlier, String scope) {
    return select(editions, r -> r.text("campaign_id").equals(later) && r.text("baseline").equals(earlier)
        && r.text("scope").equals(scope));
  }

  /** Monthly rows around the campaign for one scope. */
  public List<DataTable.Row> series(String id, String scope) {
    return select(series, r -> r.text("campaign_id").equals(id) && r.text("scope").equals(scope));
  }

  /** Days from {@code from} to {@code to}, both included. */
  public static long days(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  private static List<DataTable.Row> select(DataTable table, Predicate<DataTable.Row> filter) {
    return table.rows().stream().filter(filter).toList();
  }
}
