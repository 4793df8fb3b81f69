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
    IngestedAs alreadyIngestedAs) {

  public FileSummary {
    quarantineReasons = Map.copyOf(new TreeMap<>(quarantineReasons));
  }

  /**
   * The file a content first came in as.
   *
   * @param batchId the batch it came in with; {@code null} for the batch being ingested
   */
  public record IngestedAs(String fileName, String batchId) {
    @Override
    public String toString() {
      return fileName + (batchId == null ? " (this batch)" : " (batch " + batchId + ")");
    }
  }

  static FileSummary skipped(InputFile file, IngestedAs alreadyIngestedAs) {
    return new FileSummary(file, 0, 0, 0, 0, Map.of(), alreadyIngestedAs);
  }

  public boolean skipped() {
    return alreadyIngestedAs != null;
  }
}
