package org.wastetrail.jobs.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A truth planted in the base world for the analytics to find. Each signal adds its own records to a month, may adjust
 * base declarations as they are written, counts what it needs from every record written, and describes itself with
 * exact figures in truth.json.
 */
interface PlantedSignal {

  /** Its key in truth.json. */
  String name();

  /** Changes a base declaration before it is written; the base draws are already made, so the base world is intact. */
  default Declaration adjust(Declaration base, MonthWork work) {
    return base;
  }

  default void observe(Declaration written, Tally tally) {}

  default void observe(Seizure written, Tally tally) {}

  /** Writes this signal's extra records for the month; the base records are all written by now. */
  void plant(MonthWork work);

  /** The signal's exact figures, from the plan and the tally of the whole output. */
  void describe(ObjectNode node, Tally tally);

  /** Licences that exist only because of the signal. */
  default List<Licence> plantedLicences() {
    return List.of();
  }
}
