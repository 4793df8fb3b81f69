package org.wastetrail.jobs.export;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.wastetrail.jobs.io.SpreadsheetSafe;

/**
 * A record count that guards the cells computed from it: when the count is under the minimum (zero included), those
 * cells are suppressed. The count is a column ({@code seizures}) or the difference of two ({@code seizures - open}).
 *
 * @param count the count column
 * @param minus the column subtracted from it, or null
 * @param guarded the cells suppressed with a small count; a count column guards itself
 */
public record Guard(String count, String minus, List<String> guarded) {
  public Guard {
    guarded = List.copyOf(guarded);
  }

  /** The count column guards itself and the columns derived from it. */
  public static Guard of(String count, String... derived) {
    return new Guard(count, null, Stream.concat(Stream.of(count), Stream.of(derived)).toList());
  }

  /** A count that is not written as a column, e.g. closed seizures = seizures - open. */
  public static Guard difference(String count, String minus, String... derived) {
    return new Guard(count, minus, List.of(derived));
  }

  /** A table without the count columns (an older run) is not guarded by this guard. */
  boolean appliesTo(List<String> header) {
    return header.contains(count) && (minus == null || header.contains(minus));
  }

  /** An empty or unreadable count cannot be shown to be large enough, so it counts as small. */
  boolean isSmall(Table table, List<String> row, int minCount) {
    BigDecimal value = number(row.get(table.column(count)));
    if (value != null && minus != null) {
      BigDecimal subtracted = number(row.get(table.column(minus)));
      value = subtracted == null ? null : value.subtract(subtracted);
    }
    return value == null || value.compareTo(BigDecimal.valueOf(minCount)) < 0;
  }

  /** For the README: {@code seizures < 3 suppresses seizures, seized_kg}. */
  String describe(List<String> header, int minCount) {
    String countName = minus == null ? "`" + count + "`" : "`" + count + "` − `" + minus + "`";
    List<String> present = guarded.stream().filter(header::contains).map(c -> "`" + c + "`").toList();
    return countName + " < " + minCount + " suppresses " + String.join(", ", present);
  }

  private static BigDecimal number(String cell) {
    return SpreadsheetSafe.isPlainNumber(cell) ? new BigDecimal(cell) : null;
  }
}
