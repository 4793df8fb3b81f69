package org.wastetrail.reports.model;

import java.awt.Graphics2D;

/**
 * A chart that draws itself onto any Java 2D surface, at its own size in CSS pixels: how the PDF gets its vector
 * charts straight from the charting library, without writing SVG and parsing it back.
 */
public interface Drawing {
  /** The width it is drawn at, in CSS pixels. */
  int width();

  /** The height it is drawn at, in CSS pixels. */
  int height();

  /** Draws into the rectangle from (0, 0) to ({@link #width()}, {@link #height()}) of the graphics' user space. */
  void draw(Graphics2D g);
}
