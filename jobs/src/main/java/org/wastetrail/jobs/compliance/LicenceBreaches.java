package org.wastetrail.jobs.compliance;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;
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

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.wastetrail.jobs.aggregate.PeriodAggregates;

/**
 * {@code licence_breaches} and {@code licence_usage}: the imports of licensed goods checked against the licence they
 * quote (one row per declaration and breach), and each licence's valid uses against its quota. The in-scope imports
 * are found in one scan of the declarations and collected (a few per cent of them: 300,000 of 10M in the benchmark);
 * licences are few. The checks, the running sums against the quotas and the usage are then made on the driver, where
 * as Spark queries they were a cached table, a window per licence twice over and two joins, each planned and compiled
 * for a few hundred rows of output.
 */
public final class LicenceBreaches {
  private static final String IMPORT = "IMPORT";
  private static final DataType SUMMED_KG = DataTypes.createDecimalType(32, 6);

  /** The columns of {@code licence_breaches}, in the order {@link Tables#breaches} gives its rows. */
  public static final StructType BREACHES_SCHEMA = DataTypes.createStructType(new StructField[] {
      field(BREACH, DataTypes.StringType), field(DECLARATION_ID, DataTypes.StringType),
      field(DECLARATION_DATE, DataTypes.DateType), field(ComplianceColumns.REPORTING_COUNTRY, DataTypes.StringType),
      field(PORT, DataTypes.StringType), field(TRADER_ID, DataTypes.StringType), field(HS_CODE, DataTypes.StringType),
      field(GROSS_KG, KG), field(LICENCE_ID, DataTypes.StringType), field(LICENCE_TRADER_ID, DataTypes.StringType),
      field(LICENCE_HS_PREFIX, DataTypes.StringType), field(LICENCE_PORT, DataTypes.StringType),
      field(LICENCE_VALID_FROM, DataTypes.DateType), field(LICENCE_VALID_TO, DataTypes.DateType),
      field(QUOTA_KG, KG), field(CUMULATIVE_KG, KG), field(EXCESS_KG, KG)});
  /** The columns of {@code licence_usage}, in the order {@link Tables#usage} gives its rows (by licence id). */
  public static final StructType USAGE_SCHEMA = DataTypes.createStructType(new StructField[] {
      field(LICENCE_ID, DataTypes.StringType), field(TRADER_ID, DataTypes.StringType),
      field(HS_PREFIX, DataTypes.StringType), field(PORT, DataTypes.StringType), field(VALID_FROM, DataTypes.DateType),
      field(VALID_TO, DataTypes.DateType), field(QUOTA_KG, KG), field(USES, DataTypes.LongType),
      field(USED_KG, KG), field(USED_SHARE, DataTypes.DoubleType), field(EXCESS_KG, KG),
      field(BREACHES, DataTypes.LongType)});

  /** Uses of a licence in the order they draw on its quota; breaches within a declaration in {@link Breach} order. */
  private static final Comparator<Import> IN_ORDER = Comparator
      .comparing(Import::date, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(Import::id, PeriodAggregates::compareStrings);

  private LicenceBreaches() {}

  /** Both tables, rows in their written order. */
  public record Tables(List<Row> breaches, List<Row> usage) {}

  /** An in-scope import as the checks read it. */
  private record Import(String id, Date date, String reportingCountry, String port, String trader, String hsCode,
      BigDecimal grossKg, String licenceId) {}

  /** A licence as the checks read it. */
  private record Licence(String id, String trader, String hsPrefix, String port, Date validFrom, Date validTo,
      BigDecimal quotaKg) {}

  /** A breach found, with the running sum and excess of a quota breach (null for the others). */
  private record Found(Breach breach, Import declaration, Licence licence, BigDecimal cumulativeKg,
      BigDecimal excessKg) {}

  /**
   * The in-scope imports, in the columns the checks read: declarations with direction IMPORT whose HS code some licence
   * covers (quoting a licence or not).
   */
  public static Dataset<Row> inScope(Dataset<Row> declarations, List<Row> licences) {
    return declarations
        .filter(col(DIRECTION).equalTo(IMPORT).and(licensable(licences)))
        .select(col(DECLARATION_ID), col(DECLARATION_DATE), col(ComplianceColumns.REPORTING_COUNTRY), col(PORT),
            col(TRADER_ID), col(HS_CODE), col(GROSS_KG).cast(KG).as(GROSS_KG), col(LICENCE_ID));
  }

  /** Both tables for these declarations and licences: one Spark job, the rest on the driver. */
  public static Tables check(Dataset<Row> declarations, Dataset<Row> licences) {
    List<Row> licenceRows = licences.collectAsList();
    return check(inScope(declarations, licenceRows).collectAsList(), licenceRows);
  }

  /**
   * Both tables from the collected in-scope imports ({@link #inScope}) and licences. A blank quoted id is no licence at
   * all (written empty); one not in the licences table is unknown; a known one is checked for its dates, trader, port
   * (when the licence names one) and HS prefix. An import with no breach is a use of its licence: uses draw on the quota
   * in (declaration_date, declaration_id) order, and once their running sum has passed the quota every later use is
   * excess in full. A breached declaration is not a use: it was not covered by the licence, so it cannot draw on the
   * quota.
   */
  static Tables check(List<Row> inScope, List<Row> licenceRows) {
    Map<String, List<Licence>> licences = new HashMap<>();
    List<Licence> all = new ArrayList<>();
    for (Row r : licenceRows) {
      Licence licence = new Licence(r.getAs(LICENCE_ID), r.getAs(TRADER_ID), r.getAs(HS_PREFIX), r.getAs(PORT),
          r.getAs(VALID_FROM), r.getAs(VALID_TO), kg(r.getAs(QUOTA_KG)));
      all.add(licence);
      licences.computeIfAbsent(licence.id(), k -> new ArrayList<>()).add(licence);
    }
    List<Found> found = new ArrayList<>();
    Map<Licence, List<Import>> uses = new IdentityHashMap<>();
    for (Row r : inScope) {
      Import declaration = new Import(r.getString(0), r.getDate(1), r.getString(2), r.getString(3), r.getString(4),
          r.getString(5), r.getDecimal(6), r.getString(7));
      if (trimSpaces(declaration.licenceId()).isEmpty()) {
        found.add(new Found(Breach.NO_LICENCE, withLicenceId(declaration, null), null, null, null));
        continue;
      }
      List<Licence> quoted = licences.get(declaration.licenceId());
      if (quoted == null) {
        found.add(new Found(Breach.UNKNOWN_LICENCE, declaration, null, null, null));
        continue;
      }
      for (Licence licence : quoted) {
        List<Breach> breaches = ruleBreaches(declaration, licence);
        for (Breach breach : breaches) {
          found.add(new Found(breach, declaration, licence, null, null));
        }
        if (breaches.isEmpty()) {
          uses.computeIfAbsent(licence, k -> new ArrayList<>()).add(declaration);
        }
      }
    }
    Map<Licence, BigDecimal> used = new IdentityHashMap<>();
    uses.forEach((licence, imports) -> {
      imports.sort(IN_ORDER);
      BigDecimal cumulative = BigDecimal.ZERO;
      for (Import use : imports) {
        cumulative = cumulative.add(use.grossKg());
        if (cumulative.compareTo(licence.quotaKg()) > 0) {
          BigDecimal before = cumulative.subtract(use.grossKg());
          found.add(new Found(Breach.QUOTA_EXCEEDED, use, licence, cumulative,
              before.compareTo(licence.quotaKg()) > 0 ? use.grossKg() : cumulative.subtract(licence.quotaKg())));
        }
      }
      used.put(licence, cumulative);
    });
    found.sort(Comparator.comparing(Found::declaration, IN_ORDER).thenComparing(Found::breach));
    return new Tables(found.stream().map(LicenceBreaches::breachRow).toList(), usage(all, uses, used, found));
  }

  /** The breaches of the rules a known licence sets, in {@link Breach} order; an unset rule is not broken. */
  private static List<Breach> ruleBreaches(Import declaration, Licence licence) {
    List<Breach> breaches = new ArrayList<>();
    Date date = declaration.date();
    if (date != null && licence.validFrom() != null && date.before(licence.validFrom())) {
      breaches.add(Breach.NOT_YET_VALID);
    }
    if (date != null && licence.validTo() != null && date.after(licence.validTo())) {
      breaches.add(Breach.EXPIRED);
    }
    if (differ(declaration.trader(), licence.trader())) {
      breaches.add(Breach.WRONG_TRADER);
    }
    if (!trimSpaces(licence.port()).isEmpty() && differ(declaration.port(), licence.port())) {
      breaches.add(Breach.WRONG_PORT);
    }
    if (declaration.hsCode() != null && licence.hsPrefix() != null
        && !declaration.hsCode().startsWith(licence.hsPrefix())) {
      breaches.add(Breach.HS_NOT_COVERED);
    }
    return breaches;
  }

  /** One row per licence (by id): its uses, the kg they used, the share of the quota, the excess, its breach rows. */
  private static List<Row> usage(List<Licence> licences, Map<Licence, List<Import>> uses, Map<Licence, BigDecimal> used,
      List<Found> found) {
    Map<String, Long> breaches = new HashMap<>();
    for (Found f : found) {
      breaches.merge(f.declaration().licenceId(), 1L, Long::sum);
    }
    Map<String, Long> usesById = new HashMap<>();
    Map<String, BigDecimal> kgById = new HashMap<>();
    uses.forEach((licence, imports) -> {
      usesById.merge(licence.id(), (long) imports.size(), Long::sum);
      kgById.merge(licence.id(), used.get(licence), BigDecimal::add);
    });
    List<Row> rows = new ArrayList<>();
    for (Licence l : licences) {
      BigDecimal usedKg = kgById.getOrDefault(l.id(), BigDecimal.ZERO);
      rows.add(RowFactory.create(l.id(), l.trader(), l.hsPrefix(), l.port(), l.validFrom(), l.validTo(), l.quotaKg(),
          usesById.getOrDefault(l.id(), 0L), usedKg, usedKg.doubleValue() / l.quotaKg().doubleValue(),
          usedKg.subtract(l.quotaKg()).max(BigDecimal.ZERO), breaches.getOrDefault(l.id(), 0L)));
    }
    rows.sort(Comparator.comparing(r -> r.getString(0), PeriodAggregates::compareStrings));
    return rows;
  }

  private static Row breachRow(Found f) {
    Import d = f.declaration();
    Licence l = f.licence();
    return RowFactory.create(f.breach().name(), d.id(), d.date(), d.reportingCountry(), d.port(), d.trader(),
        d.hsCode(), d.grossKg(), d.licenceId(), l == null ? null : l.trader(), l == null ? null : l.hsPrefix(),
        l == null ? null : l.port(), l == null ? null : l.validFrom(), l == null ? null : l.validTo(),
        l == null ? null : l.quotaKg(), f.cumulativeKg(), f.excessKg());
  }

  /**
   * An HS code some licence covers: it starts with a licence's HS prefix. The prefixes are few, so they are brought to
   * the driver and tested as one set lookup per prefix length (the code's first n digits), rather than by a join that
   * tried every import against every prefix.
   */
  static Column licensable(List<Row> licences) {
    Map<Integer, Set<String>> byLength = new TreeMap<>();
    for (Row row : licences) {
      String prefix = row.getAs(HS_PREFIX);
      if (prefix != null) {
        byLength.computeIfAbsent(prefix.length(), n -> new TreeSet<>()).add(prefix);
      }
    }
    Column covered = lit(false);
    for (Map.Entry<Integer, Set<String>> prefixes : byLength.entrySet()) {
      covered = covered.or(substring(col(HS_CODE), 1, prefixes.getKey()).isin(prefixes.getValue().toArray()));
    }
    return covered;
  }

  /** Two values that are both given and differ (as SQL's {@code <>}, where a null compares to nothing). */
  private static boolean differ(String a, String b) {
    return a != null && b != null && !a.equals(b);
  }

  /** Without leading and trailing spaces, as SQL's {@code trim}; a null is empty. */
  private static String trimSpaces(String text) {
    if (text == null) {
      return "";
    }
    int start = 0;
    int end = text.length();
    while (start < end && text.charAt(start) == ' ') {
      start++;
    }
    while (end > start && text.charAt(end - 1) == ' ') {
      end--;
    }
    return text.substring(start, end);
  }

  private static Import withLicenceId(Import d, String licenceId) {
    return new Import(d.id(), d.date(), d.reportingCountry(), d.port(), d.trader(), d.hsCode(), d.grossKg(),
        licenceId);
  }

  private static BigDecimal kg(Object value) {
    return value == null ? null : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
  }

  private static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }
}
