package org.wastetrail.jobs.targeting;

import java.util.List;

/** Column and dimension names of {@code risk_scores} and {@code risk_backtest}, and the declaration columns read. */
public final class TargetingColumns {
  public static final String DECLARATION_DATE = "declaration_date";
  public static final String CONTROL_TYPE = "control_type";
  public static final String INSPECTION_RESULT = "inspection_result";
  public static final String COMPLIANT = "COMPLIANT";
  public static final String VIOLATION = "VIOLATION";
  public static final String RANDOM = "RANDOM";

  public static final String DIMENSION = "dimension";
  public static final String KEY = "key";
  public static final String ORIGIN_COUNTRY = "origin_country";
  public static final String DESTINATION_COUNTRY = "destination_country";
  public static final String PORT = "port";
  public static final String HS_CODE = "hs_code";
  public static final String TRADER_ID = "trader_id";
  public static final String FIRST_DATE = "first_date";
  public static final String LAST_DATE = "last_date";
  public static final String DECLARATIONS = "declarations";
  public static final String INSPECTIONS = "inspections";
  public static final String VIOLATIONS = "violations";
  public static final String HIT_RATE = "hit_rate";
  public static final String SMOOTHED_RATE = "smoothed_rate";
  public static final String SMOOTHED_CI_LOW = "smoothed_ci_low";
  public static final String SMOOTHED_CI_HIGH = "smoothed_ci_high";
  public static final String PRIOR_ALPHA = "prior_alpha";
  public static final String PRIOR_BETA = "prior_beta";
  public static final String OVERALL_HIT_RATE = "overall_hit_rate";
  public static final String LIFT = "lift";
  public static final String RANK = "rank";
  public static final String RANDOM_INSPECTIONS = "random_inspections";
  public static final String RANDOM_VIOLATIONS = "random_violations";
  public static final String RANDOM_HIT_RATE = "random_hit_rate";

  /** risk_scores in the order of the table. */
  public static final List<String> RISK_SCORES = List.of(DIMENSION, KEY, ORIGIN_COUNTRY, DESTINATION_COUNTRY, PORT,
      HS_CODE, TRADER_ID, FIRST_DATE, LAST_DATE, DECLARATIONS, INSPECTIONS, VIOLATIONS, HIT_RATE, SMOOTHED_RATE,
      SMOOTHED_CI_LOW, SMOOTHED_CI_HIGH, PRIOR_ALPHA, PRIOR_BETA, OVERALL_HIT_RATE, LIFT, RANK, RANDOM_INSPECTIONS,
      RANDOM_VIOLATIONS, RANDOM_HIT_RATE);
  /** The order risk_scores is written in: unique per row. */
  public static final String[] RISK_SCORES_ORDER = {DIMENSION, RANK, KEY};

  public static final String CUT_DATE = "cut_date";
  public static final String TRAIN_FROM = "train_from";
  public static final String TRAIN_TO = "train_to";
  public static final String TEST_FROM = "test_from";
  public static final String TEST_TO = "test_to";
  public static final String BUDGET_SHARE = "budget_share";
  public static final String BUDGET_INSPECTIONS = "budget_inspections";
  public static final String KEYS_SCORED = "keys_scored";
  public static final String KEYS_SELECTED = "keys_selected";
  public static final String KEYS_PASSED_OVER = "keys_passed_over";
  public static final String SELECTED_INSPECTIONS = "selected_inspections";
  public static final String SELECTED_VIOLATIONS = "selected_violations";
  public static final String SELECTED_HIT_RATE = "selected_hit_rate";
  public static final String SELECTED_CI_LOW = "selected_ci_low";
  public static final String SELECTED_CI_HIGH = "selected_ci_high";
  public static final String TEST_INSPECTIONS = "test_inspections";
  public static final String TEST_VIOLATIONS = "test_violations";
  public static final String TEST_HIT_RATE = "test_hit_rate";
  /** The order risk_backtest is written in: unique per row. */
  public static final String[] RISK_BACKTEST_ORDER = {DIMENSION, BUDGET_SHARE};

  /** The dimension of the whole data, with the key {@code ALL}: the overall hit rate and the RANDOM prevalence. */
  public static final String ALL = "ALL";
  public static final String ROUTE = "ROUTE";
  public static final String PORT_DIMENSION = "PORT";
  public static final String HS_CODE_DIMENSION = "HS_CODE";
  public static final String TRADER = "TRADER";
  public static final String ROUTE_HS = "ROUTE_HS";
  /** The dimensions that are ranked and backtested, in the order of the table. */
  public static final List<String> RANKED_DIMENSIONS =
      List.of(ROUTE, PORT_DIMENSION, HS_CODE_DIMENSION, TRADER, ROUTE_HS);

  private TargetingColumns() {}
}
