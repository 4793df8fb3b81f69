package org.wastetrail.reports.chart;

/** A drawn chart: an inline {@code <svg>} element (well-formed XML, for HTML and PDF) and a PNG at twice the size. */
public record ChartImage(String svg, byte[] png) {}
