package org.wastetrail.jobs.ingest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one ingest: per-file figures, the warehouse's row count per table after it, and whether the batch
 * was committed ({@code false} when nothing was new, or when {@code --strict} refused quarantined rows).
 */
public record IngestResult(
    String batchId,
    List<FileSummary> files,
    List<String> ignoredFiles,
    List<String> overriddenReference,
    Map<String, Long> tableRows,
    boolean committed,
    boolean refusedByStrictMode,
    String quarantineLocation) {

  public IngestResult {
    files = List.copyOf(files);
    ignoredFiles = List.copyOf(ignoredFiles);
    overriddenReference = List.copyOf(overriddenReference);
    tableRows = Collections.unmodifiableMap(new LinkedHashMap<>(tableRows));
  }

  public long rowsQuarantined() {
    return files.stream().mapToLong(FileSummary::rowsQuarantined).sum();
  }
}
