package org.wastetrail.jobs.generate;

import java.nio.file.Path;

/** What a generation run wrote: the folder, how many files, and the rows of each kind. */
public record GenerationSummary(
    Path outDir, int files, long declarations, long seizures, long licences, long campaigns) {}
