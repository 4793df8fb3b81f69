package org.wastetrail.jobs.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts the wastetrail command in its own JVM, with the launcher's JVM options, so a test can kill it. */
public final class ChildProcess {
  private ChildProcess() {}

  public static Process start(Path log, List<String> systemProperties, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions());
    command.addAll(systemProperties);
    command.add("-Xmx1g");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.wastetrail.jobs.cli.WastetrailCommand");
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    try {
      return builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The options of conf/jvm-options, found from the module folder the tests run in. */
  private static List<String> jvmOptions() {
    Path options = Path.of("..", "conf", "jvm-options");
    if (!Files.exists(options)) {
      options = Path.of("conf", "jvm-options");
    }
    try {
      return Files.readAllLines(options).stream().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + options.toAbsolutePath() + File.separator, e);
    }
  }
}
