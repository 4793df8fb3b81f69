package org.wastetrail.jobs.generate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/** The ports the generator uses (all in the shipped ports reference), grouped by country. */
final class Ports {

  static final List<Port> ALL =
      List.of(
          new Port("CNNGB", 3), new Port("CNSHA", 3), new Port("CNSZX", 1.5), new Port("CNYTN", 1.5),
          new Port("CNHUA", 1), new Port("CNNSA", 1), new Port("CNXMN", 1), new Port("CNTAO", 1.5),
          new Port("CNTXG", 1.5), new Port("HKHKG", 1), new Port("MYPKG", 3), new Port("MYPEN", 1),
          new Port("VNHPH", 1.5), new Port("VNCLI", 2), new Port("THLCH", 1), new Port("IDJKT", 1),
          new Port("PHMNL", 1), new Port("SGSIN", 1), new Port("INNSA", 1), new Port("PKKHI", 1),
          new Port("AEJEA", 1), new Port("TRMER", 1), new Port("NLRTM", 1), new Port("BEANR", 1),
          new Port("DEHAM", 3), new Port("DEBRV", 1), new Port("GBFXT", 3), new Port("GBSOU", 1),
          new Port("FRLEH", 1), new Port("ITGOA", 1.5), new Port("ITSPE", 1), new Port("ESALG", 1),
          new Port("ESVLC", 1.5), new Port("PTLEI", 1), new Port("IEDUB", 1), new Port("PLGDN", 1),
          new Port("GHTEM", 1), new Port("NGAPP", 2), new Port("NGTIN", 1), new Port("TGLFW", 1),
          new Port("BJCOO", 1), new Port("CIABJ", 1), new Port("KEMBA", 1), new Port("USLAX", 2),
          new Port("USLGB", 1.5), new Port("USNYC", 1.5), new Port("CAVAN", 1), new Port("JPYOK", 1),
          new Port("KRPUS", 1));

  /** US waste bound for Asia leaves from the West Coast; the rest from New York. */
  private static final Set<String> ASIA_PACIFIC =
      Set.of("CN", "HK", "JP", "KR", "MY", "TH", "VN", "ID", "PH", "SG");

  private static final Set<String> EUROPE =
      Set.of("NL", "BE", "DE", "GB", "FR", "IT", "ES", "PT", "IE", "PL");

  private static final Map<String, Port[]> BY_COUNTRY = byCountry();
  private static final Map<String, Port> BY_LOCODE = byLocode();

  private Ports() {}

  static boolean hasPort(String country) {
    return BY_COUNTRY.containsKey(country);
  }

  static Port of(String locode) {
    Port port = BY_LOCODE.get(locode);
    if (port == null) {
      throw new IllegalArgumentException("not a generator port: " + locode);
    }
    return port;
  }

  static boolean isEuropean(String country) {
    return EUROPE.contains(country);
  }

  /** Where customs meets a shipment on the route: mostly at destination or origin, sometimes at a transit hub. */
  static Port onRoute(SplittableRandom rng, Route route) {
    double u = rng.nextDouble();
    if (u < 0.10 && route.transitCount() > 0) {
      return pick(rng, route.transit(rng.nextInt(route.transitCount())), route.destination());
    }
    if (u < 0.45) {
      return pick(rng, route.origin(), route.destination());
    }
    return pick(rng, route.destination(), route.origin());
  }

  /** A port of the country, by weight; for US shipments the coast that faces the partner country. */
  static Port pick(SplittableRandom rng, String country, String partner) {
    Port[] ports = BY_COUNTRY.get(country);
    if ("US".equals(country)) {
      return ASIA_PACIFIC.contains(partner)
          ? ports[rng.nextDouble() < 0.57 ? 0 : 1]
          : ports[2];
    }
    if (ports.length == 1) {
      return ports[0];
    }
    double total = 0;
    for (Port p : ports) {
      total += p.weight();
    }
    double u = rng.nextDouble() * total;
    for (Port p : ports) {
      u -= p.weight();
      if (u < 0) {
        return p;
      }
    }
    return ports[ports.length - 1];
  }

  private static Map<String, Port[]> byCountry() {
    Map<String, Port[]> map = new HashMap<>();
    for (Port p : ALL) {
      map.merge(p.country(), new Port[] {p}, Ports::append);
    }
    return map;
  }

  private static Map<String, Port> byLocode() {
    Map<String, Port> map = new HashMap<>();
    for (Port p : ALL) {
      map.put(p.locode(), p);
    }
    return map;
  }

  private static Port[] append(Port[] a, Port[] b) {
    Port[] joined = new Port[a.length + b.length];
    System.arraycopy(a, 0, joined, 0, a.length);
    System.arraycopy(b, 0, joined, a.length, b.length);
    return joined;
  }
}
