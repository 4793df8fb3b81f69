package org.wastetrail.jobs.io;

/**
 * Named points of the warehouse commit where a test can stop the process dead, as {@code kill -9} would: set the
 * system property {@code wastetrail.crashAt} to a point's name. Unset, this does nothing.
 */
public final class CrashPoints {
  public static final String PROPERTY = "wastetrail.crashAt";

  private CrashPoints() {}

  public static void reach(String point) {
    if (point.equals(System.getProperty(PROPERTY))) {
      Runtime.getRuntime().halt(137);
    }
  }
}
