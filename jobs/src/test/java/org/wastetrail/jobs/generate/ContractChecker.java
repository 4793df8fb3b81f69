package org.wastetrail.jobs.generate;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.wastetrail.jobs.generate.GeneratedFolder.Row;

/**
 * Checks every row of a generated folder against the data contract and the generator brief, written from those texts
 * and not from the generator's code: it returns one plain sentence per broken rule.
 */
final class ContractChecker {

  static final List<String> DECLARATION_HEADER = List.of("declaration_id", "declaration_date", "reporting_country",
      "port", "direction", "origin_country", "destination_country", "transit_countries", "hs_code",
      "goods_description", "gross_kg", "value_usd", "trader_id", "licence_id", "control_type", "inspection_result");
  static final List<String> SEIZURE_HEADER = List.of("seizure_id", "seizure_date", "reporting_country", "port",
      "direction", "origin_country", "transit_countries", "destination_country", "conveyance", "hs_code",
      "basel_code", "waste_category", "quantity_kg", "pieces", "detection_method", "misdeclared_as", "outcome",
      "outcome_date", "operation", "declaration_id", "notes");
  static final List<String> LICENCE_HEADER =
      List.of("licence_id", "trader_id", "hs_prefix", "quota_kg", "valid_from", "valid_to", "port");
  static final List<String> CAMPAIGN_HEADER = List.of("campaign_id", "name", "start_date", "end_date", "scope_ports",
      "participating_admins", "description");

  static final Set<String> PORTS = Set.of("CNNGB", "CNSHA", "CNSZX", "CNYTN", "CNHUA", "CNNSA", "CNXMN", "CNTAO",
      "CNTXG", "HKHKG", "MYPKG", "MYPEN", "VNHPH", "VNCLI", "THLCH", "IDJKT", "PHMNL", "SGSIN", "INNSA", "PKKHI",
      "AEJEA", "TRMER", "NLRTM", "BEANR", "DEHAM", "DEBRV", "GBFXT", "GBSOU", "FRLEH", "ITGOA", "ITSPE", "ESALG",
      "ESVLC", "PTLEI", "IEDUB", "PLGDN", "GHTEM", "NGAPP", "NGTIN", "TGLFW", "BJCOO", "CIABJ", "KEMBA", "USLAX",
      "USLGB", "USNYC", "CAVAN", "JPYOK", "KRPUS");

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Set<String> CATEGORIES = Set.of("E_WASTE", "PLASTIC", "METAL_SCRAP", "PAPER", "TEXTILES",
      "RUBBER_TYRES", "BATTERIES", "SLAG_RESIDUES", "ODS_HFC", "HOUSEHOLD_MIXED", "HAZARDOUS_CHEMICALS", "CLINICAL",
      "OTHER");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern KG = Pattern.compile("\\d+(\\.\\d{1,3})?");
  private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");
  private static final Pattern INTEGER = Pattern.compile("\\d+");
  private static final Pattern CAMPAIGN_ID = Pattern.compile("[A-Z0-9_-]+");
  private static final LocalDate HS_2022 = LocalDate.of(2022, 1, 1);

  /** The HS prefixes of the brief, longest first wins, with the category each maps to. */
  static final Map<String, String> HS_MAP = new HashMap<>();

  /** Basel codes allowed per category, and their windows in force. */
  private static final Map<String, Set<String>> BASEL_BY_CATEGORY = new HashMap<>();
  private static final Map<String, LocalDate[]> BASEL_IN_FORCE = new HashMap<>();

  static {
    for (String p : List.of("3915")) HS_MAP.put(p, "PLASTIC");
    for (String p : List.of("4004", "401220")) HS_MAP.put(p, "RUBBER_TYRES");
    HS_MAP.put("4707", "PAPER");
    for (String p : List.of("6309", "6310")) HS_MAP.put(p, "TEXTILES");
    for (String p : List.of("7204", "7404", "7503", "7602", "7802", "7902")) HS_MAP.put(p, "METAL_SCRAP");
    for (String p : List.of("854911", "854912", "854913", "854914", "854919", "854810")) HS_MAP.put(p, "BATTERIES");
    for (String p : List.of("854921", "854929", "854931", "854939", "854991", "854999")) HS_MAP.put(p, "E_WASTE");
    for (String p : List.of("2618", "2619", "2620", "2621")) HS_MAP.put(p, "SLAG_RESIDUES");
    HS_MAP.put("382510", "HOUSEHOLD_MIXED");
    HS_MAP.put("382530", "CLINICAL");
    for (String p : List.of("382541", "382549", "382550", "382590", "271091", "271099")) {
      HS_MAP.put(p, "HAZARDOUS_CHEMICALS");
    }
    for (String p : List.of("2903", "8415", "8418")) HS_MAP.put(p, "ODS_HFC");
    HS_MAP.put("854890", "OTHER");

    basel("E_WASTE", "A1180", "B1110", "A1181", "Y49", "A2010");
    basel("PLASTIC", "A3210", "Y48", "B3011", "B3010");
    basel("METAL_SCRAP", "B1010");
    basel("PAPER", "B3020");
    basel("TEXTILES", "B3030");
    basel("RUBBER_TYRES", "B3140", "B3080", "B3040");
    basel("BATTERIES", "A1160", "A1170", "B1090");
    basel("SLAG_RESIDUES", "B1100");
    basel("ODS_HFC");
    basel("HOUSEHOLD_MIXED", "Y46");
    basel("HAZARDOUS_CHEMICALS", "A3020", "A3180", "A2050");
    basel("CLINICAL", "A4020");
    basel("OTHER", "B2020");
    LocalDate always = LocalDate.of(1900, 1, 1);
    LocalDate never = LocalDate.of(9999, 12, 31);
    for (Set<String> codes : BASEL_BY_CATEGORY.values()) {
      for (String c : codes) {
        BASEL_IN_FORCE.put(c, new LocalDate[] {always, never});
      }
    }
    LocalDate end2024 = LocalDate.of(2024, 12, 31);
    LocalDate from2025 = LocalDate.of(2025, 1, 1);
    LocalDate from2021 = LocalDate.of(2021, 1, 1);
    BASEL_IN_FORCE.put("A1180", new LocalDate[] {always, end2024});
    BASEL_IN_FORCE.put("B1110", new LocalDate[] {always, end2024});
    BASEL_IN_FORCE.put("A1181", new LocalDate[] {from2025, never});
    BASEL_IN_FORCE.put("Y49", new LocalDate[] {from2025, never});
    BASEL_IN_FORCE.put("A3210", new LocalDate[] {from2021, never});
    BASEL_IN_FORCE.put("Y48", new LocalDate[] {from2021, never});
    BASEL_IN_FORCE.put("B3011", new LocalDate[] {from2021, never});
    BASEL_IN_FORCE.put("B3010", new LocalDate[] {always, LocalDate.of(2020, 12, 31)});
  }

  private final GeneratedFolder folder;
  private final List<String> problems = new ArrayList<>();

  private ContractChecker(GeneratedFolder folder) {
    this.folder = folder;
  }

  static List<String> check(GeneratedFolder folder) {
    ContractChecker checker = new ContractChecker(folder);
    checker.headers();
    Map<String, Row> declarations = checker.declarations();
    Set<String> campaignIds = checker.campaigns();
    checker.seizures(declarations, campaignIds);
    checker.licences();
    return checker.problems;
  }

  /** The category an HS code maps to by the brief's longest-prefix rule, or null when no prefix matches. */
  static String category(String hs) {
    String best = null;
    for (String prefix : HS_MAP.keySet()) {
      if (hs.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
        best = prefix;
      }
    }
    return best == null ? null : HS_MAP.get(best);
  }

  private void headers() {
    folder.headers.forEach((file, header) -> {
      List<String> expected = file.startsWith("declarations") ? DECLARATION_HEADER
          : file.startsWith("seizures") ? SEIZURE_HEADER
          : file.startsWith("licences") ? LICENCE_HEADER
          : CAMPAIGN_HEADER;
      if (!header.equals(expected)) {
        problems.add(file + ": header " + header + ", expected " + expected);
      }
    });
  }

  private Map<String, Row> declarations() {
    Map<String, Row> byId = new HashMap<>();
    for (Row r : folder.declarations) {
      String id = r.get("declaration_id");
      if (id.isEmpty() || id.length() > 64 || byId.put(id, r) != null) {
        fail(r, "declaration_id", "empty, too long or not unique");
      }
      LocalDate date = date(r, "declaration_date", true);
      String port = r.get("port");
      if (!PORTS.contains(port)) {
        fail(r, "port", "not a known port");
        continue;
      }
      if (!r.get("reporting_country").equals(port.substring(0, 2))) {
        fail(r, "reporting_country", "not the port's country");
      }
      String origin = r.get("origin_country");
      String destination = r.get("destination_country");
      country(r, "origin_country", false);
      country(r, "destination_country", false);
      String expected = destination.equals(port.substring(0, 2)) ? "IMPORT"
          : origin.equals(port.substring(0, 2)) ? "EXPORT" : "TRANSIT";
      if (!r.get("direction").equals(expected)) {
        fail(r, "direction", "expected " + expected);
      }
      transits(r, origin, destination);
      hsCode(r, date, true);
      if (r.get("goods_description").length() > 500) {
        fail(r, "goods_description", "longer than 500");
      }
      String kg = r.get("gross_kg");
      if (!KG.matcher(kg).matches() || Double.parseDouble(kg) <= 0) {
        fail(r, "gross_kg", "not a positive kg with at most 3 decimals");
      }
      String value = r.get("value_usd");
      if (!value.isEmpty() && !DECIMAL.matcher(value).matches()) {
        fail(r, "value_usd", "not a decimal >= 0");
      }
      String trader = r.get("trader_id");
      if (trader.isEmpty() || trader.length() > 64) {
        fail(r, "trader_id", "not 1-64 chars");
      }
      String control = r.get("control_type");
      String result = r.get("inspection_result");
      if (!Set.of("NONE", "DOCUMENTARY", "RISK_TARGETED", "RANDOM", "INTELLIGENCE").contains(control)) {
        fail(r, "control_type", "unknown");
      }
      boolean uninspected = control.equals("NONE") || control.equals("DOCUMENTARY");
      if (uninspected != result.equals("NOT_INSPECTED")
          || !Set.of("NOT_INSPECTED", "COMPLIANT", "VIOLATION").contains(result)) {
        fail(r, "inspection_result", "does not go with control_type " + control);
      }
    }
    return byId;
  }

  private Set<String> campaigns() {
    Set<String> ids = new HashSet<>();
    for (Row r : folder.campaigns) {
      String id = r.get("campaign_id");
      if (!CAMPAIGN_ID.matcher(id).matches() || !ids.add(id)) {
        fail(r, "campaign_id", "not [A-Z0-9_-]+ or not unique");
      }
      if (r.get("name").isEmpty()) {
        fail(r, "name", "empty");
      }
      LocalDate start = date(r, "start_date", true);
      LocalDate end = date(r, "end_date", true);
      if (start != null && end != null && start.isAfter(end)) {
        fail(r, "end_date", "before start_date");
      }
      String scope = r.get("scope_ports");
      if (!scope.equals("*")) {
        for (String p : scope.split(";", -1)) {
          if (!PORTS.contains(p)) {
            fail(r, "scope_ports", p + " is not a known port");
          }
        }
      }
      String admins = r.get("participating_admins");
      if (!INTEGER.matcher(admins).matches() || Integer.parseInt(admins) < 1) {
        fail(r, "participating_admins", "not an integer >= 1");
      }
    }
    return ids;
  }

  private void seizures(Map<String, Row> declarations, Set<String> campaignIds) {
    Set<String> ids = new HashSet<>();
    for (Row r : folder.seizures) {
      String id = r.get("seizure_id");
      if (id.isEmpty() || id.length() > 64 || !ids.add(id)) {
        fail(r, "seizure_id", "empty, too long or not unique");
      }
      LocalDate date = date(r, "seizure_date", true);
      String port = r.get("port");
      if (!PORTS.contains(port)) {
        fail(r, "port", "not a known port");
        continue;
      }
      String here = port.substring(0, 2);
      if (!r.get("reporting_country").equals(here)) {
        fail(r, "reporting_country", "not the port's country");
      }
      String origin = r.get("origin_country");
      String destination = r.get("destination_country");
      country(r, "origin_country", true);
      country(r, "destination_country", true);
      String direction = r.get("direction");
      if (destination.equals(here) && !direction.equals("IMPORT")
          || origin.equals(here) && !destination.equals(here) && !direction.equals("EXPORT")
          || !destination.equals(here) && !origin.equals(here) && !origin.equals("ZZ") && !destination.equals("ZZ")
              && !direction.equals("TRANSIT")
          || !Set.of("IMPORT", "EXPORT", "TRANSIT").contains(direction)) {
        fail(r, "direction", direction + " does not fit the port's country " + here);
      }
      transits(r, origin, destination);
      if (!Set.of("SEA", "ROAD", "RAIL", "AIR", "POSTAL").contains(r.get("conveyance"))) {
        fail(r, "conveyance", "unknown");
      }
      if (!r.get("hs_code").isEmpty()) {
        hsCode(r, date, false);
      }
      String category = r.get("waste_category");
      if (!CATEGORIES.contains(category)) {
        fail(r, "waste_category", "missing or unknown");
      }
      basel(r, category, date);
      String kg = r.get("quantity_kg");
      String pieces = r.get("pieces");
      if (kg.isEmpty() && pieces.isEmpty()) {
        fail(r, "quantity_kg", "neither quantity_kg nor pieces given");
      }
      if (!kg.isEmpty() && !KG.matcher(kg).matches()) {
        fail(r, "quantity_kg", "not a kg >= 0 with at most 3 decimals");
      }
      if (!pieces.isEmpty() && !INTEGER.matcher(pieces).matches()) {
        fail(r, "pieces", "not an integer >= 0");
      }
      if (!Set.of("RISK_PROFILING", "INTELLIGENCE", "RANDOM", "NON_INTRUSIVE", "DOCUMENT_CHECK", "OTHER")
          .contains(r.get("detection_method"))) {
        fail(r, "detection_method", "unknown");
      }
      outcome(r, date);
      String operation = r.get("operation");
      if (!operation.isEmpty() && !campaignIds.contains(operation)) {
        fail(r, "operation", "not a campaign_id");
      }
      String declarationId = r.get("declaration_id");
      if (!declarationId.isEmpty()) {
        linkedDeclaration(r, declarations.get(declarationId), date);
      }
      if (r.get("notes").length() > 2000) {
        fail(r, "notes", "longer than 2000");
      }
    }
  }

  private void outcome(Row r, LocalDate date) {
    String outcome = r.get("outcome");
    if (!Set.of("PENDING", "REPATRIATED", "DISPOSED", "RELEASED", "PROSECUTED").contains(outcome)) {
      fail(r, "outcome", "unknown");
    }
    String outcomeDate = r.get("outcome_date");
    if (outcome.equals("PENDING") != outcomeDate.isEmpty()) {
      fail(r, "outcome_date", "must be blank exactly when outcome is PENDING");
    } else if (!outcomeDate.isEmpty()) {
      LocalDate od = date(r, "outcome_date", true);
      if (od != null && date != null && od.isBefore(date)) {
        fail(r, "outcome_date", "before seizure_date");
      }
    }
  }

  /** A seizure found on a declaration: same port, lane and goods as declared, the same month, on a violation. */
  private void linkedDeclaration(Row r, Row d, LocalDate date) {
    if (d == null) {
      fail(r, "declaration_id", "no such declaration");
      return;
    }
    for (String column : List.of("port", "reporting_country", "direction", "origin_country", "destination_country",
        "transit_countries", "hs_code")) {
      if (!r.get(column).equals(d.get(column))) {
        fail(r, column, "differs from declaration " + d.get("declaration_id"));
      }
    }
    if (!d.get("inspection_result").equals("VIOLATION")) {
      fail(r, "declaration_id", "linked declaration is not a VIOLATION");
    }
    LocalDate declared = d.date("declaration_date");
    if (date != null && (date.isBefore(declared) || !d.month("declaration_date").equals(r.month("seizure_date")))) {
      fail(r, "seizure_date", "not on or after the declaration date within its month");
    }
  }

  private void licences() {
    Set<String> ids = new HashSet<>();
    for (Row r : folder.licences) {
      if (!ids.add(r.get("licence_id")) || r.get("licence_id").isEmpty()) {
        fail(r, "licence_id", "empty or not unique");
      }
      if (r.get("trader_id").isEmpty()) {
        fail(r, "trader_id", "empty");
      }
      if (!Pattern.matches("\\d{2,6}", r.get("hs_prefix"))) {
        fail(r, "hs_prefix", "not 2-6 digits");
      }
      String quota = r.get("quota_kg");
      if (!KG.matcher(quota).matches() || Double.parseDouble(quota) <= 0) {
        fail(r, "quota_kg", "not a positive kg");
      }
      LocalDate from = date(r, "valid_from", true);
      LocalDate to = date(r, "valid_to", true);
      if (from != null && to != null && from.isAfter(to)) {
        fail(r, "valid_to", "before valid_from");
      }
      String port = r.get("port");
      if (!port.isEmpty() && !PORTS.contains(port)) {
        fail(r, "port", "not a known port");
      }
    }
  }

  private void hsCode(Row r, LocalDate date, boolean declared) {
    String hs = r.get("hs_code");
    if (!Pattern.matches("\\d{6}", hs)) {
      fail(r, "hs_code", "not 6 digits");
      return;
    }
    if (category(hs) == null) {
      fail(r, "hs_code", hs + " is not in the HS-to-category mapping");
    }
    if (date != null && hs.startsWith("8549") && date.isBefore(HS_2022)) {
      fail(r, "hs_code", hs + " (HS 2022) used before 2022");
    }
    if (date != null && hs.startsWith("8548") && !date.isBefore(HS_2022)) {
      fail(r, "hs_code", hs + " (HS 2017) used from 2022");
    }
  }

  private void basel(Row r, String category, LocalDate date) {
    String code = r.get("basel_code");
    if (code.isEmpty()) {
      return;
    }
    Set<String> allowed = BASEL_BY_CATEGORY.get(category);
    if (allowed == null || !allowed.contains(code)) {
      fail(r, "basel_code", code + " does not fit " + category);
      return;
    }
    LocalDate[] window = BASEL_IN_FORCE.get(code);
    if (date != null && (date.isBefore(window[0]) || date.isAfter(window[1]))) {
      fail(r, "basel_code", code + " not in force on " + date);
    }
  }

  private void transits(Row r, String origin, String destination) {
    String transits = r.get("transit_countries");
    if (transits.isEmpty()) {
      return;
    }
    for (String t : transits.split(";", -1)) {
      if (!COUNTRIES.contains(t) || t.equals(origin) || t.equals(destination)) {
        fail(r, "transit_countries", "'" + t + "' is not a transit country");
      }
    }
  }

  private void country(Row r, String column, boolean unknownAllowed) {
    String c = r.get(column);
    if (!(COUNTRIES.contains(c) || unknownAllowed && c.equals("ZZ"))) {
      fail(r, column, "'" + c + "' is not an ISO 3166-1 alpha-2 code");
    }
  }

  private LocalDate date(Row r, String column, boolean inPeriod) {
    String text = r.get(column);
    if (!DATE.matcher(text).matches()) {
      fail(r, column, "'" + text + "' is not yyyy-MM-dd");
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(text);
      if (inPeriod && (date.isBefore(folder.options.firstDate()) || date.isAfter(folder.options.lastDate()))) {
        fail(r, column, text + " is outside the generated period");
      }
      return date;
    } catch (DateTimeParseException e) {
      fail(r, column, "'" + text + "' is not a calendar date");
      return null;
    }
  }

  private void fail(Row r, String column, String message) {
    problems.add(r.file() + ":" + r.line() + " " + column + ": " + message);
  }

  private static void basel(String category, String... codes) {
    BASEL_BY_CATEGORY.put(category, Set.of(codes));
  }
}
