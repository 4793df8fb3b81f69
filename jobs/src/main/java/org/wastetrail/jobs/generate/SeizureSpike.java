package org.wastetrail.jobs.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A burst of seizures at Mersin in one month (a tip-off on mislabelled plastic and household waste from Europe):
 * extra intelligence-led cases on top of the port's usual count.
 */
final class SeizureSpike implements PlantedSignal {

  static final String PORT = "TRMER";

  private final World world;
  private final YearMonth month;
  private final long extra;
  private final List<Route> lanes = new ArrayList<>();

  /** Eight months before the end, so that the same season of earlier years serves as a baseline. */
  SeizureSpike(World world, SignalSizes sizes, YearMonth campaignMonth) {
    this.world = world;
    List<YearMonth> months = world.months();
    int index = months.size() >= 16 ? months.size() - 8 : months.size() / 2;
    if (months.get(index).equals(campaignMonth)) {
      index--;
    }
    this.month = months.get(index);
    this.extra = sizes.spikeExtra(world.options().declarations());
    for (Route r : Routes.BASE) {
      if (r.destination().equals("TR")
          && (r.category() == WasteCategory.PLASTIC || r.category() == WasteCategory.HOUSEHOLD_MIXED)) {
        lanes.add(r);
      }
    }
  }

  @Override
  public String name() {
    return "seizure_spike";
  }

  @Override
  public void observe(Seizure s, Tally tally) {
    if (s.port().locode().equals(PORT) && s.date().getYear() == month.getYear()
        && s.date().getMonthValue() == month.getMonthValue()) {
      tally.increment(Tally.Count.SPIKE_PORT_SEIZURES);
    }
  }

  @Override
  public void plant(MonthWork work) {
    if (!work.month().equals(month)) {
      return;
    }
    SplittableRandom rng = work.signalRandom();
    for (long i = 0; i < extra; i++) {
      Route lane = lanes.get(rng.nextInt(lanes.size()));
      work.write(world.seizures().withoutDeclaration(
          rng, work.nextSeizureIdWithoutDeclaration(), work.randomDay(rng), lane, Ports.of(PORT)));
      work.tally().increment(Tally.Count.SPIKE_ADDED_SEIZURES);
    }
  }

  @Override
  public void describe(ObjectNode node, Tally tally) {
    long total = tally.get(Tally.Count.SPIKE_PORT_SEIZURES);
    long added = tally.get(Tally.Count.SPIKE_ADDED_SEIZURES);
    node.put("port", PORT);
    node.put("month", month.toString());
    node.put("extra_seizures", added);
    node.put("seizures_in_month", total);
    node.put("seizures_in_month_without_signal", total - added);
    node.put("story", "Tip-off on mislabelled plastic and household waste from Europe: intelligence-led cases.");
  }
}
