package org.wastetrail.jobs.generate;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/** The four input files of the data contract: names, headers in the contract's order, and one row per record. */
final class InputFiles {

  static final String LICENCES = "licences.csv";
  static final String CAMPAIGNS = "campaigns.csv";
  static final String TRUTH = "truth.json";

  static final List<String> DECLARATION_COLUMNS = List.of(
      "declaration_id", "declaration_date", "reporting_country", "port", "direction", "origin_country",
      "destination_country", "transit_countries", "hs_code", "goods_description", "gross_kg", "value_usd",
      "trader_id", "licence_id", "control_type", "inspection_result");

  static final List<String> SEIZURE_COLUMNS = List.of(
      "seizure_id", "seizure_date", "reporting_country", "port", "direction", "origin_country", "transit_countries",
      "destination_country", "conveyance", "hs_code", "basel_code", "waste_category", "quantity_kg", "pieces",
      "detection_method", "misdeclared_as", "outcome", "outcome_date", "operation", "declaration_id", "notes");

  static final List<String> LICENCE_COLUMNS = List.of(
      "licence_id", "trader_id", "hs_prefix", "quota_kg", "valid_from", "valid_to", "port");

  static final List<String> CAMPAIGN_COLUMNS = List.of(
      "campaign_id", "name", "start_date", "end_date", "scope_ports", "participating_admins", "description");

  private InputFiles() {}

  static String declarationsFile(YearMonth month) {
    return "declarations-" + month + ".csv";
  }

  static String seizuresFile(YearMonth month) {
    return "seizures-" + month + ".csv";
  }

  /** True for a file name the contract's ingest would read as input. */
  static boolean isInputFile(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".csv")
        && (lower.startsWith("declarations") || lower.startsWith("seizures") || lower.startsWith("licences")
            || lower.startsWith("campaigns"));
  }

  static void write(CsvWriter out, Declaration d) {
    Shipment s = d.shipment();
    out.plain(d.id()).date(s.date()).plain(s.port().country()).plain(s.port().locode()).plain(s.direction().name())
        .plain(s.route().origin()).plain(s.route().destination()).plain(s.route().transitText()).plain(s.hsCode())
        .text(s.description()).kilograms(s.grossGrams());
    if (s.valueCents() < 0) {
      out.blank();
    } else {
      out.cents(s.valueCents());
    }
    out.plain(s.traderId()).plain(d.licenceId()).plain(d.control().name()).plain(d.result().name());
    out.endRow();
  }

  static void write(CsvWriter out, Seizure s) {
    out.plain(s.id()).date(s.date()).plain(s.port().country()).plain(s.port().locode()).plain(s.direction().name())
        .plain(s.origin()).plain(s.transits()).plain(s.destination()).plain(s.conveyance().name()).plain(s.hsCode())
        .plain(s.baselCode()).plain(s.category().name());
    if (s.quantityGrams() < 0) {
      out.blank();
    } else {
      out.kilograms(s.quantityGrams());
    }
    if (s.pieces() < 0) {
      out.blank();
    } else {
      out.number(s.pieces());
    }
    out.plain(s.detection().name()).text(s.misdeclaredAs()).plain(s.outcome().name()).date(s.outcomeDate())
        .plain(s.operation()).plain(s.declarationId()).text(s.notes());
    out.endRow();
  }

  static void write(CsvWriter out, Licence l) {
    out.plain(l.id()).plain(l.traderId()).plain(l.hsPrefix()).kilograms(l.quotaGrams()).date(l.validFrom())
        .date(l.validTo()).plain(l.port());
    out.endRow();
  }

  static void write(CsvWriter out, Campaign c) {
    out.plain(c.id()).text(c.name()).date(c.start()).date(c.end()).plain(String.join(";", c.scopePorts()))
        .number(c.participatingAdministrations()).text(c.description());
    out.endRow();
  }
}
