package org.wastetrail.jobs.generate;

import org.wastetrail.jobs.generate.Vocabulary.ControlType;
import org.wastetrail.jobs.generate.Vocabulary.InspectionResult;

/** A customs declaration: the shipment, the licence quoted ("" for none) and how customs controlled it. */
record Declaration(String id, Shipment shipment, String licenceId, ControlType control, InspectionResult result) {

  Declaration {
    if (control.inspects() == (result == InspectionResult.NOT_INSPECTED)) {
      throw new IllegalArgumentException(id + ": " + control + " does not go with " + result);
    }
  }

  boolean inspected() {
    return result != InspectionResult.NOT_INSPECTED;
  }

  boolean violation() {
    return result == InspectionResult.VIOLATION;
  }

  Declaration withControl(ControlType newControl, InspectionResult newResult) {
    return new Declaration(id, shipment, licenceId, newControl, newResult);
  }
}
