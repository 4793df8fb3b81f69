package org.wastetrail.jobs.compliance;

/** The kinds of licence breach, in the order they are checked and sorted within a declaration. */
public enum Breach {
  NO_LICENCE,
  UNKNOWN_LICENCE,
  NOT_YET_VALID,
  EXPIRED,
  WRONG_TRADER,
  WRONG_PORT,
  HS_NOT_COVERED,
  QUOTA_EXCEEDED
}
