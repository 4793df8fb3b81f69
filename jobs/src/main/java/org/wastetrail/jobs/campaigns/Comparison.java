package org.wastetrail.jobs.campaigns;

import java.util.ArrayList;
import java.util.List;

/** One campaign and one baseline to compare it with. */
public record Comparison(Campaign campaign, Baseline baseline) {

  /**
   * Every campaign against its prior period and the same dates a year earlier, and against each campaign named in
   * {@code against} that started before it.
   */
  public static List<Comparison> plan(List<Campaign> campaigns, List<String> against) {
    List<Comparison> plan = new ArrayList<>();
    for (Campaign c : campaigns) {
      plan.add(new Comparison(c, Baseline.prior(c)));
      plan.add(new Comparison(c, Baseline.previousYear(c)));
      for (Campaign earlier : campaigns) {
        if (against.contains(earlier.id()) && !earlier.id().equals(c.id()) && earlier.start().isBefore(c.start())) {
          plan.add(new Comparison(c, Baseline.edition(earlier)));
        }
      }
    }
    return plan;
  }

  /**
   * Every campaign against every campaign that started before it (per participating administration per day),
   * whatever {@code --against} names: the edition comparisons of {@code campaign_editions}.
   */
  public static List<Comparison> editions(List<Campaign> campaigns) {
    List<Comparison> plan = new ArrayList<>();
    for (Campaign c : campaigns) {
      for (Campaign earlier : campaigns) {
        if (earlier.start().isBefore(c.start())) {
          plan.add(new Comparison(c, Baseline.edition(earlier)));
        }
      }
    }
    return plan;
  }
}
