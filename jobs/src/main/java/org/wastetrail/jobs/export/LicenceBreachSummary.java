package org.wastetrail.jobs.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.wastetrail.jobs.io.DataTableWriter;
import org.wastetrail.jobs.io.SpreadsheetSafe;

/**
 * {@code licence_breach_summary}: the rows of {@code licence_breaches} counted by breach, year, port and HS heading,
 * without the declaration, trader and licence ids they name.
 */
public final class LicenceBreachSummary {
  public static final String NAME = "licence_breach_summary";
  public static final String SOURCE = "licence_breaches";
  public static final String BREACHES = "breaches";
  public static final String GROSS_KG = "gross_kg";
  public static final String EXCESS_KG = "excess_kg";
  static final List<String> HEADER = List.of("breach", "year", "port", "hs_prefix", BREACHES, GROSS_KG, EXCESS_KG);

  /** The order in which licence_breaches sorts its breaches; an unknown breach sorts after them. */
  private static final List<String> BREACH_ORDER = List.of("NO_LICENCE", "UNKNOWN_LICENCE", "NOT_YET_VALID",
      "EXPIRED", "WRONG_TRADER", "WRONG_PORT", "HS_NOT_COVERED", "QUOTA_EXCEEDED");
  private static final int HS_HEADING_DIGITS = 4;
  private static final Comparator<List<String>> GROUP_ORDER = Comparator
      .<List<String>>comparingInt(key -> breachRank(key.get(0)))
      .thenComparing(key -> key.get(0))
      .thenComparing(key -> key.get(1))
      .thenComparing(key -> key.get(2))
      .thenComparing(key -> key.get(3));

  private LicenceBreachSummary() {}

  /** Counts the breaches; gross_kg and excess_kg are sums, excess_kg empty when no row of the group has one. */
  public static Table from(Table breaches) {
    int breach = breaches.column("breach");
    int date = breaches.column("declaration_date");
    int port = breaches.column("port");
    int hsCode = breaches.column("hs_code");
    int grossKg = breaches.column(GROSS_KG);
    int excessKg = breaches.column(EXCESS_KG);
    Map<List<String>, Totals> groups = new TreeMap<>(GROUP_ORDER);
    for (List<String> row : breaches.rows()) {
      String hs = row.get(hsCode);
      List<String> key = List.of(row.get(breach), row.get(date).substring(0, 4), row.get(port),
          hs.length() > HS_HEADING_DIGITS ? hs.substring(0, HS_HEADING_DIGITS) : hs);
      groups.computeIfAbsent(key, k -> new Totals()).add(row.get(grossKg), excessKg < 0 ? "" : row.get(excessKg));
    }
    List<List<String>> rows = new ArrayList<>();
    groups.forEach((key, totals) -> {
      List<String> row = new ArrayList<>(key);
      row.add(Long.toString(totals.rows));
      row.add(DataTableWriter.plain(totals.grossKg));
      row.add(totals.excessKg == null ? "" : DataTableWriter.plain(totals.excessKg));
      rows.add(row);
    });
    return new Table(NAME, HEADER, rows);
  }

  private static int breachRank(String breach) {
    int rank = BREACH_ORDER.indexOf(breach);
    return rank < 0 ? BREACH_ORDER.size() : rank;
  }

  /** The running totals of one group. */
  private static final class Totals {
    long rows;
    BigDecimal grossKg = BigDecimal.ZERO;
    BigDecimal excessKg;

    void add(String gross, String excess) {
      rows++;
      if (SpreadsheetSafe.isPlainNumber(gross)) {
        grossKg = grossKg.add(new BigDecimal(gross));
      }
      if (SpreadsheetSafe.isPlainNumber(excess)) {
        excessKg = excessKg == null ? new BigDecimal(excess) : excessKg.add(new BigDecimal(excess));
      }
    }
  }
}
