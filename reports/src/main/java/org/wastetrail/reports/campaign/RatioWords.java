package org.wastetrail.reports.campaign;

import static org.wastetrail.reports.model.Cells.number;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import org.wastetrail.reports.data.DataTable;
import org.wastetrail.reports.model.Formats;
import org.wastetrail.reports.model.Messages;
import org.wastetrail.reports.model.Report.Cell;

/**
 * Ratios with their intervals and p-values in plain words, from {@code campaign_comparison} / {@code campaign_editions}
 * rows: "Seizures per day at the operation's ports rose 6.1 times against the 31 days before (95% interval 2.9 to 15;
 * p &lt; 0.001)." A change is called chance when the two-sided p-value is 0.05 or more.
 */
final class RatioWords {
  static final double SIGNIFICANCE = 0.05;

  private final Messages m;
  private final Formats f;
  private final CampaignData data;

  RatioWords(Messages messages, CampaignData data) {
    this.m = messages;
    this.f = new Formats(messages.locale());
    this.data = data;
  }

  /** A ratio to two significant figures or so: 15, 6.1, 0.42, 0.068. */
  String ratio(double value) {
    int digits = value >= 10 ? 0 : value >= 1 ? 1 : value >= 0.1 ? 2 : 3;
    return f.decimal(BigDecimal.valueOf(value), digits);
  }

  /** The 95% interval: "2.9 to 15", or "at least 2.9" without an upper limit. */
  String interval(Double low, Double high) {
    if (low == null) {
      return "–";
    }
    return high == null ? m.format("words.interval.open", ratio(low))
        : m.format("words.interval", ratio(low), ratio(high));
  }

  String pValue(Double p) {
    if (p == null) {
      return "–";
    }
    if (p < 0.001) {
      return m.get("words.p.small");
    }
    BigDecimal twoFigures = BigDecimal.valueOf(p).round(new MathContext(2));
    return m.format("words.p", f.decimal(twoFigures, Math.max(1, twoFigures.scale())));
  }

  /** The ratio with its interval for a table cell: "6.1 (2.9–15)". */
  String cell(Double ratio, Double low, Double high) {
    if (ratio == null && low == null) {
      return "–";
    }
    if (ratio == null) {
      return "≥ " + ratio(low); // none in the baseline: only the lower limit is known
    }
    String head = ratio(ratio);
    if (low == null) {
      return head;
    }
    return head + " (" + ratio(low) + "–" + (high == null ? "∞" : ratio(high)) + ")";
  }

  /** The seizure cells of a comparison row: seizures now / then, rate ratio with its interval, p-value. */
  List<Cell> seizureCells(DataTable.Row r) {
    return List.of(number(f.count(r.count("campaign_seizures")) + " / " + f.count(r.count("baseline_seizures"))),
        number(cell(r.rate("seizure_rate_ratio"), r.rate("seizure_rr_ci_low"), r.rate("seizure_rr_ci_high"))),
        number(pValue(r.rate("seizure_p_value"))));
  }

  /** The effort cells of a comparison row: inspections now / then, hit rates now / then, hit-rate ratio. */
  List<Cell> hitCells(DataTable.Row r) {
    return List.of(number(f.count(r.count("campaign_inspections")) + " / " + f.count(r.count("baseline_inspections"))),
        number(hitRate(r, "campaign") + " / " + hitRate(r, "baseline")),
        number(cell(r.rate("hit_rate_ratio"), r.rate("hit_rr_ci_low"), r.rate("hit_rr_ci_high"))));
  }

  /** One side's hit rate of a comparison row ({@code campaign} or {@code baseline}); "–" without inspections. */
  String hitRate(DataTable.Row r, String side) {
    long inspections = r.count(side + "_inspections");
    return inspections == 0 ? "–" : f.percent((double) r.count(side + "_violations") / inspections);
  }

  /**
   * The sentence on seizure rates of one comparison row.
   *
   * @param unit "Seizures per day" / "Seizures per administration per day"
   * @param scope "at the operation's ports"
   * @param baseline what was compared with: "the 31 days before"
   */
  String seizures(DataTable.Row r, String unit, String scope, String baseline) {
    Double ratio = r.rate("seizure_rate_ratio");
    Double low = r.rate("seizure_rr_ci_low");
    Double high = r.rate("seizure_rr_ci_high");
    Double p = r.rate("seizure_p_value");
    long during = r.count("campaign_seizures");
    long before = r.count("baseline_seizures");
    if (p == null) {
      return during + before == 0 ? m.format("effect.seizures.none", scope, baseline) : m.format(
          "effect.unavailable", baseline, reason(r));
    }
    String sentence;
    if (ratio == null) {
      sentence = m.format("effect.seizures.from_none", unit, scope, f.count(during), baseline, ratio(low), pValue(p));
    } else {
      String key = ratio > 1 ? "effect.seizures.up" : ratio < 1 ? "effect.seizures.down" : "effect.seizures.same";
      sentence = m.format(key, unit, scope, ratio(ratio), baseline, interval(low, high), pValue(p));
    }
    return p >= SIGNIFICANCE ? sentence + m.get("effect.chance") : sentence;
  }

  /** The sentence on hit rates of one comparison row. */
  String hits(DataTable.Row r, String scope, String baseline) {
    Double ratio = r.rate("hit_rate_ratio");
    long inspections = r.count("campaign_inspections");
    long baselineInspections = r.count("baseline_inspections");
    if (ratio == null) {
      if (r.rate("seizure_p_value") == null && r.count("campaign_seizures") + r.count("baseline_seizures") > 0) {
        return null; // the seizure sentence already says why there is no comparison
      }
      String why = inspections == 0 || baselineInspections == 0 ? m.get("effect.why.no_inspections")
          : m.get("effect.why.no_baseline_violations");
      return m.format("effect.hits.none", scope, baseline, why);
    }
    String rate = hitRate(r, "campaign");
    String baseRate = hitRate(r, "baseline");
    Double low = r.rate("hit_rr_ci_low");
    return m.format("effect.hits", scope, rate, f.count(inspections), baseRate, baseline, ratio(ratio),
        interval(low, r.rate("hit_rr_ci_high")));
  }

  /** Why a comparison has no number, in the report's language (the analytics note is in English). */
  String reason(DataTable.Row r) {
    LocalDate first = data.firstDate();
    if (first != null && LocalDate.parse(r.text("baseline_from")).isBefore(first)) {
      return m.format("effect.why.baseline_before", r.text("baseline_from"), first.toString());
    }
    LocalDate last = data.lastDate();
    if (last != null && data.window(r.text("campaign_id")).end().isAfter(last)) {
      return m.format("effect.why.campaign_after", last.toString());
    }
    return m.get("effect.why.no_seizures");
  }
}
