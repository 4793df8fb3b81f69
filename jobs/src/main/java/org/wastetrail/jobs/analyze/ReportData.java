package org.wastetrail.jobs.analyze;

/** Names of the report-data tables ({@code OUT/data/NAME.csv}). */
public final class ReportData {
  public static final String KPI_BY_PERIOD = "kpi_by_period";
  public static final String BY_WASTE_CATEGORY = "by_waste_category";
  public static final String BY_PORT = "by_port";
  public static final String BY_ROUTE = "by_route";
  public static final String TREND_CHANGES = "trend_changes";
  public static final String EMERGING_ROUTES = "emerging_routes";
  public static final String ALERTS = "alerts";
  public static final String LARGEST_SEIZURES = "largest_seizures";
  public static final String CAMPAIGN_COMPARISON = "campaign_comparison";
  public static final String CAMPAIGN_SERIES = "campaign_series";
  public static final String CAMPAIGN_WINDOWS = "campaign_windows";
  public static final String CAMPAIGN_BREAKDOWN = "campaign_breakdown";
  public static final String CAMPAIGN_LARGEST_SEIZURES = "campaign_largest_seizures";
  public static final String CAMPAIGN_EDITIONS = "campaign_editions";
  public static final String RISK_SCORES = "risk_scores";
  public static final String RISK_BACKTEST = "risk_backtest";
  public static final String LICENCE_BREACHES = "licence_breaches";
  public static final String LICENCE_USAGE = "licence_usage";
  public static final String REPATRIATION_STATUS = "repatriation_status";
  public static final String REPATRIATION_SUMMARY = "repatriation_summary";
  public static final String DATA_QUALITY = "data_quality";
  public static final String TRADE_EXPOSURE = "trade_exposure";
  public static final String MANIFEST = "manifest.json";

  private ReportData() {}
}
