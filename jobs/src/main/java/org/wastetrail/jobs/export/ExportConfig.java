package org.wastetrail.jobs.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * What to export: the report-data folder, the package folder (never inside the data: the next export would read its
 * own output), the smallest record count shown, and the creation time written in {@code export.json}.
 */
public record ExportConfig(Path data, Path out, int minCount, Instant created) {
  public static final int DEFAULT_MIN_COUNT = 3;
  public static final int LOWEST_MIN_COUNT = 2;

  public ExportConfig {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(created, "created");
    if (minCount < LOWEST_MIN_COUNT) {
      throw new IllegalArgumentException("--min-count must be at least " + LOWEST_MIN_COUNT + ", not " + minCount);
    }
    if (isInside(out, data)) {
      throw new IllegalArgumentException("--out " + out + " is the --data folder or inside it; choose a folder outside "
          + data);
    }
  }

  /** Compares the real paths where they exist, so that a symbolic link or {@code ..} does not hide the nesting. */
  static boolean isInside(Path candidate, Path folder) {
    return real(candidate).startsWith(real(folder));
  }

  private static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !existing.toFile().exists()) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute));
    } catch (IOException e) {
      return absolute;
    }
  }
}
