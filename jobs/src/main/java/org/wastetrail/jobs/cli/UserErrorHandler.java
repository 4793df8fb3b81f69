package org.wastetrail.jobs.cli;

import org.wastetrail.jobs.io.InputException;
import org.wastetrail.reports.data.ReportDataException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Prints a user's input error as one plain sentence; only internal failures show a stack trace. */
final class UserErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
    if (ex instanceof ParameterException usage) {
      commandLine.getErr().println("error: " + usage.getMessage());
      commandLine.getErr().println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more.");
      return ExitCodes.USAGE;
    }
    Throwable inputError = findInputError(ex);
    if (inputError != null) {
      commandLine.getErr().println("error: " + inputError.getMessage());
      return ExitCodes.INPUT_ERROR;
    }
    commandLine.getErr().println("internal error: " + ex);
    ex.printStackTrace(commandLine.getErr());
    return ExitCodes.FAILURE;
  }

  /** Spark wraps exceptions thrown in tasks; the user's error may sit a few causes deep. */
  static Throwable findInputError(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof InputException || c instanceof ReportDataException) {
        return c;
      }
    }
    return null;
  }
}
