package org.wastetrail.jobs.compliance;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;
import static org.wastetrail.jobs.compliance.ComplianceColumns.BREACH;
import static org.wastetrail.jobs.compliance.ComplianceColumns.BREACHES;
import static org.wastetrail.jobs.compliance.ComplianceColumns.CUMULATIVE_KG;
import static org.wastetrail.jobs.compliance.ComplianceColumns.DECLARATION_DATE;
import static org.wastetrail.jobs.compliance.ComplianceColumns.DECLARATION_ID;
import static org.wastetrail.jobs.compliance.ComplianceColumns.DIRECTION;
import static org.wastetrail.jobs.compliance.ComplianceColumns.EXCESS_KG;
import static org.wastetrail.jobs.compliance.ComplianceColumns.GROSS_KG;
import static org.wastetrail.jobs.compliance.ComplianceColumns.HS_CODE;
import static org.wastetrail.jobs.compliance.ComplianceColumns.HS_PREFIX;
import static org.wastetrail.jobs.compliance.ComplianceColumns.KG;
import static org.wastetrail.jobs.compliance.ComplianceColumns.LICENCE_HS_PREFIX;
import static org.wastetrail.jobs.compliance.ComplianceColumns.LICENCE_ID;
import static org.wastetrail.jobs.compliance.ComplianceColumns.LICENCE_PORT;
import static org.wastetrail.jobs.compliance.ComplianceColumns.LICENCE_TRADER_ID;
import static org.wastetrail.jobs.compliance.ComplianceColumns.LICENCE_VALID_FROM;
import static org.wastetrail.jobs.compliance.ComplianceColumns.LICENCE_VALID_TO;
import static org.wastetrail.jobs.compliance.ComplianceColumns.PORT;
import static org.wastetrail.jobs.compliance.ComplianceColumns.QUOTA_KG;
import static org.wastetrail.jobs.compliance.ComplianceColumns.TRADER_ID;
import static org.wastetrail.jobs.compliance.ComplianceColumns.USED_KG;
import static org.wastetrail.jobs.compliance.ComplianceColumns.USED_SHARE;
import static org.wastetrail.jobs.compliance.ComplianceColumns.USES;
import static org.wastetrail.jobs.compliance.ComplianceColumns.VALID_FROM;
import static org.wastetrail.jobs.compliance.ComplianceColumns.VALID_TO;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;

/**
 * {@code licence_breaches} and {@code licence_usage}: the imports of licensed goods checked against the licence they
 * quote (one row per declaration and breach), and each licence's valid uses against its quota. Licences are few, so
 * they are broadcast to the declarations.
 */
public final class LicenceBreaches {
  private static final String IMPORT = "IMPORT";
  /** The licence's own id, null when the quoted licence is not in the licences table. */
  private static final String LICENCE_KEY = "_licence_key";
  private static final String RULE_BREACHES = "_rule_breaches";

  private LicenceBreaches() {}

  /**
   * One row per in-scope declaration and breach, in the columns of {@code licence_breaches}.
   *
   * @param assessed what {@link #assess} gave
   */
  public static Dataset<Row> breaches(Dataset<Row> assessed) {
    Dataset<Row> ruleRows = assessed
        .withColumn(BREACH, explode(col(RULE_BREACHES)))
        .withColumn(CUMULATIVE_KG, lit(null).cast(KG))
        .withColumn(EXCESS_KG, lit(null).cast(KG));
    Column cumulative = col(CUMULATIVE_KG);
    Column quota = col(QUOTA_KG);
    Column gross = col(GROSS_KG);
    // Once an earlier use has passed the quota, every later use is excess in full.
    Dataset<Row> quotaRows = uses(assessed)
        .filter(cumulative.gt(quota))
        .withColumn(BREACH, lit(Breach.QUOTA_EXCEEDED.name()))
        .withColumn(EXCESS_KG, when(cumulative.minus(gross).gt(quota), gross)
            .otherwise(cumulative.minus(quota)).cast(KG));
    return ruleRows.unionByName(quotaRows).select(ComplianceColumns.select(ComplianceColumns.LICENCE_BREACHES));
  }

  /**
   * One row per licence: its valid uses, the kg they used against the quota, and the breach rows quoting it.
   *
   * @param assessed what {@link #assess} gave for these licences
   * @param breaches what {@link #breaches} gave for the same assessment (counted, not derived again)
   */
  public static Dataset<Row> usage(Dataset<Row> assessed, Dataset<Row> licences, Dataset<Row> breaches) {
    Dataset<Row> useTotals = uses(assessed).groupBy(col(LICENCE_ID))
        .agg(count(lit(1)).as(USES), sum(col(GROSS_KG)).as(USED_KG));
    Dataset<Row> breachCounts = breaches.groupBy(col(LICENCE_ID))
        .agg(count(lit(1)).as(BREACHES));
    Column usedKg = coalesce(col(USED_KG), lit(0)).cast(KG);
    Column usedShare = col(USED_KG).cast(DataTypes.DoubleType).divide(col(QUOTA_KG).cast(DataTypes.DoubleType));
    return licences
        .join(useTotals, LICENCE_ID, "left")
        .join(breachCounts, LICENCE_ID, "left")
        .withColumn(USES, coalesce(col(USES), lit(0L)))
        .withColumn(USED_KG, usedKg)
        .withColumn(QUOTA_KG, col(QUOTA_KG).cast(KG))
        .withColumn(USED_SHARE, usedShare)
        .withColumn(EXCESS_KG, greatest(col(USED_KG).minus(col(QUOTA_KG)), lit(0)).cast(KG))
        .withColumn(BREACHES, coalesce(col(BREACHES), lit(0L)))
        .select(ComplianceColumns.select(ComplianceColumns.LICENCE_USAGE));
  }

  /**
   * The order {@code licence_breaches} is written in: declaration_date, declaration_id, then the breach in
   * {@link Breach} order (not alphabetical).
   */
  public static Column[] order() {
    Column breachOrder = array(Arrays.stream(Breach.values()).map(b -> lit(b.name())).toArray(Column[]::new));
    return new Column[] {col(DECLARATION_DATE).asc_nulls_first(), col(DECLARATION_ID).asc_nulls_first(),
        array_position(breachOrder, col(BREACH)).asc_nulls_first()};
  }

  /**
   * The in-scope imports with the licence they quote (licence columns null when none is known) and the list of rule
   * breaches found, in {@link Breach} order; an empty list makes the declaration a use of its licence. Both tables
   * read it, and it is one scan of the declarations: worth persisting.
   */
  public static Dataset<Row> assess(Dataset<Row> declarations, Dataset<Row> licences) {
    // Only the columns the two tables read: the assessment is cached, and a declaration has many more.
    Dataset<Row> inScope = declarations
        .select(col(DECLARATION_ID), col(DECLARATION_DATE), col(DIRECTION), col(ComplianceColumns.REPORTING_COUNTRY),
            col(PORT), col(TRADER_ID), col(HS_CODE), col(GROSS_KG), col(LICENCE_ID))
        .filter(col(DIRECTION).equalTo(IMPORT).and(licensable(licences)));
    Dataset<Row> quoted = licences.select(col(LICENCE_ID).as(LICENCE_KEY), col(TRADER_ID).as(LICENCE_TRADER_ID),
        col(HS_PREFIX).as(LICENCE_HS_PREFIX), col(PORT).as(LICENCE_PORT), col(VALID_FROM).as(LICENCE_VALID_FROM),
        col(VALID_TO).as(LICENCE_VALID_TO), col(QUOTA_KG).cast(KG).as(QUOTA_KG));
    Column noLicence = coalesce(trim(col(LICENCE_ID)), lit("")).equalTo("");
    Column date = col(DECLARATION_DATE);
    Column licencePortGiven = coalesce(trim(col(LICENCE_PORT)), lit("")).notEqual("");
    Column ruleBreaches = when(noLicence, array(lit(Breach.NO_LICENCE.name())))
        .when(col(LICENCE_KEY).isNull(), array(lit(Breach.UNKNOWN_LICENCE.name())))
        .otherwise(array_compact(array(
            when(date.lt(col(LICENCE_VALID_FROM)), lit(Breach.NOT_YET_VALID.name())),
            when(date.gt(col(LICENCE_VALID_TO)), lit(Breach.EXPIRED.name())),
            when(col(TRADER_ID).notEqual(col(LICENCE_TRADER_ID)), lit(Breach.WRONG_TRADER.name())),
            when(licencePortGiven.and(col(PORT).notEqual(col(LICENCE_PORT))), lit(Breach.WRONG_PORT.name())),
            when(not(col(HS_CODE).startsWith(col(LICENCE_HS_PREFIX))), lit(Breach.HS_NOT_COVERED.name())))));
    return inScope
        .join(broadcast(quoted), col(LICENCE_ID).equalTo(col(LICENCE_KEY)), "left")
        .withColumn(RULE_BREACHES, ruleBreaches)
        // A blank quoted id is no licence at all: written empty, however it was stored.
        .withColumn(LICENCE_ID, when(noLicence, lit(null).cast(DataTypes.StringType)).otherwise(col(LICENCE_ID)))
        .withColumn(GROSS_KG, col(GROSS_KG).cast(KG));
  }

  /**
   * An HS code some licence covers: it starts with a licence's HS prefix. The prefixes are few, so they are brought to
   * the driver and tested as one set lookup per prefix length (the code's first n digits), rather than by a join that
   * tried every import against every prefix.
   */
  static Column licensable(Dataset<Row> licences) {
    Map<Integer, Set<String>> byLength = new TreeMap<>();
    for (Row row : licences.select(col(HS_PREFIX)).distinct().collectAsList()) {
      if (!row.isNullAt(0)) {
        String prefix = row.getString(0);
        byLength.computeIfAbsent(prefix.length(), n -> new TreeSet<>()).add(prefix);
      }
    }
    Column covered = lit(false);
    for (Map.Entry<Integer, Set<String>> prefixes : byLength.entrySet()) {
      covered = covered.or(substring(col(HS_CODE), 1, prefixes.getKey()).isin(prefixes.getValue().toArray()));
    }
    return covered;
  }

  /**
   * The valid uses of each licence (declarations quoting it with no rule breach) with the running sum of their kg in
   * (declaration_date, declaration_id) order. A breached declaration is not a use: it was not covered by the licence,
   * so it cannot draw on the quota.
   */
  private static Dataset<Row> uses(Dataset<Row> assessed) {
    WindowSpec inOrder = Window.partitionBy(col(LICENCE_ID))
        .orderBy(col(DECLARATION_DATE), col(DECLARATION_ID))
        .rowsBetween(Window.unboundedPreceding(), Window.currentRow());
    return assessed
        .filter(size(col(RULE_BREACHES)).equalTo(0))
        .withColumn(CUMULATIVE_KG, sum(col(GROSS_KG)).over(inOrder).cast(KG));
  }
}
