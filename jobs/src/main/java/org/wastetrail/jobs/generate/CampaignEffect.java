package org.wastetrail.jobs.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.wastetrail.jobs.generate.Vocabulary.ControlType;
import org.wastetrail.jobs.generate.Vocabulary.InspectionResult;

/**
 * A campaign that works, and where the smugglers went. During one Demeter edition, officers at its scope ports inspect
 * declarations they would have cleared, and find more (higher hit rate, more seizures); meanwhile traffic diverted to
 * Penang, outside the scope, brings extra seizures there.
 */
final class CampaignEffect implements PlantedSignal {

  static final String DISPLACEMENT_PORT = "MYPEN";

  private final World world;
  private final Campaign campaign;
  private final YearMonth month;
  private final double promotion;
  private final long displacementExtra;
  private final List<Integer> divertedLanes = new ArrayList<>();

  CampaignEffect(World world, SignalSizes sizes) {
    this.world = world;
    this.campaign = designated(world.campaigns());
    this.month = YearMonth.from(campaign.start());
    this.promotion = sizes.campaignPromotionProbability();
    this.displacementExtra = sizes.displacementExtra(world.options().declarations());
    for (int i = 0; i < Routes.BASE.size(); i++) {
      Route r = Routes.BASE.get(i);
      if (r.destination().equals("MY") && r.category() == WasteCategory.PLASTIC && Ports.isEuropean(r.origin())) {
        divertedLanes.add(i);
      }
    }
  }

  /** The second-to-last Demeter edition when there are two or more, so the campaign has an edition before and after. */
  static Campaign designated(List<Campaign> campaigns) {
    List<Campaign> demeter = new ArrayList<>();
    for (Campaign c : campaigns) {
      if (c.id().startsWith("DEMETER")) {
        demeter.add(c);
      }
    }
    if (demeter.isEmpty()) {
      throw new IllegalStateException("no October in the period: no campaign to plant an effect in");
    }
    return demeter.get(Math.max(0, demeter.size() - 2));
  }

  YearMonth month() {
    return month;
  }

  @Override
  public String name() {
    return "campaign_effect";
  }

  @Override
  public Declaration adjust(Declaration base, MonthWork work) {
    Shipment s = base.shipment();
    if (base.inspected() || !campaign.covers(s.port().locode(), s.date())) {
      return base;
    }
    SplittableRandom rng = work.signalRandom();
    if (rng.nextDouble() >= promotion) {
      return base;
    }
    ControlType control = rng.nextDouble() < 0.15 ? ControlType.INTELLIGENCE : ControlType.RISK_TARGETED;
    double hit = Math.min(0.9, 0.25 + 3 * ControlModel.prevalence(s));
    InspectionResult result = rng.nextDouble() < hit ? InspectionResult.VIOLATION : InspectionResult.COMPLIANT;
    Declaration promoted = base.withControl(control, result);
    Tally tally = work.tally();
    tally.increment(Tally.Count.CAMPAIGN_PROMOTED_INSPECTIONS);
    if (promoted.violation()) {
      tally.increment(Tally.Count.CAMPAIGN_PROMOTED_VIOLATIONS);
      if (work.maybeSeize(rng, promoted) != null) {
        tally.increment(Tally.Count.CAMPAIGN_ADDED_SEIZURES);
      }
    }
    return promoted;
  }

  @Override
  public void observe(Declaration d, Tally tally) {
    Shipment s = d.shipment();
    if (campaign.covers(s.port().locode(), s.date())) {
      tally.increment(Tally.Count.SCOPE_DECLARATIONS);
      if (d.inspected()) {
        tally.increment(Tally.Count.SCOPE_INSPECTIONS);
      }
      if (d.violation()) {
        tally.increment(Tally.Count.SCOPE_VIOLATIONS);
      }
    }
  }

  @Override
  public void observe(Seizure s, Tally tally) {
    if (campaign.covers(s.port().locode(), s.date())) {
      tally.increment(Tally.Count.SCOPE_SEIZURES);
    } else if (s.port().locode().equals(DISPLACEMENT_PORT) && campaign.runsOn(s.date())) {
      tally.increment(Tally.Count.DISPLACEMENT_PORT_SEIZURES);
    }
  }

  /** Diverted plastic from Europe lands at Penang during the campaign, and Penang's officers catch it. */
  @Override
  public void plant(MonthWork work) {
    if (!work.month().equals(month)) {
      return;
    }
    SplittableRandom rng = work.signalRandom();
    Traders traders = world.traders();
    Port port = Ports.of(DISPLACEMENT_PORT);
    LocalDate from = campaign.start().isAfter(month.atDay(1)) ? campaign.start() : month.atDay(1);
    LocalDate to = campaign.end().isBefore(month.atEndOfMonth()) ? campaign.end() : month.atEndOfMonth();
    int days = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
    for (long i = 0; i < displacementExtra; i++) {
      int lane = divertedLanes.get(rng.nextInt(divertedLanes.size()));
      Route route = Routes.BASE.get(lane);
      int trader = traders.pick(rng, lane);
      Shipment shipment = ShipmentFactory.create(rng, from.plusDays(rng.nextInt(days)), route, port,
          traders.id(trader), traders.risk(trader), route.coverProbability());
      Declaration d = new Declaration(work.nextDeclarationId(), shipment, "", ControlType.RISK_TARGETED,
          InspectionResult.VIOLATION);
      work.write(d);
      work.write(world.seizures().fromDeclaration(rng, d));
      work.tally().increment(Tally.Count.DISPLACEMENT_ADDED_DECLARATIONS);
      work.tally().increment(Tally.Count.DISPLACEMENT_ADDED_SEIZURES);
    }
  }

  @Override
  public void describe(ObjectNode node, Tally tally) {
    long promoted = tally.get(Tally.Count.CAMPAIGN_PROMOTED_INSPECTIONS);
    long promotedViolations = tally.get(Tally.Count.CAMPAIGN_PROMOTED_VIOLATIONS);
    long addedSeizures = tally.get(Tally.Count.CAMPAIGN_ADDED_SEIZURES);
    long inspections = tally.get(Tally.Count.SCOPE_INSPECTIONS);
    long violations = tally.get(Tally.Count.SCOPE_VIOLATIONS);
    long seizures = tally.get(Tally.Count.SCOPE_SEIZURES);
    node.put("campaign_id", campaign.id());
    node.put("start_date", campaign.start().toString());
    node.put("end_date", campaign.end().toString());
    Truths.strings(node, "scope_ports", campaign.scopePorts());
    node.put("participating_admins", campaign.participatingAdministrations());
    node.put("promoted_inspections", promoted);
    node.put("promoted_violations", promotedViolations);
    node.put("added_seizures", addedSeizures);
    ObjectNode in = node.putObject("in_scope_during_campaign");
    in.put("declarations", tally.get(Tally.Count.SCOPE_DECLARATIONS));
    Truths.hitRate(in, inspections, violations);
    in.put("seizures", seizures);
    ObjectNode without = node.putObject("in_scope_during_campaign_without_signal");
    Truths.hitRate(without, inspections - promoted, violations - promotedViolations);
    without.put("seizures", seizures - addedSeizures);
    ObjectNode displacement = node.putObject("displacement");
    long displaced = tally.get(Tally.Count.DISPLACEMENT_ADDED_SEIZURES);
    long atPort = tally.get(Tally.Count.DISPLACEMENT_PORT_SEIZURES);
    displacement.put("port", DISPLACEMENT_PORT);
    displacement.put("added_declarations", tally.get(Tally.Count.DISPLACEMENT_ADDED_DECLARATIONS));
    displacement.put("added_seizures", displaced);
    displacement.put("seizures_during_campaign", atPort);
    displacement.put("seizures_during_campaign_without_signal", atPort - displaced);
    displacement.put("story", "Plastic from Europe diverted from Port Klang to Penang while Demeter ran.");
  }
}
