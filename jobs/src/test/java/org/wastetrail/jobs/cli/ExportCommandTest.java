package org.wastetrail.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export command: its exit codes and plain messages, and a package written from the hand-made data folder. */
class ExportCommandTest {
  @TempDir Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return WastetrailCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private Path copyOfFixture() throws IOException, URISyntaxException {
    Path fixture = Path.of(getClass().getResource("/export-data/manifest.json").toURI()).getParent();
    Path data = Files.createDirectories(tmp.resolve("data"));
    try (Stream<Path> files = Files.list(fixture)) {
      for (Path f : files.toList()) {
        Files.copy(f, data.resolve(f.getFileName()));
      }
    }
    return data;
  }

  @Test
  @DisplayName("a missing data folder is an input error (exit 3) in one line naming the folder")
  void missingData() {
    Path none = tmp.resolve("none");
    assertEquals(3, run("export", "--data", none.toString(), "--out", tmp.resolve("pkg").toString()));
    assertEquals("error: report data folder " + none + " does not exist or cannot be read\n", err.toString());
    assertTrue(Files.notExists(tmp.resolve("pkg")), "nothing written");
  }

  @Test
  @DisplayName("a data folder without manifest.json is an input error (exit 3)")
  void noManifest() throws IOException {
    Path data = Files.createDirectories(tmp.resolve("data"));
    Files.writeString(data.resolve("by_route.csv"), "period_type,period\n");
    assertEquals(3, run("export", "--data", data.toString(), "--out", tmp.resolve("pkg").toString()));
    assertEquals("error: report data folder " + data + " has no manifest.json: it is not a run's OUT/data\n",
        err.toString());
  }

  @Test
  @DisplayName("--out equal to or inside --data, or --min-count under 2, is a usage error (exit 2)")
  void usage() throws IOException {
    Path data = Files.createDirectories(tmp.resolve("data"));
    assertEquals(2, run("export", "--data", data.toString(), "--out", data.toString()));
    assertTrue(err.toString().contains("--out " + data + " is the --data folder or inside it"), err.toString());
    assertEquals(2, run("export", "--data", data.toString(), "--out", data.resolve("../data/pkg").toString()));
    assertEquals(2, run("export", "--data", data.toString(), "--out", tmp.resolve("pkg").toString(),
        "--min-count", "1"));
    assertTrue(err.toString().contains("--min-count must be at least 2, not 1"), err.toString());
  }

  @Test
  @DisplayName("an export writes the package and lists its tables (exit 0)")
  void exports() throws IOException, URISyntaxException {
    Path data = copyOfFixture();
    Path pkg = tmp.resolve("pkg");
    assertEquals(0, run("export", "--data", data.toString(), "--out", pkg.toString()), err.toString());
    assertEquals("", err.toString());
    assertTrue(out.toString().contains("by_route                        4 rows        8 cells suppressed"),
        out.toString());
    assertTrue(out.toString().contains("Not exported: largest_seizures, licence_breaches, watchlist"), out.toString());
    assertTrue(out.toString().endsWith("Exchange package (min count 3): " + pkg + "\n"), out.toString());
    assertTrue(Files.exists(pkg.resolve("licence_breach_summary.json")));
    assertTrue(Files.exists(pkg.resolve("README.md")));
  }
}
