package org.wastetrail.reports.data;

/** The report-data folder lacks something a report needs: told to the user in plain words. */
public final class ReportDataException extends RuntimeException {
  public ReportDataException(String message) {
    super(message);
  }
}
