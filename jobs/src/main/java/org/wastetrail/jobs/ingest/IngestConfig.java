package org.wastetrail.jobs.ingest;

import java.util.Objects;

/**
 * What to ingest and where to.
 *
 * @param input folder with the input CSV files (and optionally {@code reference/})
 * @param warehouse warehouse folder, created if absent
 * @param quarantine folder for rejected rows
 * @param strict refuse the whole batch when any row is quarantined
 * @param codeVersion recorded in the batch log
 */
public record IngestConfig(String input, String warehouse, String quarantine, boolean strict, String codeVersion) {
  public IngestConfig {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(warehouse, "warehouse");
    Objects.requireNonNull(quarantine, "quarantine");
    Objects.requireNonNull(codeVersion, "codeVersion");
  }
}
