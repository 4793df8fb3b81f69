package org.wastetrail.reports.targeting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.wastetrail.reports.data.DataTable;
import org.wastetrail.reports.data.ReportData;
import org.wastetrail.reports.data.ReportDataException;

/**
 * The targeting tables of a report-data folder: risk scores per dimension and key, their backtest, licence breaches
 * and usage, and the repatriation follow-up of seizures. The licence and repatriation tables may hold no rows (no
 * licences or no seizures in the data); a missing table means the data was analysed before these tables existed.
 */
public final class TargetingData {
  public static final String RISK_SCORES = "risk_scores";
  public static final String ALL = "ALL";
  static final List<String> TABLES = List.of(RISK_SCORES, "risk_backtest", "licence_breaches", "licence_usage",
      "repatriation_status", "repatriation_summary");

  private final ReportData data;
  private final DataTable scores;
  private final DataTable backtest;
  private final DataTable breaches;
  private final DataTable usage;
  private final DataTable repatriations;
  private final DataTable repatriationSummary;

  public TargetingData(ReportData data) {
    this.data = data;
    for (String table : TABLES) {
      if (!Files.isRegularFile(data.folder().resolve(table + ".csv"))) {
        throw new ReportDataException("the report data in " + data.folder() + " has no " + table + ".csv: it"
            + " predates the targeting tables (run 'wastetrail analyze' again to write them)");
      }
    }
    this.scores = DataTable.read(data.folder(), RISK_SCORES);
    this.backtest = DataTable.read(data.folder(), "risk_backtest");
    this.breaches = DataTable.read(data.folder(), "licence_breaches");
    this.usage = DataTable.read(data.folder(), "licence_usage");
    this.repatriations = DataTable.read(data.folder(), "repatriation_status");
    this.repatriationSummary = DataTable.read(data.folder(), "repatriation_summary");
  }

  /** Whether the folder holds risk scores, i.e. was analysed by a version that writes the targeting tables. */
  public static boolean present(Path folder) {
    return Files.isRegularFile(folder.resolve(RISK_SCORES + ".csv"));
  }

  public ReportData reportData() {
    return data;
  }

  /** The date the analysis speaks for: the manifest's as-of date, else the last record date. */
  public LocalDate asOf() {
    String asOf = data.manifest().at("/data_range/as_of").asText("");
    if (!asOf.isEmpty() && !asOf.equals("null")) {
      return LocalDate.parse(asOf);
    }
    LocalDate last = data.lastRecordDate();
    if (last == null) {
      throw new ReportDataException("the report data in " + data.folder() + " holds no records: there is nothing to"
          + " report");
    }
    return last;
  }

  /** The {@code ALL} row of the risk scores, or {@code null} when no declaration was inspected. */
  public DataTable.Row overall() {
    return scores.rows().stream().filter(r -> r.text("dimension").equals(ALL)).findFirst().orElse(null);
  }

  /** The keys of one dimension, rank 1 first. */
  public List<DataTable.Row> ranked(String dimension) {
    return scores.rows().stream().filter(r -> r.text("dimension").equals(dimension))
        .sorted(Comparator.comparingLong(r -> r.count("rank"))).toList();
  }

  /** The backtest rows of one dimension, the smallest budget first. */
  public List<DataTable.Row> backtest(String dimension) {
    return backtest.rows().stream().filter(r -> r.text("dimension").equals(dimension))
        .sorted(Comparator.comparingDouble(r -> r.rate("budget_share"))).toList();
  }

  public boolean hasBacktest() {
    return !backtest.rows().isEmpty();
  }

  /** Licence breaches by declaration date, declaration and breach. */
  public List<DataTable.Row> breaches() {
    return breaches.rows();
  }

  public List<DataTable.Row> licenceUsage() {
    return usage.rows();
  }

  /** The seizures with their repatriation status, by seizure date. */
  public List<DataTable.Row> repatriations() {
    return repatriations.rows();
  }

  /** The repatriation summary of one dimension ({@code ALL}, {@code PORT} or {@code DESTINATION_COUNTRY}) by key. */
  public List<DataTable.Row> repatriationSummary(String dimension) {
    return repatriationSummary.rows().stream().filter(r -> r.text("dimension").equals(dimension)).toList();
  }

  /** Days after which an open seizure is overdue, as the analysis used it; {@code null} when there are no seizures. */
  public Long overdueAfterDays() {
    return repatriationSummary.rows().stream().findFirst().or(() -> repatriations.rows().stream().findFirst())
        .map(r -> r.count("overdue_after_days")).orElse(null);
  }
}
