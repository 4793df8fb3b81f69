package org.wastetrail.jobs.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wastetrail.jobs.generate.LicenceAudit.Breach;

/** The committed sample-data folder is valid, reproducible from its seed, and holds the truths its README states. */
@DisplayName("The committed sample-data")
class SampleDataTest {

  private static final Path SAMPLE = Path.of("..", "sample-data");

  private static GeneratedFolder sample;

  @BeforeAll
  static void read() throws IOException {
    sample = GeneratedFolder.existing(SAMPLE);
  }

  @Test
  @DisplayName("follows every contract rule")
  void valid() {
    List<String> problems = ContractChecker.check(sample);
    assertTrue(problems.isEmpty(), problems.size() + " problems, first: "
        + problems.subList(0, Math.min(15, problems.size())));
  }

  @Test
  @DisplayName("is what the generator writes today for its seed and options")
  void reproducible(@TempDir Path dir) throws IOException {
    GeneratedFolder again = GeneratedFolder.generate(dir, sample.options.seed(), sample.options.declarations(),
        sample.options.from().toString(), sample.options.to().toString(), sample.options.signals());
    try (Stream<Path> files = Files.list(again.dir)) {
      for (Path f : files.toList()) {
        assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(SAMPLE.resolve(f.getFileName())),
            f.getFileName() + " differs: regenerate sample-data (see its README)");
      }
    }
  }

  @Test
  @DisplayName("has exactly the planted licence breaches and overdue cases of its truth.json")
  void truths() {
    JsonNode signals = sample.truth.get("signals");
    List<String> breaches = LicenceAudit.breaches(sample).stream().map(Breach::declarationId).sorted().toList();
    List<String> planted = List.of(
        signals.at("/licence_cases/quota_exceeded/crossing_declaration_id").asText(),
        signals.at("/licence_cases/no_licence/declaration_id").asText(),
        signals.at("/licence_cases/expired_licence/declaration_id").asText(),
        signals.at("/licence_cases/wrong_port/declaration_id").asText());
    assertEquals(planted.stream().sorted().toList(), breaches);
    LocalDate cutoff = sample.lastDate().minusDays(90);
    List<String> overdue = sample.seizures.stream()
        .filter(s -> s.get("outcome").equals("PENDING") && s.date("seizure_date").isBefore(cutoff))
        .map(s -> s.get("seizure_id")).sorted().toList();
    List<String> listed = new ArrayList<>();
    signals.at("/overdue_pending/seizure_ids").forEach(id -> listed.add(id.asText()));
    assertEquals(listed.stream().sorted().toList(), overdue);
  }
}
