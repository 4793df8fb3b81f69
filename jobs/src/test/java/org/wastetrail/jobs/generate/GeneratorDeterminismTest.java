package org.wastetrail.jobs.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wastetrail.jobs.generate.GeneratedFolder.Row;

@DisplayName("The generator is deterministic")
class GeneratorDeterminismTest {

  private static final long N = 20_000;

  @TempDir static Path tmp;
  private static GeneratedFolder first;
  private static GeneratedFolder again;
  private static GeneratedFolder otherSeed;
  private static GeneratedFolder noSignals;

  @BeforeAll
  static void generate() throws IOException {
    first = GeneratedFolder.generate(tmp.resolve("first"), 7, N, "2022-01", "2024-12", true);
    again = GeneratedFolder.generate(tmp.resolve("again"), 7, N, "2022-01", "2024-12", true);
    otherSeed = GeneratedFolder.generate(tmp.resolve("other"), 8, N, "2022-01", "2024-12", true);
    noSignals = GeneratedFolder.generate(tmp.resolve("plain"), 7, N, "2022-01", "2024-12", false);
  }

  @Test
  @DisplayName("the same seed and options give byte-identical files, truth.json included")
  void sameSeedSameBytes() throws IOException {
    List<String> names = names(first.dir);
    assertEquals(names, names(again.dir));
    assertEquals(36 * 2 + 3, names.size(), "a declarations and a seizures file per month, licences, campaigns, truth");
    for (String name : names) {
      assertArrayEquals(Files.readAllBytes(first.dir.resolve(name)), Files.readAllBytes(again.dir.resolve(name)),
          name + " differs between two runs with the same seed");
    }
  }

  @Test
  @DisplayName("another seed gives other records")
  void otherSeedOtherBytes() throws IOException {
    for (String name : List.of("declarations-2023-06.csv", "seizures-2023-06.csv", "licences.csv")) {
      assertFalse(Arrays.equals(Files.readAllBytes(first.dir.resolve(name)),
          Files.readAllBytes(otherSeed.dir.resolve(name))), name + " is the same for seeds 7 and 8");
    }
  }

  @Test
  @DisplayName("--no-signals gives the same base world: every base record is in the signalled run unchanged")
  void noSignalsIsTheSameWorld() {
    Map<String, Row> planted = first.declarationsById();
    Row campaign = campaign(first, first.truth.at("/signals/campaign_effect/campaign_id").asText());
    List<String> scope = List.of(campaign.get("scope_ports").split(";"));
    int promoted = 0;
    for (Row base : noSignals.declarations) {
      Row same = planted.get(base.get("declaration_id"));
      assertTrue(same != null, "base declaration missing with signals: " + base);
      if (same.fields().equals(base.fields())) {
        continue;
      }
      boolean inCampaign = scope.contains(base.get("port"))
          && !base.date("declaration_date").isBefore(campaign.date("start_date"))
          && !base.date("declaration_date").isAfter(campaign.date("end_date"));
      assertTrue(inCampaign && base.get("inspection_result").equals("NOT_INSPECTED"),
          "only uninspected declarations at scope ports during the campaign may change: " + base + " vs " + same);
      Map<String, String> withoutControl = new java.util.HashMap<>(same.fields());
      withoutControl.put("control_type", base.get("control_type"));
      withoutControl.put("inspection_result", base.get("inspection_result"));
      assertEquals(base.fields(), withoutControl, "a promoted declaration changed beyond its control");
      promoted++;
    }
    assertEquals(first.truth.at("/signals/campaign_effect/promoted_inspections").asLong(), promoted);
    Map<String, Row> plantedSeizures = first.seizuresById();
    for (Row base : noSignals.seizures) {
      Row same = plantedSeizures.get(base.get("seizure_id"));
      assertTrue(same != null && same.fields().equals(base.fields()), "base seizure changed: " + base);
    }
    Map<String, Row> plantedLicences = first.licencesById();
    for (Row base : noSignals.licences) {
      assertEquals(base.fields(), plantedLicences.get(base.get("licence_id")).fields());
    }
    assertEquals(noSignals.campaigns.stream().map(Row::fields).toList(),
        first.campaigns.stream().map(Row::fields).toList());
  }

  static Row campaign(GeneratedFolder folder, String id) {
    return folder.campaigns.stream().filter(c -> c.get("campaign_id").equals(id)).findFirst().orElseThrow();
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
