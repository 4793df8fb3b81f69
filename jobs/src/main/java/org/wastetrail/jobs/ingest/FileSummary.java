package org.wastetrail.jobs.ingest;

import java.util.Map;
import java.util.TreeMap;

/**
 * What ingest did with one input file. Row conservation: {@code rowsRead == rowsAccepted + rowsQuarantined}.
 *
 * @param alreadyIngestedAs for a file whose content (SHA-256) is already in the warehouse: the batch and file name
 *     it came in as; {@code null} for a file ingested now
 */
public record FileSummary(
    InputFile file,
    long rowsRead,
    long rowsAccepted,
    long rowsQuarantined,
    long rowsReplaced,
    Map<String, Long> quarantineReasons,
    String alreadyIngestedAs) {

  public FileSummary {
    quarantineReasons = Map.copyOf(new TreeMap<>(quarantineReasons));
  }

  static FileSummary skipped(InputFile file, String alreadyIngestedAs) {
    return new FileSummary(file, 0, 0, 0, 0, Map.of(), alreadyIngestedAs);
  }

  public boolean skipped() {
    return alreadyIngestedAs != null;
  }
}
