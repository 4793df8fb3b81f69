package org.wastetrail.jobs.export;

import java.util.List;
import java.util.Map;

/** The package's {@code README.md}: what it is, the rule, each table's columns, what is left out and why, the limit. */
final class Readme {
  private final ColumnDescriptions descriptions = new ColumnDescriptions();

  /**
   * @param exported the exported tables with the rules and source tables they came from
   * @param skipped allow-listed tables the data folder lacks
   * @param unlisted tables of the data folder on neither list
   */
  String markdown(String runId, int minCount, List<Exported> exported, List<String> skipped, List<String> unlisted) {
    StringBuilder md = new StringBuilder();
    md.append("# Wastetrail exchange package\n\n")
        .append("Non-nominal report data of Wastetrail run `").append(runId == null ? "unknown" : runId)
        .append("`, for other administrations and environmental authorities. Every table is here twice: `NAME.csv` "
            + "and `NAME.json` (the same cells; in JSON numbers are numbers, empty and suppressed cells are null). "
            + "`export.json` lists the tables with their rows and suppressed cells.\n\n");
    md.append("## The rule\n\n")
        .append("- No trader ids, licence ids, record ids or free text (notes, descriptions): tables and rows that name "
            + "them are left out, or summarised without them.\n")
        .append("- No figure from fewer than ").append(minCount).append(" records. A count under ").append(minCount)
        .append(" (zero included) is suppressed together with the cells computed from it (kg, medians, rates, ratios): "
            + "written empty and named in the row's last column `suppressed` (names separated by `;`; in JSON a "
            + "`suppressed` list). Each table below says which count guards which cells.\n")
        .append("- Text cells that start with `=`, `+`, `-`, `@`, tab or carriage return carry a leading `'`, so that "
            + "a spreadsheet shows them as text and never runs them as formulas. Numbers (`-12.5`) are untouched.\n\n");
    md.append("## Limit\n\n")
        .append("This is primary suppression only: a suppressed cell can sometimes be recovered by difference, from a "
            + "total (the `ALL` row, a quarter against its months, a year against its quarters) minus the cells shown. "
            + "Treat the package as statistics for exchange, not as anonymised microdata.\n\n");
    md.append("## Tables\n");
    for (Exported e : exported) {
      table(md, e, minCount);
    }
    md.append("\n## Not exported\n\n");
    for (Map.Entry<String, String> left : ExportRules.NOT_EXPORTED.entrySet()) {
      md.append("- `").append(left.getKey()).append("`: ").append(left.getValue()).append(".\n");
    }
    for (String name : unlisted) {
      md.append("- `").append(name).append("`: not on the export's allow-list (no rule has been written for it).\n");
    }
    for (String name : skipped) {
      md.append("- `").append(name).append("`: not in this run's data (the run is older than the table).\n");
    }
    return md.toString();
  }

  private void table(StringBuilder md, Exported e, int minCount) {
    ExportedTable table = e.table();
    md.append("\n### ").append(table.name()).append("\n\n").append(descriptions.table(table.name())).append(' ')
        .append(table.rows().size()).append(" rows, ").append(table.suppressedCells()).append(" cells suppressed.\n\n");
    if (!e.rule().source().equals(table.name())) {
      md.append("- Made from `").append(e.rule().source()).append("`, which is not exported.\n");
    }
    for (String dropped : e.rule().dropped().stream().sorted().toList()) {
      md.append("- Column `").append(dropped).append("` is left out.\n");
    }
    for (RowFilter filter : e.rule().rowFilters()) {
      md.append("- ").append(capitalised(filter.describe())).append(".\n");
    }
    for (Guard guard : e.rule().guards()) {
      if (guard.appliesTo(table.header())) {
        md.append("- ").append(guard.describe(table.header(), minCount)).append(".\n");
      }
    }
    md.append("\n| column | description |\n|---|---|\n");
    for (String column : table.header()) {
      md.append("| `").append(column).append("` | ").append(descriptions.column(table.name(), column)).append(" |\n");
    }
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** An exported table beside its rule. */
  record Exported(TableRule rule, ExportedTable table) {}
}
