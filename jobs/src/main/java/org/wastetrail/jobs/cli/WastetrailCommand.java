package org.wastetrail.jobs.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code wastetrail} command line: one subcommand per pipeline stage. */
@Command(
    name = "wastetrail",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Customs intelligence on illegal transboundary trade in waste and e-waste:",
      "validates seizure, declaration, licence and campaign records into a Parquet",
      "warehouse and turns them into the figures analysts and management act on.",
      "Folders are local paths or file:, hdfs: and s3a: locations. On a cluster, submit",
      "the cluster jar with spark-submit (docs/cluster.md)."
    },
    subcommands = {
      DemoCommand.class, RunCommand.class, IngestCommand.class, AnalyzeCommand.class, ReportCommand.class,
      ExportCommand.class,
      GenerateCommand.class, ImportOwidTradeCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:internal failure (a bug: please report it with the log)",
      "2:usage error (unknown command or option, missing argument)",
      "3:input error (missing folder, unreadable file, missing column, bad reference data)",
      "4:--strict was given and rows were quarantined"
    })
public final class WastetrailCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams and returns the exit code (tests call this). */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new WastetrailCommand());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExitCodeExceptionMapper(ExitCodes::forException);
    commandLine.setExecutionExceptionHandler(new UserErrorHandler());
    return commandLine.execute(args);
  }
}
