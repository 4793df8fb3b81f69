package org.wastetrail.jobs.ingest;

import java.io.Serializable;

/** One input file for an executor to parse: where it is, its header width and where each contract column sits in it. */
record ParseTask(String path, String fileName, int headerWidth, int[] sourceIndex) implements Serializable {}
