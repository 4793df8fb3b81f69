package org.wastetrail.jobs.ingest;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.wastetrail.jobs.reference.BaselCode;
import org.wastetrail.jobs.reference.ReferenceData;

/**
 * Checks one record of one kind against every rule of the data contract and returns its warehouse values (the
 * kind's columns, then the derived ones of {@link IngestSchemas}) or all of its faults.
 */
public final class RowValidator implements Serializable {
  private final RecordKind kind;
  private final ReferenceData reference;
  private final int[] sourceIndex;

  /**
   * @param sourceIndex for each column of the kind, its position in the file's header, or -1 when an optional column
   *     is absent from the file
   */
  public RowValidator(RecordKind kind, ReferenceData reference, int[] sourceIndex) {
    this.kind = kind;
    this.reference = reference;
    this.sourceIndex = sourceIndex.clone();
  }

  /** A validated row: {@code faults} is empty exactly when the row is accepted. */
  public record Result(Object[] values, List<Fault> faults) {
    public boolean accepted() {
      return faults.isEmpty();
    }
  }

  public Result validate(List<String> fields) {
    List<ColumnSpec> columns = kind.columns();
    Object[] values = new Object[columns.size() + IngestSchemas.derivedColumns(kind).size()];
    List<Fault> faults = new ArrayList<>(2);
    FieldParser parser = new FieldParser(reference);
    for (int i = 0; i < columns.size(); i++) {
      ColumnSpec column = columns.get(i);
      String text = sourceIndex[i] < 0 ? "" : fields.get(sourceIndex[i]).strip();
      if (text.isEmpty()) {
        if (column.required()) {
          faults.add(new Fault(ReasonCode.MISSING_VALUE, column.name(), "field " + column.name() + " is required but empty"));
        }
        continue;
      }
      values[i] = parser.parse(column, text, faults);
    }
    switch (kind) {
      case DECLARATIONS -> checkDeclaration(values, faults);
      case SEIZURES -> checkSeizure(values, faults);
      case LICENCES -> checkWindow(values, "valid_from", "valid_to", faults);
      case CAMPAIGNS -> checkWindow(values, "start_date", "end_date", faults);
      case TRADE_BASELINE -> {
        String prefix = (String) values[kind.columnIndex("hs_prefix")];
        values[columns.size()] = prefix == null ? null : reference.wasteCategoryOfHs(prefix);
        values[columns.size() + 1] = tradeKey(values);
      }
    }
    return new Result(values, faults);
  }

  private void checkDeclaration(Object[] v, List<Fault> faults) {
    String control = (String) v[kind.columnIndex("control_type")];
    String result = (String) v[kind.columnIndex("inspection_result")];
    if (control != null && result != null) {
      boolean uninspectedControl = Vocabulary.CONTROLS_WITHOUT_INSPECTION.contains(control);
      boolean notInspected = "NOT_INSPECTED".equals(result);
      if (uninspectedControl != notInspected) {
        faults.add(new Fault(ReasonCode.INSPECTION_MISMATCH, "inspection_result", "field inspection_result: '" + result
            + "' contradicts control_type '" + control + "' (NOT_INSPECTED if and only if control_type is NONE or"
            + " DOCUMENTARY)"));
      }
    }
    String hs = (String) v[kind.columnIndex("hs_code")];
    v[kind.columns().size()] = hs == null ? null : reference.wasteCategoryOfHs(hs);
  }

  private void checkSeizure(Object[] v, List<Fault> faults) {
    Integer seized = (Integer) v[kind.columnIndex("seizure_date")];
    String outcome = (String) v[kind.columnIndex("outcome")];
    Integer outcomeDate = (Integer) v[kind.columnIndex("outcome_date")];
    boolean outcomeDateBlank = outcomeDate == null && !hasFault(faults, "outcome_date");
    if (outcome != null && !"PENDING".equals(outcome) && outcomeDateBlank) {
      faults.add(new Fault(ReasonCode.OUTCOME_DATE_MISSING, "outcome_date",
          "field outcome_date is required when outcome is " + outcome + " (blank only for PENDING)"));
    }
    if (seized != null && outcomeDate != null && outcomeDate < seized) {
      faults.add(new Fault(ReasonCode.OUTCOME_DATE_BEFORE_SEIZURE, "outcome_date", "field outcome_date: '"
          + LocalDate.ofEpochDay(outcomeDate) + "' is before seizure_date " + LocalDate.ofEpochDay(seized)));
    }
    boolean noKg = v[kind.columnIndex("quantity_kg")] == null && !hasFault(faults, "quantity_kg");
    boolean noPieces = v[kind.columnIndex("pieces")] == null && !hasFault(faults, "pieces");
    if (noKg && noPieces) {
      faults.add(new Fault(ReasonCode.NO_QUANTITY, "quantity_kg", "fields quantity_kg and pieces are both empty: give at least one"));
    }
    String baselCode = (String) v[kind.columnIndex("basel_code")];
    BaselCode basel = baselCode == null ? null : reference.baselCode(baselCode);
    if (basel != null && seized != null && !basel.inForceOn(LocalDate.ofEpochDay(seized))) {
      faults.add(new Fault(ReasonCode.BASEL_CODE_NOT_IN_FORCE, "basel_code", "field basel_code: '" + baselCode
          + "' is not in force on seizure_date " + LocalDate.ofEpochDay(seized) + " (in force " + basel.window() + ")"));
    }
    deriveWasteCategory(v, basel, faults);
  }

  /** A blank waste_category is taken from the Basel code, else from the HS code (longest prefix). */
  private void deriveWasteCategory(Object[] v, BaselCode basel, List<Fault> faults) {
    int categoryIndex = kind.columnIndex("waste_category");
    int derivedFlag = kind.columns().size();
    if (v[categoryIndex] != null || hasFault(faults, "waste_category")) {
      v[derivedFlag] = Boolean.FALSE;
      return;
    }
    String hs = (String) v[kind.columnIndex("hs_code")];
    String derived = basel != null && basel.wasteCategory() != null ? basel.wasteCategory()
        : hs != null ? reference.wasteCategoryOfHs(hs) : null;
    if (derived == null) {
      if (!hasFault(faults, "basel_code") && !hasFault(faults, "hs_code")) {
        faults.add(new Fault(ReasonCode.WASTE_CATEGORY_UNDERIVABLE, "waste_category",
            "field waste_category is empty and cannot be derived: give it, a basel_code or an hs_code"));
      }
      return;
    }
    v[categoryIndex] = derived;
    v[derivedFlag] = Boolean.TRUE;
  }

  /** {@code reporter_country|year|flow|hs_prefix}, or null when one of them is missing (the row is rejected then). */
  private String tradeKey(Object[] v) {
    Object[] parts = {v[kind.columnIndex("reporter_country")], v[kind.columnIndex("year")],
        v[kind.columnIndex("flow")], v[kind.columnIndex("hs_prefix")]};
    for (Object part : parts) {
      if (part == null) {
        return null;
      }
    }
    return parts[0] + "|" + parts[1] + "|" + parts[2] + "|" + parts[3];
  }

  private void checkWindow(Object[] v, String fromColumn, String toColumn, List<Fault> faults) {
    Integer from = (Integer) v[kind.columnIndex(fromColumn)];
    Integer to = (Integer) v[kind.columnIndex(toColumn)];
    if (from != null && to != null && from > to) {
      faults.add(new Fault(ReasonCode.INVALID_WINDOW, toColumn, "fields " + fromColumn + " " + LocalDate.ofEpochDay(from)
          + " and " + toColumn + " " + LocalDate.ofEpochDay(to) + ": the window ends before it starts"));
    }
  }

  private static boolean hasFault(List<Fault> faults, String field) {
    for (Fault fault : faults) {
      if (field.equals(fault.field())) {
        return true;
      }
    }
    return false;
  }
}
