package org.wastetrail.jobs.ingest;

/** The value types of the data contract, each with its parsing rule (see {@link FieldParser}). */
public enum FieldType {
  /** Free or identifying text; the column's length limit applies. */
  TEXT,
  /** A campaign id: {@code [A-Z0-9_-]+}. */
  CAMPAIGN_ID,
  /** {@code yyyy-MM-dd}, a real calendar date. */
  DATE,
  /** ISO 3166-1 alpha-2, upper case, in the countries reference ({@code ZZ} = unknown). */
  COUNTRY,
  /** Countries separated by {@code ;}, in route order. */
  COUNTRY_LIST,
  /** A well-formed UN/LOCODE. */
  LOCODE,
  /** A UN/LOCODE that is in the ports reference. */
  KNOWN_PORT,
  /** UN/LOCODEs separated by {@code ;}, or {@code *} for every port. */
  LOCODE_LIST_OR_ALL,
  /** One of the column's listed values, exactly. */
  ENUM,
  /** Exactly six digits. */
  HS6,
  /** Two to six digits. */
  HS_PREFIX,
  /** A decimal number greater than zero. */
  DECIMAL_POSITIVE,
  /** A decimal number, zero or more. */
  DECIMAL_NON_NEGATIVE,
  /** A whole number, zero or more. */
  INTEGER_NON_NEGATIVE,
  /** A whole number, one or more. */
  INTEGER_POSITIVE,
  /** A calendar year, four digits, 1900 to 2100. */
  YEAR,
  /** A code of the Basel reference; whether it is in force is checked against the record's date. */
  BASEL_CODE
}
