package org.wastetrail.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wastetrail.jobs.io.HadoopFiles;
import org.wastetrail.jobs.reference.ReferenceData;
import org.wastetrail.jobs.reference.ReferenceLoader;

class RowValidatorTest {
  private static final ReferenceData REFERENCE = ReferenceLoader.shipped(new HadoopFiles(new Configuration()));

  private static final Map<String, String> DECLARATION = row(
      "declaration_id", "D1", "declaration_date", "2024-03-15", "reporting_country", "MY", "port", "MYPKG",
      "direction", "IMPORT", "origin_country", "GB", "destination_country", "MY", "transit_countries", "NL;BE",
      "hs_code", "391590", "goods_description", "Mixed plastic scrap, baled", "gross_kg", "21500.5",
      "value_usd", "3200", "trader_id", "T001", "licence_id", "", "control_type", "RISK_TARGETED",
      "inspection_result", "VIOLATION");

  private static final Map<String, String> SEIZURE = row(
      "seizure_id", "S1", "seizure_date", "2024-03-15", "reporting_country", "MY", "port", "MYPKG",
      "direction", "IMPORT", "origin_country", "GB", "transit_countries", "", "destination_country", "MY",
      "conveyance", "SEA", "hs_code", "391590", "basel_code", "Y48", "waste_category", "PLASTIC",
      "quantity_kg", "21500.5", "pieces", "", "detection_method", "RISK_PROFILING", "misdeclared_as", "raw materials",
      "outcome", "REPATRIATED", "outcome_date", "2024-05-01", "operation", "", "declaration_id", "D1",
      "notes", "found <b>mixed</b> waste");

  private static final Map<String, String> LICENCE = row(
      "licence_id", "L1", "trader_id", "T001", "hs_prefix", "7204", "quota_kg", "100000",
      "valid_from", "2024-01-01", "valid_to", "2024-12-31", "port", "CNNGB");

  private static final Map<String, String> CAMPAIGN = row(
      "campaign_id", "DEMETER-IX", "name", "WCO Demeter IX", "start_date", "2023-10-01", "end_date", "2023-10-31",
      "scope_ports", "CNNGB;MYPKG", "participating_admins", "106", "description", "");

  private static Map<String, String> row(String... pairs) {
    Map<String, String> row = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      row.put(pairs[i], pairs[i + 1]);
    }
    return row;
  }

  /** Validates the base row of a kind with some fields replaced (the file's columns in the contract's order). */
  private static RowValidator.Result validate(RecordKind kind, Map<String, String> base, String... changes) {
    Map<String, String> values = new LinkedHashMap<>(base);
    values.putAll(row(changes));
    int[] index = new int[kind.columns().size()];
    List<String> fields = new ArrayList<>();
    for (int i = 0; i < index.length; i++) {
      index[i] = i;
      fields.add(values.get(kind.columns().get(i).name()));
    }
    return new RowValidator(kind, REFERENCE, index).validate(fields);
  }

  private static String codes(RowValidator.Result result) {
    return FileParser.joinCodes(result.faults());
  }

  private static Object value(RecordKind kind, RowValidator.Result result, String column) {
    return result.values()[kind.columnIndex(column)];
  }

  @Test
  @DisplayName("the base rows of every kind are accepted")
  void baseRowsAccepted() {
    assertEquals("", codes(validate(RecordKind.DECLARATIONS, DECLARATION)));
    assertEquals("", codes(validate(RecordKind.SEIZURES, SEIZURE)));
    assertEquals("", codes(validate(RecordKind.LICENCES, LICENCE)));
    assertEquals("", codes(validate(RecordKind.CAMPAIGNS, CAMPAIGN)));
  }

  @Nested
  @DisplayName("declarations")
  class Declarations {
    @ParameterizedTest(name = "{0} = ''{1}'' is {2}")
    @CsvSource(delimiter = '|', value = {
        "declaration_id|''|MISSING_VALUE",
        "declaration_date|2024-13-01|INVALID_DATE",
        "declaration_date|2024-02-30|INVALID_DATE",
        "declaration_date|15/03/2024|INVALID_DATE",
        "reporting_country|my|INVALID_COUNTRY",
        "reporting_country|XX|INVALID_COUNTRY",
        "port|MYXYZ|UNKNOWN_PORT",
        "port|MY PK|INVALID_LOCODE",
        "direction|import|INVALID_ENUM",
        "origin_country|''|MISSING_VALUE",
        "transit_countries|NL;XX|INVALID_COUNTRY",
        "hs_code|39159|INVALID_HS_CODE",
        "hs_code|3915.90|INVALID_HS_CODE",
        "gross_kg|0|OUT_OF_RANGE",
        "gross_kg|-3|OUT_OF_RANGE",
        "gross_kg|1,200|INVALID_NUMBER",
        "gross_kg|12e3|INVALID_NUMBER",
        "value_usd|-1|OUT_OF_RANGE",
        "trader_id|''|MISSING_VALUE",
        "control_type|RANDOMLY|INVALID_ENUM",
        "inspection_result|''|MISSING_VALUE",
    })
    void fieldRules(String column, String value, String expected) {
      assertEquals(expected, codes(validate(RecordKind.DECLARATIONS, DECLARATION, column, value)));
    }

    @Test
    @DisplayName("ids and free text have length limits counted in characters")
    void lengths() {
      assertEquals("", codes(validate(RecordKind.DECLARATIONS, DECLARATION, "declaration_id", "D".repeat(64))));
      assertEquals("TOO_LONG", codes(validate(RecordKind.DECLARATIONS, DECLARATION, "declaration_id", "D".repeat(65))));
      assertEquals("", codes(validate(RecordKind.DECLARATIONS, DECLARATION, "goods_description", "废".repeat(500))));
      assertEquals("TOO_LONG",
          codes(validate(RecordKind.DECLARATIONS, DECLARATION, "goods_description", "x".repeat(501))));
    }

    @ParameterizedTest(name = "{0} with {1} is {2}")
    @CsvSource({
        "NONE, NOT_INSPECTED, ''",
        "DOCUMENTARY, NOT_INSPECTED, ''",
        "RANDOM, COMPLIANT, ''",
        "INTELLIGENCE, VIOLATION, ''",
        "NONE, COMPLIANT, INSPECTION_MISMATCH",
        "DOCUMENTARY, VIOLATION, INSPECTION_MISMATCH",
        "RISK_TARGETED, NOT_INSPECTED, INSPECTION_MISMATCH",
    })
    @DisplayName("inspection_result is NOT_INSPECTED if and only if control_type is NONE or DOCUMENTARY")
    void inspectionRule(String control, String result, String expected) {
      assertEquals(expected, codes(validate(RecordKind.DECLARATIONS, DECLARATION,
          "control_type", control, "inspection_result", result)));
    }

    @Test
    @DisplayName("values are typed: epoch-day dates, six-decimal kg, trimmed transit list, HS-mapped category")
    void typedValues() {
      RowValidator.Result r = validate(RecordKind.DECLARATIONS, DECLARATION, "transit_countries", " NL ; BE ",
          "gross_kg", "0.0005", "hs_code", "854921");
      assertEquals("", codes(r));
      assertEquals((int) LocalDate.of(2024, 3, 15).toEpochDay(), value(RecordKind.DECLARATIONS, r, "declaration_date"));
      assertEquals(new BigDecimal("0.000500"), value(RecordKind.DECLARATIONS, r, "gross_kg"));
      assertEquals("NL;BE", value(RecordKind.DECLARATIONS, r, "transit_countries"));
      assertEquals("E_WASTE", r.values()[RecordKind.DECLARATIONS.columns().size()]);
    }

    @Test
    @DisplayName("a row with several faults lists every one of them")
    void severalFaults() {
      RowValidator.Result r = validate(RecordKind.DECLARATIONS, DECLARATION,
          "declaration_date", "2024-02-30", "gross_kg", "-5", "control_type", "NONE", "inspection_result", "VIOLATION");
      assertEquals("INVALID_DATE;OUT_OF_RANGE;INSPECTION_MISMATCH", codes(r));
      assertEquals(3, r.faults().size());
      assertTrue(r.faults().get(1).message().contains("gross_kg"), r.faults().get(1).message());
    }
  }

  @Nested
  @DisplayName("seizures")
  class Seizures {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "outcome REPATRIATED without a date|outcome|REPATRIATED|outcome_date|''|OUTCOME_DATE_MISSING",
        "PENDING without a date|outcome|PENDING|outcome_date|''|''",
        "outcome before the seizure|outcome_date|2024-03-14|outcome|DISPOSED|OUTCOME_DATE_BEFORE_SEIZURE",
        "outcome on the seizure day|outcome_date|2024-03-15|outcome|DISPOSED|''",
        "neither kg nor pieces|quantity_kg|''|pieces|''|NO_QUANTITY",
        "pieces only|quantity_kg|''|pieces|40|''",
        "zero kg counts as given|quantity_kg|0|pieces|''|''",
        "fractional pieces|pieces|1.5|quantity_kg|''|INVALID_NUMBER",
        "unknown Basel code|basel_code|A9999|waste_category|PLASTIC|UNKNOWN_BASEL_CODE",
        "A1181 before 2025|basel_code|A1181|waste_category|E_WASTE|BASEL_CODE_NOT_IN_FORCE",
        "Y48 before 2021|basel_code|Y48|seizure_date|2020-12-31|BASEL_CODE_NOT_IN_FORCE",
        "unknown waste category|waste_category|PLASTICS|basel_code|''|INVALID_ENUM",
        "ZZ as unknown origin|origin_country|ZZ|destination_country|ZZ|''",
        "unknown conveyance|conveyance|SHIP|pieces|''|INVALID_ENUM",
    })
    void rules(String name, String c1, String v1, String c2, String v2, String expected) {
      assertEquals(expected, codes(validate(RecordKind.SEIZURES, SEIZURE, c1, v1, c2, v2)), name);
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
        "A1180, 2024-12-31, ''",
        "A1180, 2025-01-01, BASEL_CODE_NOT_IN_FORCE",
        "A1181, 2025-01-01, ''",
        "Y49, 2024-12-31, BASEL_CODE_NOT_IN_FORCE",
        "B1110, 2025-01-01, BASEL_CODE_NOT_IN_FORCE",
        "B3010, 2021-01-01, BASEL_CODE_NOT_IN_FORCE",
        "B3011, 2021-01-01, ''",
    })
    @DisplayName("a Basel code is accepted only on dates it is in force")
    void baselByDate(String code, String date, String expected) {
      assertEquals(expected, codes(validate(RecordKind.SEIZURES, SEIZURE, "basel_code", code, "seizure_date", date,
          "outcome_date", date, "waste_category", "OTHER")));
    }

    @ParameterizedTest(name = "basel ''{0}'', hs ''{1}'' gives {2}")
    @CsvSource({
        "Y48, '', PLASTIC",
        "A1180, 391590, E_WASTE",
        "'', 854921, E_WASTE",
        "'', 382530, CLINICAL",
        "'', 382510, HOUSEHOLD_MIXED",
        "'', 847130, OTHER",
    })
    @DisplayName("a blank waste_category is derived from the Basel code first, then the HS code by longest prefix")
    void derivedCategory(String basel, String hs, String expected) {
      RowValidator.Result r = validate(RecordKind.SEIZURES, SEIZURE, "waste_category", "", "basel_code", basel,
          "hs_code", hs, "seizure_date", "2024-06-01", "outcome_date", "2024-06-02");
      assertEquals("", codes(r));
      assertEquals(expected, value(RecordKind.SEIZURES, r, "waste_category"));
      assertEquals(Boolean.TRUE, r.values()[RecordKind.SEIZURES.columns().size()]);
    }

    @Test
    @DisplayName("a blank waste_category with neither code cannot be derived")
    void underivable() {
      assertEquals("WASTE_CATEGORY_UNDERIVABLE", codes(validate(RecordKind.SEIZURES, SEIZURE,
          "waste_category", "", "basel_code", "", "hs_code", "")));
    }

    @Test
    @DisplayName("notes hold at most 2000 characters")
    void notesLength() {
      assertEquals("", codes(validate(RecordKind.SEIZURES, SEIZURE, "notes", "n".repeat(2000))));
      assertEquals("TOO_LONG", codes(validate(RecordKind.SEIZURES, SEIZURE, "notes", "n".repeat(2001))));
    }
  }

  @Nested
  @DisplayName("licences and campaigns")
  class LicencesAndCampaigns {
    @ParameterizedTest(name = "licence {0} = ''{1}'' is {2}")
    @CsvSource({
        "hs_prefix, 7, INVALID_HS_CODE",
        "hs_prefix, 72, ''",
        "hs_prefix, 7204100, INVALID_HS_CODE",
        "quota_kg, 0, OUT_OF_RANGE",
        "valid_to, 2023-12-31, INVALID_WINDOW",
        "valid_to, 2024-01-01, ''",
        "port, cnngb, INVALID_LOCODE",
        "port, '', ''",
    })
    void licenceRules(String column, String value, String expected) {
      assertEquals(expected, codes(validate(RecordKind.LICENCES, LICENCE, column, value)));
    }

    @ParameterizedTest(name = "campaign {0} = ''{1}'' is {2}")
    @CsvSource({
        "campaign_id, demeter-ix, INVALID_ID",
        "campaign_id, DEMETER IX, INVALID_ID",
        "campaign_id, GREENFENCE_2013, ''",
        "scope_ports, *, ''",
        "scope_ports, CNNGB;cnsha, INVALID_LOCODE",
        "participating_admins, 0, OUT_OF_RANGE",
        "participating_admins, 1.5, INVALID_NUMBER",
        "end_date, 2023-09-30, INVALID_WINDOW",
    })
    void campaignRules(String column, String value, String expected) {
      assertEquals(expected, codes(validate(RecordKind.CAMPAIGNS, CAMPAIGN, column, value)));
    }
  }
}
