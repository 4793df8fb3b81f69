package org.wastetrail.jobs.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wastetrail.jobs.cli.GenerateCommand;
import org.wastetrail.jobs.cli.WastetrailCommand;
import picocli.CommandLine;

@DisplayName("wastetrail generate")
class GenerateCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Through the top-level command, as bin/wastetrail runs it. */
  private int run(String... args) {
    return WastetrailCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  /**
   * The subcommand on its own, with picocli's standard exit codes: the top-level command's exception mapper currently
   * maps usage errors to 1 as well (see ExitCodes.forException), which would hide the contract of this command.
   */
  private int runGenerate(String... args) {
    CommandLine commandLine = new CommandLine(new GenerateCommand());
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Test
  @DisplayName("writes the folder and prints a summary of files, rows and time")
  void summary() {
    assertEquals(0, run("generate", "--out", dir.toString(), "--declarations", "2000", "--seed", "3"));
    assertTrue(out.toString().startsWith("Wrote 75 files to " + dir), out.toString());
    assertTrue(out.toString().contains(" declarations, ") && out.toString().contains(" s"), out.toString());
    assertTrue(Files.exists(dir.resolve("truth.json")));
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("rejects options it cannot honour with a usage error (exit 2) that says why")
  @CsvSource(
      delimiter = '|',
      value = {
        "--from 2024-06 --to 2024-01|is after --to",
        "--declarations 999|--declarations must be between",
        "--from 2024-01 --to 2024-06|at least 12 months",
        "--from 2024-13|2024-13",
      })
  void usageErrors(String options, String message) {
    String[] args = ("--out " + dir + " " + options).split(" ");
    assertEquals(2, runGenerate(args));
    assertTrue(err.toString().contains(message), err.toString());
  }

  @Test
  @DisplayName("allows a short period when nothing is planted")
  void shortPeriodWithoutSignals() {
    assertEquals(0, run("generate", "--out", dir.toString(), "--from", "2024-01", "--to", "2024-03", "--declarations",
        "1000", "--no-signals"), err.toString());
  }

  @Test
  @DisplayName("refuses a folder holding other input files, which would be ingested with the new ones")
  void staleInputs() throws IOException {
    Files.writeString(dir.resolve("declarations-2019-01.csv"), "declaration_id\n");
    assertEquals(2, runGenerate("--out", dir.toString(), "--declarations", "1000"));
    assertTrue(err.toString().contains("declarations-2019-01.csv"), err.toString());
  }
}
