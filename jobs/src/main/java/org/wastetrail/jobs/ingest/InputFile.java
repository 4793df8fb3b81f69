package org.wastetrail.jobs.ingest;

import java.util.List;

/**
 * An input file that passed the structural checks: its kind, content hash and header layout.
 *
 * @param modifiedMs the file's modification time (epoch milliseconds)
 * @param sourceIndex for each contract column of the kind, its position in the header (-1: optional and absent)
 */
public record InputFile(
    String path,
    String name,
    RecordKind kind,
    String sha256,
    long sizeBytes,
    long modifiedMs,
    int headerWidth,
    int[] sourceIndex,
    List<String> unknownColumns,
    List<String> absentOptionalColumns) {

  public InputFile {
    sourceIndex = sourceIndex.clone();
    unknownColumns = List.copyOf(unknownColumns);
    absentOptionalColumns = List.copyOf(absentOptionalColumns);
  }

  /** What identifies this file without reading it: its name, size and modification time. */
  public Stamp stamp() {
    return new Stamp(name, sizeBytes, modifiedMs);
  }

  /** A file's name, size in bytes and modification time (epoch milliseconds), as the batch log records them. */
  public record Stamp(String name, long sizeBytes, long modifiedMs) {}

  ParseTask parseTask() {
    return new ParseTask(path, name, headerWidth, sourceIndex, 0, Long.MAX_VALUE, 0);
  }
}
