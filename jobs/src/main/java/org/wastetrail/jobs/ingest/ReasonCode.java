package org.wastetrail.jobs.ingest;

/** Why a row was quarantined. Codes are stable: users filter the quarantine by them. */
public enum ReasonCode {
  // The physical line could not be read as one CSV record.
  WRONG_FIELD_COUNT,
  BROKEN_QUOTING,
  UNTERMINATED_QUOTE,
  INVALID_ENCODING,
  RECORD_TOO_LONG,
  // A single field breaks its rule.
  MISSING_VALUE,
  TOO_LONG,
  INVALID_DATE,
  INVALID_COUNTRY,
  INVALID_LOCODE,
  UNKNOWN_PORT,
  INVALID_ENUM,
  INVALID_HS_CODE,
  INVALID_NUMBER,
  OUT_OF_RANGE,
  INVALID_ID,
  UNKNOWN_BASEL_CODE,
  BASEL_CODE_NOT_IN_FORCE,
  // Fields that contradict each other.
  INSPECTION_MISMATCH,
  OUTCOME_DATE_MISSING,
  OUTCOME_DATE_BEFORE_SEIZURE,
  NO_QUANTITY,
  WASTE_CATEGORY_UNDERIVABLE,
  INVALID_WINDOW,
  // The same id seen earlier in the same batch (the first is kept).
  DUPLICATE_ID
}
