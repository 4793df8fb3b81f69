package org.wastetrail.jobs.campaigns;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.spark.sql.Row;

/** A campaign of the warehouse: its window (inclusive), scope ports ({@code null}: every port) and administrations. */
public record Campaign(String id, LocalDate start, LocalDate end, List<String> scopePorts, int admins) {

  public static Campaign of(Row row) {
    String scope = row.getAs("scope_ports");
    return new Campaign(row.getAs("campaign_id"), toLocalDate(row.getAs("start_date")),
        toLocalDate(row.getAs("end_date")), "*".equals(scope) ? null : List.of(scope.split(";")),
        row.<Integer>getAs("participating_admins"));
  }

  public long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  private static LocalDate toLocalDate(Object value) {
    return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
  }
}
