package org.wastetrail.jobs.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wastetrail.jobs.generate.GeneratedFolder.Row;
import org.wastetrail.jobs.generate.LicenceAudit.Breach;

/**
 * Each planted signal is present at the strength truth.json states, counted straight from the files, and absent from
 * the same world generated with --no-signals.
 */
@DisplayName("Planted signals")
class PlantedSignalsTest {

  @TempDir static Path tmp;
  private static GeneratedFolder planted;
  private static GeneratedFolder clean;
  private static JsonNode truth;

  @BeforeAll
  static void generate() throws IOException {
    planted = GeneratedFolder.generate(tmp.resolve("signals"), 21, 20_000, "2022-01", "2024-12", true);
    clean = GeneratedFolder.generate(tmp.resolve("clean"), 21, 20_000, "2022-01", "2024-12", false);
    truth = planted.truth.get("signals");
  }

  @Test
  @DisplayName("--no-signals lists no signal in truth.json")
  void cleanTruthIsEmpty() {
    assertEquals(0, clean.truth.get("signals").size());
    assertEquals(8, truth.size());
  }

  @Nested
  @DisplayName("the seizure spike")
  class Spike {
    @Test
    @DisplayName("adds exactly the planted number of seizures at its port in its month")
    void extraSeizures() {
      JsonNode spike = truth.get("seizure_spike");
      String port = spike.get("port").asText();
      YearMonth month = YearMonth.parse(spike.get("month").asText());
      Predicate<Row> atSpike = s -> s.get("port").equals(port) && s.month("seizure_date").equals(month);
      long withSignal = count(planted.seizures, atSpike);
      long without = count(clean.seizures, atSpike);
      assertEquals(spike.get("extra_seizures").asLong(), withSignal - without);
      assertEquals(spike.get("seizures_in_month").asLong(), withSignal);
      assertTrue(spike.get("extra_seizures").asLong() >= 12);
      assertTrue(withSignal >= 3 * Math.max(1, without), "a spike stands out: " + withSignal + " vs " + without);
    }
  }

  @Nested
  @DisplayName("the emerging route")
  class Emerging {
    @Test
    @DisplayName("has no record at all before its first quarter and records every month from then on")
    void noHistoryThenSteady() {
      JsonNode route = truth.get("emerging_route");
      String origin = route.get("origin_country").asText();
      String destination = route.get("destination_country").asText();
      LocalDate start = YearMonth.parse(route.get("first_month").asText()).atDay(1);
      Predicate<Row> onRoute =
          r -> r.get("origin_country").equals(origin) && r.get("destination_country").equals(destination);
      List<Row> declarations = planted.declarations.stream().filter(onRoute).toList();
      List<Row> seizures = planted.seizures.stream().filter(onRoute).toList();
      assertTrue(declarations.stream().allMatch(d -> !d.date("declaration_date").isBefore(start)));
      assertTrue(seizures.stream().allMatch(s -> !s.date("seizure_date").isBefore(start)));
      for (YearMonth m = YearMonth.from(start); !m.isAfter(planted.options.to()); m = m.plusMonths(1)) {
        YearMonth month = m;
        assertTrue(count(declarations, d -> d.month("declaration_date").equals(month)) >= 3, "records in " + m);
      }
      assertEquals(route.get("declarations").asLong(), declarations.size());
      assertEquals(route.get("seizures").asLong(), seizures.size());
      assertEquals(0, route.get("records_before_first_quarter").asLong());
      assertEquals(0, count(clean.declarations, onRoute) + count(clean.seizures, onRoute));
    }
  }

  @Nested
  @DisplayName("the campaign")
  class CampaignEffect {
    @Test
    @DisplayName("brings more inspections, a higher hit rate and more seizures at its scope ports")
    void effectInScope() {
      JsonNode effect = truth.get("campaign_effect");
      Row campaign = GeneratorDeterminismTest.campaign(planted, effect.get("campaign_id").asText());
      List<String> scope = List.of(campaign.get("scope_ports").split(";"));
      Predicate<Row> declaredInScope = d -> scope.contains(d.get("port")) && during(campaign, d, "declaration_date");
      Predicate<Row> seizedInScope = s -> scope.contains(s.get("port")) && during(campaign, s, "seizure_date");
      long[] withSignal = inspections(planted.declarations, declaredInScope);
      long[] without = inspections(clean.declarations, declaredInScope);
      assertEquals(effect.get("promoted_inspections").asLong(), withSignal[0] - without[0]);
      assertEquals(effect.get("promoted_violations").asLong(), withSignal[1] - without[1]);
      assertEquals(effect.get("added_seizures").asLong(),
          count(planted.seizures, seizedInScope) - count(clean.seizures, seizedInScope));
      assertEquals(effect.at("/in_scope_during_campaign/inspections").asLong(), withSignal[0]);
      assertTrue(withSignal[0] > 2 * without[0], "inspections " + withSignal[0] + " vs " + without[0]);
      assertTrue(withSignal[1] / (double) withSignal[0] > without[1] / (double) Math.max(1, without[0]),
          "hit rate rises");
    }

    @Test
    @DisplayName("displaces smuggling to a named port outside its scope, whose seizures rise")
    void displacement() {
      JsonNode effect = truth.get("campaign_effect");
      Row campaign = GeneratorDeterminismTest.campaign(planted, effect.get("campaign_id").asText());
      String port = effect.at("/displacement/port").asText();
      assertTrue(!campaign.get("scope_ports").contains(port));
      Predicate<Row> atPort = s -> s.get("port").equals(port) && during(campaign, s, "seizure_date");
      long added = count(planted.seizures, atPort) - count(clean.seizures, atPort);
      assertEquals(effect.at("/displacement/added_seizures").asLong(), added);
      assertTrue(added >= 8);
    }
  }

  @Nested
  @DisplayName("the licence cases")
  class Licences {
    @Test
    @DisplayName("are the only breaches: quota exceeded by the exact excess, no licence, expired, wrong port")
    void exactlyThePlantedBreaches() {
      JsonNode cases = truth.get("licence_cases");
      List<Breach> expected = List.of(
          new Breach("QUOTA_EXCEEDED", cases.at("/quota_exceeded/crossing_declaration_id").asText(),
              cases.at("/quota_exceeded/licence_id").asText(), new BigDecimal("8642.375")),
          new Breach("NO_LICENCE", cases.at("/no_licence/declaration_id").asText(), null, null),
          new Breach("EXPIRED", cases.at("/expired_licence/declaration_id").asText(),
              cases.at("/expired_licence/licence_id").asText(), null),
          new Breach("WRONG_PORT", cases.at("/wrong_port/declaration_id").asText(),
              cases.at("/wrong_port/licence_id").asText(), null));
      List<String> order = expected.stream().map(Breach::kind).toList();
      List<Breach> found = new ArrayList<>(LicenceAudit.breaches(planted));
      found.sort(Comparator.comparingInt(b -> order.indexOf(b.kind())));
      assertEquals(expected, found);
      assertEquals(new BigDecimal("8642.375"), cases.at("/quota_exceeded/excess_kg").decimalValue());
      assertEquals(List.of(), LicenceAudit.breaches(clean));
    }
  }

  @Nested
  @DisplayName("the overdue cases")
  class Overdue {
    @Test
    @DisplayName("are exactly the seizures pending more than 90 days before the last date")
    void exactIds() {
      LocalDate cutoff = planted.lastDate().minusDays(90);
      List<String> overdue = planted.seizures.stream()
          .filter(s -> s.get("outcome").equals("PENDING") && s.date("seizure_date").isBefore(cutoff))
          .map(s -> s.get("seizure_id")).sorted().toList();
      List<String> listed = new ArrayList<>();
      truth.at("/overdue_pending/seizure_ids").forEach(id -> listed.add(id.asText()));
      assertEquals(listed.stream().sorted().toList(), overdue);
      assertEquals(5, overdue.size());
      assertEquals(0, count(clean.seizures,
          s -> s.get("outcome").equals("PENDING") && s.date("seizure_date").isBefore(cutoff)));
    }
  }

  @Nested
  @DisplayName("targeting")
  class Targeting {
    @Test
    @DisplayName("the high-risk route has at least 100 inspections and a hit rate well above the overall one")
    void highRiskRoute() {
      JsonNode route = truth.get("high_risk_route");
      Predicate<Row> onRoute = d -> d.get("origin_country").equals(route.get("origin_country").asText())
          && d.get("destination_country").equals(route.get("destination_country").asText());
      long[] counted = inspections(planted.declarations, onRoute);
      assertEquals(route.get("inspections").asLong(), counted[0]);
      assertEquals(route.get("violations").asLong(), counted[1]);
      assertTrue(counted[0] >= 100);
      double overall = overallHitRate(planted);
      assertTrue(counted[1] / (double) counted[0] > 2.5 * overall, "route " + counted[1] / (double) counted[0]);
      long[] base = inspections(clean.declarations, onRoute);
      assertTrue(base[1] / (double) base[0] < 2 * overallHitRate(clean), "an ordinary lane without the signal");
    }

    @Test
    @DisplayName("the high-risk trader has at least 50 inspections and a hit rate well above the overall one")
    void highRiskTrader() {
      JsonNode trader = truth.get("high_risk_trader");
      String id = trader.get("trader_id").asText();
      long[] counted = inspections(planted.declarations, d -> d.get("trader_id").equals(id));
      assertEquals(trader.get("inspections").asLong(), counted[0]);
      assertEquals(trader.get("violations").asLong(), counted[1]);
      assertTrue(counted[0] >= 50);
      assertTrue(counted[1] / (double) counted[0] > 3 * overallHitRate(planted));
      assertEquals(0, count(clean.declarations, d -> d.get("trader_id").equals(id)));
    }

    @Test
    @DisplayName("one trader has exactly one declaration, inspected, in violation, with a seizure")
    void singleInspection() {
      JsonNode single = truth.get("single_inspection_trader");
      String id = single.get("trader_id").asText();
      List<Row> rows = planted.declarations.stream().filter(d -> d.get("trader_id").equals(id)).toList();
      assertEquals(1, rows.size());
      assertEquals("VIOLATION", rows.get(0).get("inspection_result"));
      assertEquals(single.get("declaration_id").asText(), rows.get(0).get("declaration_id"));
      assertEquals(rows.get(0).get("declaration_id"),
          planted.seizuresById().get(single.get("seizure_id").asText()).get("declaration_id"));
      assertEquals(0, count(clean.declarations, d -> d.get("trader_id").equals(id)));
    }
  }

  private static boolean during(Row campaign, Row r, String column) {
    LocalDate d = r.date(column);
    return !d.isBefore(campaign.date("start_date")) && !d.isAfter(campaign.date("end_date"));
  }

  /** Inspections and violations among the declarations that match. */
  private static long[] inspections(List<Row> declarations, Predicate<Row> p) {
    long inspections = 0;
    long violations = 0;
    for (Row d : declarations) {
      if (p.test(d) && !d.get("inspection_result").equals("NOT_INSPECTED")) {
        inspections++;
        if (d.get("inspection_result").equals("VIOLATION")) {
          violations++;
        }
      }
    }
    return new long[] {inspections, violations};
  }

  private static double overallHitRate(GeneratedFolder folder) {
    long[] all = inspections(folder.declarations, d -> true);
    return all[1] / (double) all[0];
  }

  private static long count(List<Row> rows, Predicate<Row> p) {
    return rows.stream().filter(p).count();
  }
}
