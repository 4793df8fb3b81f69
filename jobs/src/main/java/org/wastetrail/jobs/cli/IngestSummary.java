package org.wastetrail.jobs.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.wastetrail.jobs.ingest.FileSummary;
import org.wastetrail.jobs.ingest.IngestResult;
import org.wastetrail.jobs.ingest.RecordKind;

/**
 * Prints what an ingest did: one line per file (files skipped as already ingested grouped by kind when many), totals,
 * reasons, and what happened to the warehouse.
 */
final class IngestSummary {
  /**
   * Up to this many skipped files are listed one per line. Beyond it (a monthly run over the whole input folder skips
   * every earlier month), the files skipped under their own names are one line per kind; a file ingested before under
   * another name is still listed, since the user may not expect it.
   */
  static final int LISTED_SKIPPED = 5;

  /** The input file names, as the note on an ignored file lists them: declarations*, seizures*, ... .csv. */
  private static final String INPUT_NAMES = Arrays.stream(RecordKind.values()).map(kind -> kind.table() + "*")
      .collect(Collectors.joining(", ")) + ".csv";

  private final PrintWriter out;

  IngestSummary(PrintWriter out) {
    this.out = out;
  }

  void print(IngestResult result) {
    int nameWidth = Math.max(4, result.files().stream().mapToInt(f -> f.file().name().length()).max().orElse(4));
    // The kind column fits "declarations", or trade_baseline when such a file is in the batch.
    int kindWidth = Math.max(12, result.files().stream().mapToInt(f -> f.file().kind().table().length()).max()
        .orElse(12));
    String lead = "%-" + nameWidth + "s  %-" + kindWidth + "s ";
    String row = lead + "%10s %10s %12s %9s%n";
    out.printf(Locale.ROOT, row, "file", "kind", "read", "accepted", "quarantined", "replaced");
    long read = 0, accepted = 0, quarantined = 0, replaced = 0;
    Map<String, Long> reasons = new TreeMap<>();
    boolean grouped = result.files().stream().filter(FileSummary::skipped).count() > LISTED_SKIPPED;
    Map<String, List<String>> skippedByKind = new TreeMap<>();
    for (FileSummary f : result.files()) {
      if (f.skipped()) {
        if (grouped && f.alreadyIngestedAs().fileName().equals(f.file().name())) {
          skippedByKind.computeIfAbsent(f.file().kind().table(), kind -> new ArrayList<>()).add(f.file().name());
        } else {
          out.printf(Locale.ROOT, lead + "already ingested as %s: skipped%n",
              f.file().name(), f.file().kind().table(), f.alreadyIngestedAs());
        }
        continue;
      }
      out.printf(Locale.ROOT, row, f.file().name(), f.file().kind().table(), n(f.rowsRead()), n(f.rowsAccepted()),
          n(f.rowsQuarantined()), n(f.rowsReplaced()));
      read += f.rowsRead();
      accepted += f.rowsAccepted();
      quarantined += f.rowsQuarantined();
      replaced += f.rowsReplaced();
      f.quarantineReasons().forEach((code, count) -> reasons.merge(code, count, Long::sum));
      if (!f.file().unknownColumns().isEmpty()) {
        out.printf("warning: %s: unknown columns kept out of the warehouse: %s%n", f.file().name(),
            String.join(", ", f.file().unknownColumns()));
      }
    }
    skippedByKind.forEach((kind, names) -> out.printf(Locale.ROOT, lead + "%s%n",
        names.size() == 1 ? names.get(0) : names.size() + " files", kind, skipped(names)));
    out.printf(Locale.ROOT, row, "total", "", n(read), n(accepted), n(quarantined), n(replaced));
    if (!reasons.isEmpty()) {
      out.println();
      out.println("Quarantined rows by reason (a row with several faults counts under each):");
      reasons.forEach((code, count) -> out.printf(Locale.ROOT, "  %-28s %10s%n", code, n(count)));
      out.println("Rejected rows with their reasons: " + result.quarantineLocation());
    }
    for (String name : result.ignoredFiles()) {
      out.println("note: " + name + " is not an input file name (" + INPUT_NAMES + "): ignored");
    }
    if (!result.overriddenReference().isEmpty()) {
      out.println("note: reference replaced from the input's reference/ folder: "
          + String.join(", ", result.overriddenReference()));
    }
    out.println();
    if (result.refusedByStrictMode()) {
      out.println("--strict: " + n(quarantined) + " row(s) quarantined, so the warehouse was left unchanged.");
    } else if (result.committed()) {
      out.print("Warehouse updated (batch " + result.batchId() + "):");
      result.tableRows().forEach((table, rows) -> out.print(" " + table + " " + n(rows)));
      out.println();
    } else {
      out.println("Nothing new to ingest: the warehouse is unchanged.");
    }
    out.flush();
  }

  /** "already ingested: skipped", naming the first and last of several files. */
  private static String skipped(List<String> names) {
    if (names.size() == 1) {
      return "already ingested: skipped";
    }
    String between = names.size() > 2 ? " ... " : ", ";
    return "already ingested: skipped (" + names.get(0) + between + names.get(names.size() - 1) + ")";
  }

  private static String n(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }
}
