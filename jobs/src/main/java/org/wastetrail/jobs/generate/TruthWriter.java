package org.wastetrail.jobs.generate;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.wastetrail.jobs.generate.MonthGenerator.MonthResult;

/**
 * Writes truth.json: the options, the period, totals and files, the base world's facts and every planted signal with
 * its exact figures and ids. Keys keep insertion order and nothing depends on the clock, so it is byte-for-byte
 * reproducible.
 */
final class TruthWriter {

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  private TruthWriter() {}

  static void write(
      Path file,
      World world,
      List<MonthResult> months,
      List<Licence> licences,
      Tally tally,
      List<PlantedSignal> signals) {
    GeneratorOptions options = world.options();
    ObjectNode root = JSON.createObjectNode();
    root.put("generated_by", "wastetrail generate");
    ObjectNode opts = root.putObject("options");
    opts.put("seed", options.seed());
    opts.put("declarations", options.declarations());
    opts.put("from", options.from().toString());
    opts.put("to", options.to().toString());
    opts.put("signals", options.signals());

    ObjectNode period = root.putObject("period");
    period.put("first_date", world.firstDate().toString());
    period.put("last_date", world.lastDate().toString());
    period.put("months", world.months().size());

    ObjectNode totals = root.putObject("totals");
    totals.put("declarations", tally.get(Tally.Count.DECLARATIONS));
    totals.put("seizures", tally.get(Tally.Count.SEIZURES));
    totals.put("licences", licences.size());
    totals.put("campaigns", world.campaigns().size());
    Truths.hitRate(totals, tally.get(Tally.Count.INSPECTIONS), tally.get(Tally.Count.VIOLATIONS));

    ObjectNode files = root.putObject("rows_per_file");
    for (MonthResult m : months) {
      files.put(m.declarationsFile(), m.declarations());
      files.put(m.seizuresFile(), m.seizures());
    }
    files.put(InputFiles.LICENCES, licences.size());
    files.put(InputFiles.CAMPAIGNS, world.campaigns().size());

    describeBaseWorld(root.putObject("base_world"), world, tally);
    if (options.signals()) {
      SignalSizes.STANDARD.describe(root.putObject("signal_sizes"));
    }
    ObjectNode planted = root.putObject("signals");
    for (PlantedSignal s : signals) {
      s.describe(planted.putObject(s.name()), tally);
    }
    write(file, root);
  }

  private static void describeBaseWorld(ObjectNode node, World world, Tally tally) {
    Truths.strings(node, "licensed_hs_prefixes", List.of(HsCatalogue.COPPER_SCRAP, HsCatalogue.ALUMINIUM_SCRAP));
    node.put("licence_rule", "every IMPORT under a licensed prefix quotes a valid licence of its trader, at a covered"
        + " port, inside its window and quota; no other declaration quotes a licence");
    node.put("pending_rule", "only seizures at most " + SeizureFactory.RECENT_DAYS
        + " days before the last date are PENDING");
    world.campaigns().forEach(c -> node.withArray("campaigns").add(c.id()));
    Truths.strings(node, "bulk_case_seizure_ids", tally.ids(Tally.Ids.BULK_CASE_SEIZURES));
  }

  private static void write(Path file, ObjectNode root) {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
    try {
      String json = JSON.writer(printer).writeValueAsString(root);
      Files.writeString(file, json + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
