package org.wastetrail.jobs.generate;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The operations of the base world, modelled on real ones: a one-month WCO Demeter-style operation every October at
 * the same eight ports, with the published number of participating administrations, and one ten-month national
 * campaign at China's ports modelled on Green Fence (2013).
 */
final class Campaigns {

  static final List<String> DEMETER_SCOPE =
      List.of("NLRTM", "DEHAM", "GBFXT", "ITGOA", "MYPKG", "VNHPH", "THLCH", "HKHKG");

  static final List<String> CHINA_PORTS =
      List.of("CNNGB", "CNSHA", "CNSZX", "CNYTN", "CNHUA", "CNNSA", "CNXMN", "CNTAO", "CNTXG");

  /** Participating administrations as the WCO published them (DOMAIN.md); other years are interpolated. */
  private static final TreeMap<Integer, Integer> DEMETER_ADMINS =
      new TreeMap<>(Map.of(2009, 64, 2013, 44, 2018, 75, 2019, 83, 2020, 73, 2022, 90, 2023, 106, 2025, 120));

  private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
      "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"};

  private Campaigns() {}

  /** The campaigns whose windows lie inside the months, Demeter editions first, in date order. */
  static List<Campaign> within(List<YearMonth> months) {
    List<Campaign> campaigns = new ArrayList<>();
    for (YearMonth m : months) {
      if (m.getMonth() == Month.OCTOBER) {
        campaigns.add(demeter(m.getYear()));
      }
    }
    YearMonth first = months.get(0);
    YearMonth last = months.get(months.size() - 1);
    for (int year = first.getYear(); year <= last.getYear(); year++) {
      if (!YearMonth.of(year, 2).isBefore(first) && !YearMonth.of(year, 11).isAfter(last)) {
        campaigns.add(nationalCampaign(year));
        break;
      }
    }
    return List.copyOf(campaigns);
  }

  /** The campaign id a seizure at the port on the date is booked under, or "". */
  static String operationAt(List<Campaign> campaigns, String port, LocalDate date) {
    for (Campaign c : campaigns) {
      if (c.covers(port, date)) {
        return c.id();
      }
    }
    return "";
  }

  private static Campaign demeter(int year) {
    int edition = year - 2014;
    String id = edition >= 4 && edition <= ROMAN.length ? "DEMETER-" + ROMAN[edition - 1] : "DEMETER-" + year;
    boolean published = DEMETER_ADMINS.containsKey(year);
    int admins = administrations(year);
    String description =
        "WCO-coordinated operation against illegal transboundary shipments of waste (e-waste, plastics, ODS), "
            + "1–31 October " + year + "; " + admins + " administrations" + (published ? "" : " (approx.)") + ".";
    return new Campaign(id, "WCO Operation Demeter " + id.substring("DEMETER-".length()), LocalDate.of(year, 10, 1),
        LocalDate.of(year, 10, 31), DEMETER_SCOPE, admins, description);
  }

  private static Campaign nationalCampaign(int year) {
    return new Campaign("GREENFENCE-" + year, "National Green Fence-style campaign " + year,
        LocalDate.of(year, 2, 1), LocalDate.of(year, 11, 30), CHINA_PORTS, 1,
        "Ten-month national campaign against foreign-waste smuggling at China's ports, modelled on Operation Green"
            + " Fence (2013).");
  }

  private static int administrations(int year) {
    Map.Entry<Integer, Integer> below = DEMETER_ADMINS.floorEntry(year);
    Map.Entry<Integer, Integer> above = DEMETER_ADMINS.ceilingEntry(year);
    if (below == null) {
      return above.getValue();
    }
    if (above == null || above.getKey().equals(below.getKey())) {
      return below.getValue();
    }
    double t = (year - below.getKey()) / (double) (above.getKey() - below.getKey());
    return (int) Math.round(below.getValue() + t * (above.getValue() - below.getValue()));
  }
}
