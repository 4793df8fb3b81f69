package org.wastetrail.jobs.io;

/** A fault in the user's input (folder, file, header, reference data): reported in plain words, no stack trace. */
public final class InputException extends RuntimeException {
  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
