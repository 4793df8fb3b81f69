package org.wastetrail.reports.model;

/** Draws one chart of a report from its numbers ({@link ChartData}); tests pass one that draws nothing. */
@FunctionalInterface
public interface FigureMaker {
  Report.Figure make(String name, String title, String description, Object data);
}
