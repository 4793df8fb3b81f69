package org.wastetrail.reports.chart;

import java.util.List;
import java.util.Map;
import org.jfree.data.category.DefaultCategoryDataset;

/** Series over categories (months, years, editions) as JFreeChart's dataset. */
final class CategoryData {
  private CategoryData() {}

  /** values per series aligned with the categories, in legend order; NaN = no value (no point, no bar). */
  static DefaultCategoryDataset of(List<String> categories, Map<String, double[]> series) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Map.Entry<String, double[]> s : series.entrySet()) {
      for (int i = 0; i < categories.size(); i++) {
        double value = s.getValue()[i];
        data.addValue(Double.isNaN(value) ? null : value, s.getKey(), categories.get(i));
      }
    }
    return data;
  }
}
