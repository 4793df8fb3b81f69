package org.wastetrail.jobs.cli;

import picocli.CommandLine.ParameterException;

/** The process exit codes, documented in {@code wastetrail --help}. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int USAGE = 2;
  public static final int INPUT_ERROR = 3;
  public static final int REJECTED_ROWS = 4;

  private ExitCodes() {}

  static int forException(Throwable t) {
    if (t instanceof ParameterException) {
      return USAGE;
    }
    return UserErrorHandler.findInputError(t) != null ? INPUT_ERROR : FAILURE;
  }
}
