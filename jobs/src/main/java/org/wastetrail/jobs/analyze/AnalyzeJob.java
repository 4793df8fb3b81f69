package org.wastetrail.jobs.analyze;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.wastetrail.jobs.aggregate.Dimension;
import org.wastetrail.jobs.campaigns.Campaign;
import org.wastetrail.jobs.campaigns.CampaignBreakdown;
import org.wastetrail.jobs.campaigns.CampaignCounts;
import org.wastetrail.jobs.campaigns.CampaignFacts;
import org.wastetrail.jobs.campaigns.CampaignLargestSeizures;
import org.wastetrail.jobs.campaigns.CampaignSeries;
import org.wastetrail.jobs.campaigns.CampaignWindows;
import org.wastetrail.jobs.campaigns.Comparison;
import org.wastetrail.jobs.campaigns.ComparisonRows;
import org.wastetrail.jobs.aggregate.Facts;
import org.wastetrail.jobs.aggregate.PeriodAggregates;
import org.wastetrail.jobs.aggregate.Periods;
import org.wastetrail.jobs.ingest.BatchLog;
import org.wastetrail.jobs.ingest.RecordKind;
import org.wastetrail.jobs.ingest.WarehouseTables;
import org.wastetrail.jobs.io.DataTableWriter;
import org.wastetrail.jobs.io.HadoopFiles;
import org.wastetrail.jobs.io.Warehouse;
import org.wastetrail.jobs.compliance.LicenceBreaches;
import org.wastetrail.jobs.compliance.RepatriationStatus;
import org.wastetrail.jobs.quality.DataQuality;
import org.wastetrail.jobs.targeting.RiskBacktest;
import org.wastetrail.jobs.targeting.RiskScores;
import org.wastetrail.jobs.targeting.TargetingColumns;
import org.wastetrail.jobs.trade.TradeExposureTable;
import org.wastetrail.jobs.trends.EmergingRoutes;
import org.wastetrail.jobs.trends.LargestSeizures;
import org.wastetrail.jobs.trends.SpikeDetection;
import org.wastetrail.jobs.trends.SpikeDetector;
import org.wastetrail.jobs.trends.TrendChanges;

/**
 * Turns the warehouse into the report-data tables of {@code OUT/data/}: the four contract tables for every period type,
 * trend changes, emerging routes, spike alerts, the campaign tables, risk scores and their backtest, licence breaches,
 * repatriation follow-up, the largest seizures, data quality, and the manifest. Declarations and seizures are scanned once for all period types and dimensions; the small aggregate is
 * cached and reused.
 */
public final class AnalyzeJob {
  /** The data contract's tables by dimension, in the order they are written and listed. */
  private static final Map<Dimension, String> CONTRACT_TABLES = contractTables();
  private static final List<Dimension> CONTRACT_DIMENSIONS = List.copyOf(CONTRACT_TABLES.keySet());

  private final SparkSession spark;
  private final AnalyzeConfig config;
  private final HadoopFiles files;
  private final Warehouse warehouse;

  public AnalyzeJob(SparkSession spark, AnalyzeConfig config) {
    this.spark = spark;
    this.config = config;
    this.files = new HadoopFiles(spark.sparkContext().hadoopConfiguration());
    this.warehouse = new Warehouse(files, config.warehouse());
  }

  public AnalyzeResult run() {
    String startedAt = now();
    warehouse.recover();
    Dataset<Row> seizures = restrict(WarehouseTables.read(spark, warehouse, RecordKind.SEIZURES), "seizure_date");
    Dataset<Row> declarations =
        restrict(WarehouseTables.read(spark, warehouse, RecordKind.DECLARATIONS), "declaration_date");
    DerivedFacts derived = new DerivedFacts(spark, files, warehouse);
    derived.refresh();
    // Read by the period aggregates and for the campaign tables: made once, kept.
    Dataset<Row> facts = kept(Facts.ofSummed(restrict(derived.read(), Facts.RECORD_DATE), seizures));
    Dataset<Row> aggregates = kept(PeriodAggregates.compute(facts));
    try {
      PeriodAggregates.OnDriver contract = PeriodAggregates.collect(aggregates, CONTRACT_DIMENSIONS);
      LocalDate[] range = contract.range();
      LocalDate asOf = config.asOf() != null ? config.asOf() : range == null ? null : range[1];
      DataTableWriter writer = new DataTableWriter(files, new Path(files.qualify(config.out()), "data"));
      Map<String, Long> rows = new LinkedHashMap<>();
      writeContractTables(writer, contract, rows);
      if (range != null) {
        rows.put(ReportData.TREND_CHANGES, writer.writeRows(ReportData.TREND_CHANGES, TrendChanges.SCHEMA,
            TrendChanges.rows(aggregates, range[0])));
        rows.put(ReportData.EMERGING_ROUTES, writer.write(ReportData.EMERGING_ROUTES,
            EmergingRoutes.find(aggregates, Periods.QUARTER, config.emergingLookback(), range[0]),
            "period_type", "period", "route_type", Facts.ORIGIN, Facts.DESTINATION, Facts.TRANSIT));
        rows.put(ReportData.ALERTS, writer.write(ReportData.ALERTS,
            SpikeDetection.alerts(SpikeDetection.evaluate(aggregates, SpikeDetector.defaults(), range[0], asOf)),
            "period", "dimension", "key"));
      }
      if (range != null) {
        writeCampaignTables(writer, facts, contract, range, rows);
      }
      if (range != null) {
        writeTargetingTables(writer, declarations, derived, seizures, range[0], asOf, rows);
      }
      rows.put(ReportData.LARGEST_SEIZURES, writer.writeRows(ReportData.LARGEST_SEIZURES,
          LargestSeizures.schema(seizures), LargestSeizures.top(seizures, config.largestTop())));
      rows.put(ReportData.TRADE_EXPOSURE, writer.write(ReportData.TRADE_EXPOSURE, TradeExposureTable.compute(spark,
          WarehouseTables.read(spark, warehouse, RecordKind.TRADE_BASELINE), seizures),
          "country", "year", "waste_category"));
      Dataset<Row> batchLogTable = new BatchLog(spark, warehouse).read();
      // One row per input file: read once, in order, for the data quality table and the manifest.
      List<Row> batchLog = batchLogTable.orderBy(BatchLog.INGESTED_AT, BatchLog.SOURCE_FILE).collectAsList();
      rows.put(ReportData.DATA_QUALITY, writer.writeRows(ReportData.DATA_QUALITY, DataQuality.schema(batchLogTable),
          DataQuality.rows(batchLog)));
      AnalyzeResult result = new AnalyzeResult(rows, range == null ? null : range[0], range == null ? null : range[1],
          asOf, writer.folder().toString());
      files.writeTextAtomically(new Path(writer.folder(), ReportData.MANIFEST),
          Manifest.json(UUID.randomUUID().toString(), startedAt, now(), config, result, batchLog));
      return result;
    } finally {
      aggregates.unpersist();
      facts.unpersist();
    }
  }

  /** The four tables of the data contract, from the aggregates on the driver. */
  private static void writeContractTables(DataTableWriter writer, PeriodAggregates.OnDriver contract,
      Map<String, Long> rows) {
    for (Dimension dimension : CONTRACT_DIMENSIONS) {
      String table = CONTRACT_TABLES.get(dimension);
      rows.put(table, writer.writeRows(table, contract.schema(dimension), contract.rows(dimension)));
    }
  }

  /**
   * The campaign tables. Campaigns are few, so their windows and counts are small: the facts of every window the
   * tables read (the campaigns', their baselines' and their prior windows) are collected in one query, and the
   * comparisons, the breakdown and the largest seizures are counted from them on the driver; the series comes from
   * the per-port months already on the driver.
   */
  private void writeCampaignTables(DataTableWriter writer, Dataset<Row> facts, PeriodAggregates.OnDriver contract,
      LocalDate[] range, Map<String, Long> rows) {
    List<Campaign> campaigns = WarehouseTables.read(spark, warehouse, RecordKind.CAMPAIGNS).collectAsList()
        .stream().map(Campaign::of).toList();
    List<Comparison> baselines = Comparison.plan(campaigns, config.against());
    List<Comparison> editions = Comparison.editions(campaigns);
    List<Comparison> both = new ArrayList<>(baselines);
    both.addAll(editions);
    List<CampaignFacts.Range> windows = new ArrayList<>(CampaignCounts.windows(both));
    windows.addAll(CampaignBreakdown.ranges(campaigns));
    CampaignFacts placed = CampaignFacts.collect(spark, facts, windows);
    List<Row> counts = CampaignCounts.count(placed, both);
    String[] comparisonOrder = {"campaign_id", "baseline", "scope", "waste_category"};
    rows.put(ReportData.CAMPAIGN_COMPARISON, writer.writeRows(ReportData.CAMPAIGN_COMPARISON, ComparisonRows.SCHEMA,
        ComparisonRows.build(baselines, counts, range[0], range[1]), comparisonOrder));
    rows.put(ReportData.CAMPAIGN_SERIES, writer.writeRows(ReportData.CAMPAIGN_SERIES, CampaignSeries.SCHEMA,
        CampaignSeries.compute(contract.schema(Dimension.PORT), contract.rows(Dimension.PORT), campaigns), CampaignSeries.ORDER));
    rows.put(ReportData.CAMPAIGN_WINDOWS, writer.writeRows(ReportData.CAMPAIGN_WINDOWS, CampaignWindows.SCHEMA,
        CampaignWindows.rows(campaigns), "start_date", "campaign_id"));
    rows.put(ReportData.CAMPAIGN_EDITIONS, writer.writeRows(ReportData.CAMPAIGN_EDITIONS, ComparisonRows.SCHEMA,
        ComparisonRows.build(editions, counts, range[0], range[1]), comparisonOrder));
    rows.put(ReportData.CAMPAIGN_BREAKDOWN, writer.writeRows(ReportData.CAMPAIGN_BREAKDOWN, CampaignBreakdown.SCHEMA,
        CampaignBreakdown.compute(placed, campaigns), CampaignBreakdown.ORDER));
    rows.put(ReportData.CAMPAIGN_LARGEST_SEIZURES, writer.writeRows(ReportData.CAMPAIGN_LARGEST_SEIZURES,
        CampaignLargestSeizures.SCHEMA, CampaignLargestSeizures.top(placed, campaigns, config.largestTop()),
        CampaignLargestSeizures.ORDER));
  }

  /**
   * Risk scores and their backtest, licence compliance and repatriation follow-up: what planners target and what
   * they chase, all as of the analysis date.
   */
  private void writeTargetingTables(DataTableWriter writer, Dataset<Row> declarations, DerivedFacts derived,
      Dataset<Row> seizures, LocalDate first, LocalDate asOf, Map<String, Long> rows) {
    AnalyzeConfig.Targeting targeting = config.targeting();
    writeRiskAndLicenceTables(writer, declarations, derived, first, asOf, targeting, rows);
    // The seizures' cases are collected to be written; the summary is counted from the same rows.
    Dataset<Row> statusTable = RepatriationStatus.status(seizures, asOf, targeting.overdueDays());
    List<Row> status = statusTable.collectAsList();
    rows.put(ReportData.REPATRIATION_STATUS, writer.writeRows(ReportData.REPATRIATION_STATUS, statusTable.schema(),
        status, "seizure_date", "seizure_id"));
    rows.put(ReportData.REPATRIATION_SUMMARY, writer.writeRows(ReportData.REPATRIATION_SUMMARY,
        RepatriationStatus.SUMMARY, RepatriationStatus.summary(status), "dimension", "key"));
  }

  private void writeRiskAndLicenceTables(DataTableWriter writer, Dataset<Row> declarations, DerivedFacts derived,
      LocalDate first, LocalDate asOf, AnalyzeConfig.Targeting targeting, Map<String, Long> rows) {
    LocalDate cut = targeting.cutDate() != null ? targeting.cutDate() : RiskBacktest.defaultCutDate(first, asOf);
    // The scores and both sides of the backtest are sums over the same grains: counted once (whole months from the
    // kept monthly grains), scored on the driver.
    List<YearMonth> whole = RiskScores.wholeMonths(derived.months(), config.from(), config.to(), cut, asOf);
    List<Row> grains = RiskScores.grains(declarations, derived.readGrains(), whole, cut, asOf).collectAsList();
    rows.put(ReportData.RISK_SCORES, writer.writeRows(ReportData.RISK_SCORES, RiskScores.SCHEMA,
        RiskScores.fromGrains(grains)));
    rows.put(ReportData.RISK_BACKTEST, writer.write(ReportData.RISK_BACKTEST, cut == null
            ? RiskBacktest.run(spark, declarations, null, asOf, targeting.budgets())
            : RiskBacktest.fromGrains(spark, grains, cut, asOf, targeting.budgets()),
        TargetingColumns.RISK_BACKTEST_ORDER));
    LicenceBreaches.Tables licences = LicenceBreaches.check(declarations,
        WarehouseTables.read(spark, warehouse, RecordKind.LICENCES));
    rows.put(ReportData.LICENCE_BREACHES, writer.writeRows(ReportData.LICENCE_BREACHES,
        LicenceBreaches.BREACHES_SCHEMA, licences.breaches()));
    rows.put(ReportData.LICENCE_USAGE, writer.writeRows(ReportData.LICENCE_USAGE, LicenceBreaches.USAGE_SCHEMA,
        licences.usage()));
  }

  private Dataset<Row> restrict(Dataset<Row> table, String dateColumn) {
    Dataset<Row> restricted = table;
    if (config.from() != null) {
      restricted = restricted.filter(col(dateColumn).geq(lit(config.from().toString()).cast("date")));
    }
    if (config.to() != null) {
      restricted = restricted.filter(col(dateColumn).leq(lit(config.to().toString()).cast("date")));
    }
    return restricted;
  }

  /**
   * Persisted and computed at once. A table several later queries read is cached on first use; with adaptive
   * execution those queries start their stages concurrently, and each computed the same uncached table (seen in the
   * scheduler log as two or four identical jobs side by side). Counting it first computes it once.
   */
  private static Dataset<Row> kept(Dataset<Row> table) {
    Dataset<Row> persisted = table.persist(StorageLevel.MEMORY_AND_DISK());
    persisted.count();
    return persisted;
  }

  private static Map<Dimension, String> contractTables() {
    Map<Dimension, String> tables = new LinkedHashMap<>();
    tables.put(Dimension.ALL, ReportData.KPI_BY_PERIOD);
    tables.put(Dimension.WASTE_CATEGORY, ReportData.BY_WASTE_CATEGORY);
    tables.put(Dimension.PORT, ReportData.BY_PORT);
    tables.put(Dimension.ROUTE, ReportData.BY_ROUTE);
    return tables;
  }

  private static String now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
