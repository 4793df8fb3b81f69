package org.wastetrail.jobs.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The trade lanes of the base world")
class RoutesTest {

  @Test
  @DisplayName("touch only countries with a port, and never transit their own origin or destination")
  void countriesHavePorts() {
    for (Route r : Routes.BASE) {
      assertTrue(Ports.hasPort(r.origin()) && Ports.hasPort(r.destination()), r.toString());
      assertFalse(r.origin().equals(r.destination()), r.toString());
      for (int i = 0; i < r.transitCount(); i++) {
        String t = r.transit(i);
        assertTrue(Ports.hasPort(t) && !t.equals(r.origin()) && !t.equals(r.destination()), r.toString());
      }
    }
  }

  @Test
  @DisplayName("leave the emerging lane to the signal, and carry the high-risk lane as an ordinary one")
  void plantedLanes() {
    assertFalse(Routes.BASE.stream().anyMatch(r -> r.connects("KR", "PH")));
    assertTrue(Routes.BASE.stream().anyMatch(r -> r.connects("BE", "GH")));
  }
}
