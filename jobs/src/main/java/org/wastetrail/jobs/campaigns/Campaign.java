package org.wastetrail.jobs.campaigns;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.spark.sql.Row;

/** A campaign of the warehouse: name, window (inclusive), scope ports ({@code null}: every port), administrations. */
public record Campaign(String id, String name, LocalDate start, LocalDate end, List<String> scopePorts, int admins,
    String description) {
  /** The scope_ports value that means every port. */
  public static final String ALL_PORTS = "*";

  public static Campaign of(Row row) {
    String scope = row.getAs("scope_ports");
    return new Campaign(row.getAs("campaign_id"), row.getAs("name"), toLocalDate(row.getAs("start_date")),
        toLocalDate(row.getAs("end_date")), ALL_PORTS.equals(scope) ? null : List.of(scope.split(";")),
        row.<Integer>getAs("participating_admins"), row.getAs("description"));
  }

  public long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /** The scope ports as the input gives them: locodes separated by {@code ;}, or {@code *}. */
  public String scopeText() {
    return scopePorts == null ? ALL_PORTS : String.join(";", scopePorts);
  }

  private static LocalDate toLocalDate(Object value) {
    return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
  }
}
