package org.wastetrail.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/wastetrail's choice of JIT: the quick compiler alone for commands that read less than 200 MB (the input's CSV
 * plus four times the warehouse's Parquet) and for every report and export, both compilers otherwise. Checked through
 * the launcher's dry run, which prints the java command line instead of running it.
 */
class LauncherJitTest {
  private static final String QUICK = "-XX:TieredStopAtLevel=1";
  private static final long MB = 1_000_000L;
  private static final Path DIRECTIVES_FILE =
      Path.of("..", "conf", "jit-directives.json").toAbsolutePath().normalize();
  private static final String DIRECTIVES = "-XX:CompilerDirectivesFile=" + DIRECTIVES_FILE;

  @TempDir Path tmp;

  @Test
  @DisplayName("a run reads the input and the output's warehouse: 199 MB quick, 201 MB full, Parquet counted four times")
  void runBySize() throws Exception {
    Path input = Files.createDirectories(tmp.resolve("in"));
    sized(input.resolve("declarations-2024-01.csv"), 199 * MB);
    assertEquals(true, quick("run", "--input", input.toString(), "--out", tmp.resolve("out").toString()));
    sized(input.resolve("declarations-2024-02.csv"), 2 * MB);
    assertEquals(false, quick("run", "--input=" + input, "--out=" + tmp.resolve("out")));

    Path small = Files.createDirectories(tmp.resolve("small"));
    sized(small.resolve("declarations-2024-03.csv"), 100 * MB);
    Path warehouse = Files.createDirectories(tmp.resolve("out2/warehouse/declarations"));
    sized(warehouse.resolve("part-0.parquet"), 24 * MB);
    assertEquals(true, quick("run", "--input", small.toString(), "--out", tmp.resolve("out2").toString()),
        "100 MB + 4 x 24 MB");
    sized(warehouse.resolve("part-1.parquet"), 1 * MB);
    assertEquals(false, quick("run", "--input", small.toString(), "--out", "file:" + tmp.resolve("out2")),
        "100 MB + 4 x 25 MB");
    assertEquals(true, quick("analyze", "--warehouse", tmp.resolve("out2/warehouse").toString(), "--out", "x"),
        "4 x 25 MB");
    sized(warehouse.resolve("part-2.parquet"), 26 * MB);
    assertEquals(false, quick("analyze", "--warehouse", tmp.resolve("out2/warehouse").toString(), "--out", "x"),
        "4 x 51 MB");
    assertEquals(true, quick("ingest", "--input", small.toString(), "--warehouse", tmp.resolve("none").toString()));
  }

  @Test
  @DisplayName("reports and exports always quick; remote folders, generate and an explicit WASTETRAIL_JIT as asked")
  void byCommand() throws Exception {
    assertEquals(true, quick("report", "--data", "d", "--out", "r"));
    assertEquals(true, quick("export", "--data", "d", "--out", "e"));
    assertEquals(false, quick("run", "--input", "s3a://bucket/in", "--out", tmp.toString()));
    assertEquals(false, quick("generate", "--out", tmp.toString()));
    assertEquals(false, quick(Map.of("WASTETRAIL_JIT", "full"), "report", "--data", "d", "--out", "r"));
    assertEquals(true, quick(Map.of("WASTETRAIL_JIT", "quick"), "generate", "--out", tmp.toString()));
  }

  @Test
  @DisplayName("the JVM accepts conf/jit-directives.json (a file it cannot parse stops it from starting)")
  void directivesParse() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-XX:+UnlockDiagnosticVMOptions", DIRECTIVES, "-version")
        .redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(30, TimeUnit.SECONDS), "java -version did not finish");
    assertEquals(0, process.exitValue(), out);
    assertTrue(out.contains("VM"), out);
  }

  /** A file of the given apparent size (sparse: no disk used). */
  private static void sized(Path file, long bytes) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(bytes);
    }
  }

  private boolean quick(String... args) throws Exception {
    return quick(Map.of(), args);
  }

  /** Whether the launcher's java command line for these arguments has the quick compiler alone. */
  private boolean quick(Map<String, String> env, String... args) throws Exception {
    Path launcher = Path.of("..", "bin", "wastetrail").toAbsolutePath().normalize();
    List<String> command = new ArrayList<>(List.of("bash", launcher.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("WASTETRAIL_DRY_RUN", "1");
    builder.environment().remove("WASTETRAIL_JIT");
    builder.environment().putAll(env);
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(30, TimeUnit.SECONDS), "launcher did not finish");
    assertEquals(0, process.exitValue(), out);
    List<String> lines = out.lines().toList();
    assertEquals(1, lines.size(), out);
    assertTrue(lines.get(0).contains(" org.wastetrail.jobs.cli.WastetrailCommand " + args[0]), out);
    List<String> words = List.of(lines.get(0).split(" "));
    boolean quick = words.contains(QUICK);
    // The optimising compiler's directives go with it, and only with it.
    assertEquals(!quick, words.contains(DIRECTIVES), out);
    return quick;
  }
}
