package org.wastetrail.jobs.ingest;

import java.io.Serializable;

/**
 * A part of an input file for an executor to parse (usually the whole file): where it is, its header width, where each
 * contract column sits in it, and which of its bytes and lines the part covers ({@link FileSplits}).
 */
record ParseTask(String path, String fileName, int headerWidth, int[] sourceIndex, long start, long end,
    long linesBefore) implements Serializable {

  /** This file's part from byte {@code start} to {@code end}, after {@code linesBefore} lines. */
  ParseTask part(FileSplits.Part part) {
    return new ParseTask(path, fileName, headerWidth, sourceIndex, part.start(), part.end(), part.linesBefore());
  }
}
