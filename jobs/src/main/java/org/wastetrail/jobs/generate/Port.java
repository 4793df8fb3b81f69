package org.wastetrail.jobs.generate;

/** A seaport by UN/LOCODE; its country is the first two letters, and its weight is its share of its country's traffic. */
record Port(String locode, double weight) {

  String country() {
    return locode.substring(0, 2);
  }
}
