package org.wastetrail.jobs.generate;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A trade lane: origin, transit countries in order, destination and the waste that moves on it, with its relative
 * volume in three eras (before China's 2018 import ban, 2018-2020, from 2021) and how risky its shipments are.
 */
final class Route {

  private final String origin;
  private final String[] transits;
  private final String destination;
  private final String transitText;
  private final WasteCategory category;
  private final double[] eraWeights;
  private final double risk;
  private final double coverProbability;
  private final Cover[] covers;

  Route(String path, WasteCategory category, double[] eraWeights, double risk, double coverProbability, Cover[] covers) {
    String[] countries = path.split("-");
    if (countries.length < 2) {
      throw new IllegalArgumentException("a route needs an origin and a destination: " + path);
    }
    this.origin = countries[0];
    this.destination = countries[countries.length - 1];
    this.transits = Arrays.copyOfRange(countries, 1, countries.length - 1);
    this.transitText = String.join(";", transits);
    this.category = category;
    this.eraWeights = eraWeights.clone();
    this.risk = risk;
    this.coverProbability = coverProbability;
    this.covers = covers.clone();
  }

  String origin() {
    return origin;
  }

  String destination() {
    return destination;
  }

  /** The transit countries as the contract writes them: separated by ";", in route order, "" when none. */
  String transitText() {
    return transitText;
  }

  int transitCount() {
    return transits.length;
  }

  String transit(int i) {
    return transits[i];
  }

  WasteCategory category() {
    return category;
  }

  double risk() {
    return risk;
  }

  double coverProbability() {
    return coverProbability;
  }

  boolean connects(String fromCountry, String toCountry) {
    return origin.equals(fromCountry) && destination.equals(toCountry);
  }

  /** Relative volume in the year: the 2018 and 2021 Chinese import bans redrew the map. */
  double weightIn(int year) {
    return year < 2018 ? eraWeights[0] : year < 2021 ? eraWeights[1] : eraWeights[2];
  }

  /** The cover used when a shipment on this route is passed off as something else, or null. */
  Cover pickCover(SplittableRandom rng) {
    return covers.length == 0 ? null : covers[rng.nextInt(covers.length)];
  }

  @Override
  public String toString() {
    return transits.length == 0 ? origin + "->" + destination : origin + "->" + transitText + "->" + destination;
  }
}
