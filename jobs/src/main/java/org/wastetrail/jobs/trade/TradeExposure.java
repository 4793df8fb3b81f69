package org.wastetrail.jobs.trade;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code trade_exposure}: seizures against the legal trade they hide in, per country, year and waste category. Legal
 * imports and exports come from the trade baseline (tonnes as reported; missing stays missing). Seizures count with the
 * country as destination and, separately, as origin; their tonnes are seized kg / 1,000. Intensity is seized tonnes
 * per 1,000 t of the matching legal flow: as destination per 1,000 t imported, as origin per 1,000 t exported.
 *
 * <p>The {@code diversion} rule, per waste category and year Y (see {@link #MAJOR_SHARE} and the other thresholds): a
 * <em>major destination</em> is a country that took at least 10% of the world's reported imports in Y−1; it
 * <em>collapses</em> when its imports in Y are at most half of Y−1's. In a year with a collapse, every other country
 * whose imports rose by at least 50% and at least 50,000 t is flagged, naming the collapsing destination that lost the
 * most tonnes. A year without a collapse flags nothing.
 */
public final class TradeExposure {
  /** Share of the world's imports (previous year) that makes a destination major. */
  public static final BigDecimal MAJOR_SHARE = new BigDecimal("0.10");
  /** A major destination collapses when its imports fall to at most this share of the previous year's. */
  public static final BigDecimal COLLAPSE_TO = new BigDecimal("0.50");
  /** A flagged country's imports grow at least by this factor ... */
  public static final BigDecimal JUMP_FACTOR = new BigDecimal("1.5");
  /** ... and at least by this many tonnes. */
  public static final BigDecimal JUMP_TONNES = new BigDecimal("50000");

  public static final String IMPORT = "IMPORT";
  public static final String EXPORT = "EXPORT";
  private static final BigDecimal THOUSAND = new BigDecimal(1000);
  private static final MathContext RATE = MathContext.DECIMAL64;

  /** One figure of the trade baseline: tonnes null when the statistics have a gap. */
  public record TradeFigure(String country, int year, String wasteCategory, String flow, BigDecimal tonnes) {}

  /** Seizures of a year and category with the country as destination ({@code asDestination}) or as origin. */
  public record SeizureTotal(String country, int year, String wasteCategory, boolean asDestination, long seizures,
      BigDecimal seizedKg) {}

  /** A row of trade_exposure; null where a figure is missing or a ratio undefined. */
  public record Row(String country, int year, String wasteCategory, BigDecimal legalImportsT, BigDecimal legalExportsT,
      Long seizuresAsDestination, BigDecimal seizedTAsDestination, Long seizuresAsOrigin, BigDecimal seizedTAsOrigin,
      Double seizedTPer1000TImported, Double seizedTPer1000TExported, Double importsYoyPct, Double exportsYoyPct,
      Double seizedTAsDestinationYoyPct, Double seizedTAsOriginYoyPct, boolean diversion, String diversionFrom) {}

  private TradeExposure() {}

  /**
   * The table's rows, ordered by country, year and category: one for every country, year and category with a trade
   * figure or a seizure. Seizure columns are null in years outside {@code seizureYears} (no seizure data then) and
   * count zero inside it. Country {@code ZZ} (unknown) has no row.
   *
   * @param seizureYears first and last year of the seizure records, or null when there are none
   */
  public static List<Row> compute(List<TradeFigure> trade, List<SeizureTotal> seizures, int[] seizureYears) {
    Map<Key, Cell> cells = new TreeMap<>();
    for (TradeFigure figure : trade) {
      Cell cell = cells.computeIfAbsent(new Key(figure.country(), figure.year(), figure.wasteCategory()), k -> new Cell());
      if (IMPORT.equals(figure.flow())) {
        cell.imports = add(cell.imports, figure.tonnes());
      } else {
        cell.exports = add(cell.exports, figure.tonnes());
      }
    }
    for (SeizureTotal total : seizures) {
      if ("ZZ".equals(total.country())) {
        continue;
      }
      Cell cell = cells.computeIfAbsent(new Key(total.country(), total.year(), total.wasteCategory()), k -> new Cell());
      BigDecimal tonnes = total.seizedKg().divide(THOUSAND);
      if (total.asDestination()) {
        cell.destinationSeizures += total.seizures();
        cell.destinationT = cell.destinationT.add(tonnes);
      } else {
        cell.originSeizures += total.seizures();
        cell.originT = cell.originT.add(tonnes);
      }
    }
    Map<Key, String> diversions = diversions(cells);
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<Key, Cell> entry : cells.entrySet()) {
      Key key = entry.getKey();
      Cell cell = entry.getValue();
      Cell previous = cells.get(new Key(key.country(), key.year() - 1, key.wasteCategory()));
      boolean seized = seizureYears != null && key.year() >= seizureYears[0] && key.year() <= seizureYears[1];
      boolean seizedBefore = seizureYears != null && key.year() - 1 >= seizureYears[0] && key.year() - 1 <= seizureYears[1];
      BigDecimal destinationT = seized ? cell.destinationT : null;
      BigDecimal originT = seized ? cell.originT : null;
      BigDecimal previousDestinationT = !seizedBefore ? null : previous == null ? BigDecimal.ZERO : previous.destinationT;
      BigDecimal previousOriginT = !seizedBefore ? null : previous == null ? BigDecimal.ZERO : previous.originT;
      String from = diversions.get(key);
      rows.add(new Row(key.country(), key.year(), key.wasteCategory(), cell.imports, cell.exports,
          seized ? cell.destinationSeizures : null, destinationT, seized ? cell.originSeizures : null, originT,
          perThousand(destinationT, cell.imports), perThousand(originT, cell.exports),
          percentChange(cell.imports, previous == null ? null : previous.imports),
          percentChange(cell.exports, previous == null ? null : previous.exports),
          percentChange(destinationT, previousDestinationT), percentChange(originT, previousOriginT),
          from != null, from));
    }
    return rows;
  }

  /** The flagged country-years of the diversion rule, with the collapsing destination each names. */
  static Map<Key, String> diversions(Map<Key, Cell> cells) {
    Map<String, Map<Integer, Map<String, BigDecimal>>> imports = new HashMap<>();
    cells.forEach((key, cell) -> {
      if (cell.imports != null) {
        imports.computeIfAbsent(key.wasteCategory(), c -> new TreeMap<>())
            .computeIfAbsent(key.year(), y -> new TreeMap<>()).put(key.country(), cell.imports);
      }
    });
    Map<Key, String> flagged = new HashMap<>();
    imports.forEach((category, byYear) -> byYear.forEach((year, current) -> {
      Map<String, BigDecimal> before = byYear.get(year - 1);
      if (before == null) {
        return;
      }
      BigDecimal world = before.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      String collapsed = null;
      BigDecimal largestLoss = BigDecimal.ZERO;
      TreeSet<String> collapsing = new TreeSet<>();
      for (Map.Entry<String, BigDecimal> destination : before.entrySet()) {
        BigDecimal was = destination.getValue();
        BigDecimal now = current.get(destination.getKey());
        boolean major = world.signum() > 0 && was.compareTo(world.multiply(MAJOR_SHARE)) >= 0;
        if (major && now != null && now.compareTo(was.multiply(COLLAPSE_TO)) <= 0) {
          collapsing.add(destination.getKey());
          BigDecimal loss = was.subtract(now);
          if (collapsed == null || loss.compareTo(largestLoss) > 0) {
            collapsed = destination.getKey();
            largestLoss = loss;
          }
        }
      }
      if (collapsed == null) {
        return;
      }
      for (Map.Entry<String, BigDecimal> country : current.entrySet()) {
        BigDecimal was = before.get(country.getKey());
        BigDecimal now = country.getValue();
        if (was == null || collapsing.contains(country.getKey())) {
          continue;
        }
        if (now.compareTo(was.multiply(JUMP_FACTOR)) >= 0 && now.subtract(was).compareTo(JUMP_TONNES) >= 0) {
          flagged.put(new Key(country.getKey(), year, category), collapsed);
        }
      }
    }));
    return flagged;
  }

  private static BigDecimal add(BigDecimal sum, BigDecimal tonnes) {
    return tonnes == null ? sum : sum == null ? tonnes : sum.add(tonnes);
  }

  private static Double perThousand(BigDecimal seizedT, BigDecimal tradedT) {
    if (seizedT == null || tradedT == null || tradedT.signum() == 0) {
      return null;
    }
    return seizedT.multiply(THOUSAND).divide(tradedT, RATE).doubleValue();
  }

  private static Double percentChange(BigDecimal now, BigDecimal before) {
    if (now == null || before == null || before.signum() == 0) {
      return null;
    }
    return now.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, RATE).doubleValue();
  }

  record Key(String country, int year, String wasteCategory) implements Comparable<Key> {
    private static final Comparator<Key> ORDER = Comparator.comparing(Key::country).thenComparingInt(Key::year)
        .thenComparing(Key::wasteCategory);

    @Override
    public int compareTo(Key other) {
      return ORDER.compare(this, other);
    }
  }

  static final class Cell {
    BigDecimal imports;
    BigDecimal exports;
    long destinationSeizures;
    BigDecimal destinationT = BigDecimal.ZERO;
    long originSeizures;
    BigDecimal originT = BigDecimal.ZERO;
  }
}
