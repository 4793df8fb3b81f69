package org.wastetrail.jobs.ingest;

import java.io.Serializable;
import java.util.List;

/** One column of an input file as the data contract defines it. */
public record ColumnSpec(String name, FieldType type, boolean required, int maxLength, List<String> values)
    implements Serializable {

  public ColumnSpec {
    values = List.copyOf(values);
  }

  static ColumnSpec required(String name, FieldType type) {
    return new ColumnSpec(name, type, true, 0, List.of());
  }

  static ColumnSpec optional(String name, FieldType type) {
    return new ColumnSpec(name, type, false, 0, List.of());
  }

  static ColumnSpec requiredText(String name, int maxLength) {
    return new ColumnSpec(name, FieldType.TEXT, true, maxLength, List.of());
  }

  static ColumnSpec optionalText(String name, int maxLength) {
    return new ColumnSpec(name, FieldType.TEXT, false, maxLength, List.of());
  }

  static ColumnSpec requiredEnum(String name, List<String> values) {
    return new ColumnSpec(name, FieldType.ENUM, true, 0, values);
  }

  static ColumnSpec optionalEnum(String name, List<String> values) {
    return new ColumnSpec(name, FieldType.ENUM, false, 0, values);
  }
}
