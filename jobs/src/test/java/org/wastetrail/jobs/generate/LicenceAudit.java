package org.wastetrail.jobs.generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wastetrail.jobs.generate.GeneratedFolder.Row;

/**
 * The licence breaches in a folder, found as an analyst would: every IMPORT under a licensed HS prefix must quote a
 * licence of its own trader that covers its goods, port and date, and the imports quoting a licence, in date order,
 * must stay within its quota.
 */
final class LicenceAudit {

  /** A breach: its kind, the declaration that shows it, and for a quota the excess in kg. */
  record Breach(String kind, String declarationId, String licenceId, BigDecimal excessKg) {}

  private LicenceAudit() {}

  static List<Breach> breaches(GeneratedFolder folder) {
    Map<String, Row> licences = folder.licencesById();
    List<String> prefixes = licences.values().stream().map(l -> l.get("hs_prefix")).distinct().toList();
    List<Row> declarations = new ArrayList<>(folder.declarations);
    declarations.sort(Comparator.comparing((Row r) -> r.get("declaration_date"))
        .thenComparing(r -> r.get("declaration_id")));
    List<Breach> breaches = new ArrayList<>();
    Map<String, BigDecimal> used = new HashMap<>();
    for (Row d : declarations) {
      String licenceId = d.get("licence_id");
      boolean licensedImport = d.get("direction").equals("IMPORT")
          && prefixes.stream().anyMatch(p -> d.get("hs_code").startsWith(p));
      String id = d.get("declaration_id");
      if (!licensedImport) {
        if (!licenceId.isEmpty()) {
          breaches.add(new Breach("QUOTED_WITHOUT_NEED", id, licenceId, null));
        }
        continue;
      }
      if (licenceId.isEmpty()) {
        breaches.add(new Breach("NO_LICENCE", id, null, null));
        continue;
      }
      Row l = licences.get(licenceId);
      if (l == null) {
        breaches.add(new Breach("UNKNOWN_LICENCE", id, licenceId, null));
        continue;
      }
      LocalDate date = d.date("declaration_date");
      if (!l.get("trader_id").equals(d.get("trader_id"))) {
        breaches.add(new Breach("OTHER_TRADER", id, licenceId, null));
      }
      if (!d.get("hs_code").startsWith(l.get("hs_prefix"))) {
        breaches.add(new Breach("OTHER_GOODS", id, licenceId, null));
      }
      if (date.isBefore(l.date("valid_from")) || date.isAfter(l.date("valid_to"))) {
        breaches.add(new Breach("EXPIRED", id, licenceId, null));
      }
      if (!l.get("port").isEmpty() && !l.get("port").equals(d.get("port"))) {
        breaches.add(new Breach("WRONG_PORT", id, licenceId, null));
      }
      BigDecimal quota = new BigDecimal(l.get("quota_kg"));
      BigDecimal before = used.getOrDefault(licenceId, BigDecimal.ZERO);
      BigDecimal after = before.add(new BigDecimal(d.get("gross_kg")));
      used.put(licenceId, after);
      if (before.compareTo(quota) <= 0 && after.compareTo(quota) > 0) {
        breaches.add(new Breach("QUOTA_EXCEEDED", id, licenceId, null));
      }
    }
    List<Breach> withExcess = new ArrayList<>();
    for (Breach b : breaches) {
      if (b.kind().equals("QUOTA_EXCEEDED")) {
        BigDecimal quota = new BigDecimal(licences.get(b.licenceId()).get("quota_kg"));
        withExcess.add(new Breach(b.kind(), b.declarationId(), b.licenceId(),
            used.get(b.licenceId()).subtract(quota).stripTrailingZeros()));
      } else {
        withExcess.add(b);
      }
    }
    return withExcess;
  }
}
