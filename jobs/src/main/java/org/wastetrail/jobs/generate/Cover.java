package org.wastetrail.jobs.generate;

import java.util.SplittableRandom;

/** What waste is passed off as: the declared description and HS code that hide the real goods. */
enum Cover {
  USED_GOODS(new String[] {"630900"},
      "used household goods", "personal effects", "Gebrauchte Haushaltsgegenstände",
      "used clothing, household goods"),
  MACHINERY(new String[] {"841581"}, "second-hand machinery", "used machinery, for reuse"),
  METAL(new String[] {"720449"}, "metal scrap", "mixed metal scrap"),
  RAW_MATERIALS(new String[] {"391590"}, "raw materials", "recycled raw materials, \"not waste\""),
  PLASTIC_SCRAP(new String[] {"391590", "391510"}, "plastic scrap for recycling"),
  PAPER(new String[] {"470790"}, "mixed paper for recycling");

  private final String[] hsCodes;
  private final String[] texts;

  Cover(String[] hsCodes, String... texts) {
    this.hsCodes = hsCodes;
    this.texts = texts;
  }

  String hsCode(SplittableRandom rng) {
    return hsCodes[rng.nextInt(hsCodes.length)];
  }

  String text(SplittableRandom rng) {
    return texts[rng.nextInt(texts.length)];
  }
}
