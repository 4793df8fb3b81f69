sum(seizures) AS seizures, sum(seized_kg) AS seized_kg, sum(seized_pieces) AS seized_pieces,
sum(declarations) AS declarations, sum(declared_kg) AS declared_kg, sum(inspections) AS inspections,
sum(violations) AS violations,
CASE WHEN sum(inspections) = 0 THEN NULL ELSE sum(violations) / sum(inspections) END AS hit_rate,
CASE WHEN sum(inspections) = 0 THEN NULL ELSE sum(seizures) * 1000.0 / sum(inspections) END
  AS seizures_per_1000_inspections,
CAST(quantile_cont(CAST(seizure_kg AS DOUBLE), 0.5) AS DECIMAL(22,3)) AS median_seizure_kg,
max(seizure_kg) AS largest_seizure_kg
