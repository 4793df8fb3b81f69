package org.wastetrail.reports.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.wastetrail.reports.campaign.CampaignData.Window;
import org.wastetrail.reports.data.DataTable;
import org.wastetrail.reports.model.Formats;
import org.wastetrail.reports.model.Messages;

/**
 * What keeps a reader from over-reading a campaign's numbers, in the report's language: windows outside the data,
 * participation and scope that differ, code-list changes crossed, and what seizure counts and hit rates measure.
 */
final class Caveats {
  /** Code-list changes that are structural breaks (the analytics notes name the same ones), by the date they took effect. */
  static final Map<LocalDate, String> CODE_CHANGES = new TreeMap<>(Map.of(
      LocalDate.of(2021, 1, 1), "basel2021",
      LocalDate.of(2022, 1, 1), "hs2022",
      LocalDate.of(2025, 1, 1), "basel2025"));

  private final Messages m;
  private final Formats f;
  private final CampaignData data;

  Caveats(Messages messages, CampaignData data) {
    this.m = messages;
    this.f = new Formats(messages.locale());
    this.data = data;
  }

  /** The caveats of one operation's review. */
  List<String> of(Window w) {
    List<String> caveats = new ArrayList<>();
    LocalDate first = data.firstDate();
    LocalDate last = data.lastDate();
    if (last != null && w.end().isAfter(last)) {
      caveats.add(m.format("caveat.incomplete", last.toString()));
    }
    if (first != null && w.priorFrom().isBefore(first)) {
      caveats.add(m.format("caveat.prior_before", f.count(w.days()), first.toString()));
    }
    Set<String> crossed = new HashSet<>();
    for (String baseline : data.baselines(w.id())) {
      DataTable.Row r = data.comparison(w.id(), baseline, CampaignData.IN_SCOPE);
      if (r == null) {
        continue;
      }
      if (baseline.equals(CampaignData.PREVIOUS_YEAR) && first != null
          && LocalDate.parse(r.text("baseline_from")).isBefore(first)) {
        caveats.add(m.format("caveat.year_before", first.toString()));
      }
      crossed.addAll(changesBetween(LocalDate.parse(r.text("baseline_to")), w.start()));
    }
    CODE_CHANGES.values().stream().filter(crossed::contains)
        .forEach(change -> caveats.add(m.format("caveat.code_change", m.get("code_change." + change))));
    caveats.add(m.format("caveat.participation", f.count(w.admins())));
    caveats.add(m.get("caveat.targeted"));
    caveats.add(m.get("caveat.unweighed"));
    return caveats;
  }

  /** The caveats of comparing two editions. */
  List<String> between(Window later, Window earlier) {
    List<String> caveats = new ArrayList<>();
    if (later.admins() != earlier.admins()) {
      caveats.add(m.format("caveat.admins_differ", later.name(), f.count(later.admins()), earlier.name(),
          f.count(earlier.admins())));
    }
    if (!java.util.Objects.equals(later.scopePorts(), earlier.scopePorts())) {
      caveats.add(m.format("caveat.scope_differs", later.name(), earlier.name()));
    }
    if (later.days() != earlier.days()) {
      caveats.add(m.format("caveat.days_differ", later.name(), f.count(later.days()), earlier.name(),
          f.count(earlier.days())));
    }
    for (String change : changesBetween(earlier.end(), later.start())) {
      caveats.add(m.format("caveat.code_change_editions", earlier.name(), later.name(),
          m.get("code_change." + change)));
    }
    return caveats;
  }

  /** The code-list changes that took effect after {@code before} and on or before {@code after}. */
  static List<String> changesBetween(LocalDate before, LocalDate after) {
    List<String> crossed = new ArrayList<>();
    CODE_CHANGES.forEach((date, change) -> {
      if (before.isBefore(date) && !after.isBefore(date)) {
        crossed.add(change);
      }
    });
    return crossed;
  }
}
