package org.wastetrail.jobs.generate;

import java.time.YearMonth;
import java.util.Locale;

/**
 * Record ids, unique across the output because each carries its month: D + yyyyMM + 8 digits for declarations, S + the
 * same digits for the seizure found on a declaration, S + yyyyMM + I + 7 digits for seizures without one.
 */
final class MonthIds {

  private final char[] month;

  MonthIds(YearMonth month) {
    this.month = String.format(Locale.ROOT, "%04d%02d", month.getYear(), month.getMonthValue())
        .toCharArray();
  }

  String declaration(long number) {
    return build('D', 8, number, false);
  }

  String seizureWithoutDeclaration(long number) {
    return build('S', 7, number, true);
  }

  private String build(char kind, int digits, long number, boolean unlinked) {
    char[] id = new char[1 + month.length + (unlinked ? 1 : 0) + digits];
    id[0] = kind;
    System.arraycopy(month, 0, id, 1, month.length);
    int at = 1 + month.length;
    if (unlinked) {
      id[at++] = 'I';
    }
    for (int i = id.length - 1; i >= at; i--) {
      id[i] = (char) ('0' + number % 10);
      number /= 10;
    }
    if (number != 0) {
      throw new IllegalStateException("too many records in one month for a " + digits + "-digit id");
    }
    return new String(id);
  }
}
