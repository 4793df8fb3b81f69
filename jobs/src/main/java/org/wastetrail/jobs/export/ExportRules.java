package org.wastetrail.jobs.export;

import static org.wastetrail.jobs.export.Guard.difference;
import static org.wastetrail.jobs.export.Guard.of;
import static org.wastetrail.jobs.export.TableRule.table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The allow-list of the exchange package, in one place: one rule per exported table, and the tables left out with the
 * reason. A table on neither list (a newer run's) is not exported until a rule is written for it.
 */
public final class ExportRules {
  private static final List<Guard> PERIOD_MEASURES = List.of(
      of("seizures", "seized_kg", "seized_pieces", "median_seizure_kg", "largest_seizure_kg",
          "seizures_per_1000_inspections"),
      of("declarations", "declared_kg"),
      of("inspections", "hit_rate", "seizures_per_1000_inspections"),
      of("violations", "hit_rate"));

  private static final List<Guard> COMPARISON = List.of(
      of("campaign_seizures", "campaign_seized_kg", "seizure_rate_ratio", "seizure_rr_ci_low", "seizure_rr_ci_high",
          "seizure_p_value"),
      of("baseline_seizures", "baseline_seized_kg", "seizure_rate_ratio", "seizure_rr_ci_low", "seizure_rr_ci_high",
          "seizure_p_value"),
      of("campaign_inspections", "hit_rate_ratio", "hit_rr_ci_low", "hit_rr_ci_high"),
      of("campaign_violations", "hit_rate_ratio", "hit_rr_ci_low", "hit_rr_ci_high"),
      of("baseline_inspections", "hit_rate_ratio", "hit_rr_ci_low", "hit_rr_ci_high"),
      of("baseline_violations", "hit_rate_ratio", "hit_rr_ci_low", "hit_rr_ci_high"));

  private static final String TRADER = "TRADER";
  private static final String NAMES_TRADERS = "their keys are trader ids";

  /** The exported tables, in the package's order. */
  public static final List<TableRule> ALLOW_LIST = List.of(
      table("kpi_by_period").guard(PERIOD_MEASURES),
      table("by_waste_category").guard(PERIOD_MEASURES),
      table("by_port").guard(PERIOD_MEASURES),
      table("by_route").guard(PERIOD_MEASURES),
      table("emerging_routes").guard(PERIOD_MEASURES),
      table("alerts")
          .keepRows(RowFilter.only("measure", Set.of("seizures", "declarations", "inspections", "violations"),
              "an alert on kg or a rate carries no record count to check"))
          .guard(List.of(of("observed", "score"))),
      table("campaign_windows").drop("description"),
      table("campaign_comparison").drop("note").guard(COMPARISON),
      table("campaign_editions").drop("note").guard(COMPARISON),
      table("campaign_series").guard(PERIOD_MEASURES),
      table("campaign_breakdown").guard(List.of(
          of("seizures", "seized_kg", "seized_pieces", "median_seizure_kg", "largest_seizure_kg", "outlier_fence_kg"),
          of("unweighed_seizures", "unweighed_pieces"),
          of("outlier_seizures", "outlier_kg"),
          of("declarations"),
          of("inspections", "hit_rate"),
          of("violations", "hit_rate"))),
      table("risk_scores").drop("trader_id")
          .keepRows(RowFilter.without("dimension", TRADER, NAMES_TRADERS))
          .guard(List.of(
              of("declarations"),
              of("inspections", "hit_rate", "smoothed_rate", "smoothed_ci_low", "smoothed_ci_high", "lift"),
              of("violations", "hit_rate", "smoothed_rate", "smoothed_ci_low", "smoothed_ci_high", "lift"),
              of("random_inspections", "random_hit_rate"),
              of("random_violations", "random_hit_rate"))),
      table("risk_backtest")
          .keepRows(RowFilter.without("dimension", TRADER, "the keys selected are traders"))
          .guard(List.of(
              of("selected_inspections", "selected_hit_rate", "selected_ci_low", "selected_ci_high", "lift"),
              of("selected_violations", "selected_hit_rate", "selected_ci_low", "selected_ci_high", "lift"),
              of("test_inspections", "test_hit_rate", "lift", "budget_inspections"),
              of("test_violations", "test_hit_rate", "lift"))),
      table("repatriation_summary").guard(List.of(
          of("seizures"),
          of("open", "oldest_open_days"),
          of("overdue"),
          of("repatriated", "median_days_to_repatriation"),
          of("disposed"),
          of("released"),
          of("prosecuted"),
          difference("seizures", "open", "median_days_to_outcome"))),
      // Legal trade is public statistics; the seizure counts against it are guarded like every other count.
      table("trade_exposure").guard(List.of(
          of("seizures_as_destination", "seized_t_as_destination", "seized_t_per_1000t_imported",
              "seized_t_as_destination_yoy_pct"),
          of("seizures_as_origin", "seized_t_as_origin", "seized_t_per_1000t_exported",
              "seized_t_as_origin_yoy_pct"))),
      table(LicenceBreachSummary.NAME)
          .derivedFrom(LicenceBreachSummary.SOURCE, LicenceBreachSummary::from)
          .guard(List.of(of(LicenceBreachSummary.BREACHES, LicenceBreachSummary.GROSS_KG,
              LicenceBreachSummary.EXCESS_KG))));

  /** Report-data tables that are never exported, and why (the README repeats the reasons). */
  public static final Map<String, String> NOT_EXPORTED = notExported();

  /**
   * Columns whose values are codes even when they look like numbers (an HS code, a year as a period, a key): JSON
   * keeps them as strings, with their leading zeros.
   */
  public static final Set<String> CODE_COLUMNS = Set.of("period", "key", "hs_code", "hs_prefix", "campaign_id",
      "baseline", "last_seen_period", "port", "origin_country", "destination_country", "transit_countries",
      "waste_category", "scope_ports");

  private ExportRules() {}

  private static Map<String, String> notExported() {
    Map<String, String> reasons = new LinkedHashMap<>();
    reasons.put("largest_seizures", "one row per seizure (record-level: seizure ids, dates and weights)");
    reasons.put("campaign_largest_seizures", "one row per seizure (record-level: seizure ids, dates and weights)");
    reasons.put("licence_breaches", "one row per declaration, naming traders and licences; exported as the counts of "
        + "`licence_breach_summary` instead");
    reasons.put("licence_usage", "one row per licence, naming its holder");
    reasons.put("repatriation_status", "one row per seizure (record-level)");
    reasons.put("data_quality", "names the input files and their batches, not figures");
    reasons.put("trend_changes", "changes in kg carry no record count to check; recompute them from the by_* tables");
    reasons.put("manifest.json", "names input files and folders of the run; `export.json` says what this package is");
    return reasons;
  }
}
