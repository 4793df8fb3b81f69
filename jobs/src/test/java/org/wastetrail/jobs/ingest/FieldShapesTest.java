package org.wastetrail.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The field shapes are checked by hand-written loops: they must accept exactly what the documented patterns do. */
class FieldShapesTest {
  /** Digits, letters of both cases, the separators the shapes use, a space, and look-alikes from beyond ASCII. */
  private static final String ALPHABET = "0123456789AZMQ29az-._ ;٣０Ａ";

  @Test
  @DisplayName("by hand: dates, ports, campaign ids and numbers")
  void byHand() {
    assertTrue(FieldParser.isDate("2024-02-30"), "the shape only; the calendar is checked after");
    assertFalse(FieldParser.isDate("2024-2-03"));
    assertTrue(FieldParser.isLocode("CNSHA"));
    assertTrue(FieldParser.isLocode("DE2HH"));
    assertFalse(FieldParser.isLocode("DE1HH"), "UN/LOCODE uses the digits 2 to 9 only");
    assertTrue(FieldParser.isCampaignId("DEMETER-IX_2023"));
    assertFalse(FieldParser.isCampaignId(""));
    assertTrue(FieldParser.isDecimal("-0.5"));
    assertFalse(FieldParser.isDecimal("1."));
    assertFalse(FieldParser.isDecimal(".5"));
    assertFalse(FieldParser.isDecimal("-"));
    assertFalse(FieldParser.isInteger("+1"));
    assertFalse(FieldParser.isInteger("٣"), "an Arabic-Indic digit is not a digit here");
  }

  @Test
  @DisplayName("agree with the regular expressions on 200,000 random strings")
  void asTheRegularExpressions() {
    Random random = new Random(20261204);
    check(random, "[0-9]{4}-[0-9]{2}-[0-9]{2}", FieldParser::isDate, "2024-01-31");
    check(random, "[A-Z]{2}[A-Z2-9]{3}", FieldParser::isLocode, "NLRTM");
    check(random, "[A-Z0-9_-]+", FieldParser::isCampaignId, "OP-1");
    check(random, "-?[0-9]+(\\.[0-9]+)?", FieldParser::isDecimal, "-12.50");
    check(random, "-?[0-9]+", FieldParser::isInteger, "-120");
  }

  private static void check(Random random, String regex, Predicate<String> shape, String seed) {
    Pattern pattern = Pattern.compile(regex);
    int accepted = 0;
    for (int i = 0; i < 40_000; i++) {
      String text = i % 2 == 0 ? mutate(random, seed) : randomText(random, 1 + random.nextInt(11));
      boolean expected = pattern.matcher(text).matches();
      assertEquals(expected, shape.test(text), regex + " on '" + text + "'");
      accepted += expected ? 1 : 0;
    }
    assertTrue(accepted > 100, regex + ": too few matching strings drawn (" + accepted + ") for the test to mean much");
  }

  /** A valid example with one character changed, dropped or added, or none. */
  private static String mutate(Random random, String seed) {
    StringBuilder text = new StringBuilder(seed);
    int at = random.nextInt(seed.length());
    switch (random.nextInt(4)) {
      case 0 -> text.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      case 1 -> text.deleteCharAt(at);
      case 2 -> text.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      default -> { }
    }
    return text.toString();
  }

  private static String randomText(Random random, int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return text.toString();
  }
}
